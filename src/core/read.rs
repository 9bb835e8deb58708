//! Reading a file for import: the plan, what the importer recognised and the
//! text it was read from (shown beside it in the review), or what is wrong
//! with the file in Chinese. Shared by the headless `importFile` (api) and
//! the editor's import dialog (`app::tools`); each passes the browser's
//! GB18030 decoder in, so the core ships no encoding tables.

use crate::core::import::{docx_to_text, import_bytes, import_text, ImportError, Report};
use crate::core::json_read::{flag, list, text, whole, Fields, Read};
use crate::core::model::Plan;
use serde_json::Value;

/// An import result with the text it was read from (shown beside it).
pub struct ImportedDoc {
    pub plan: Plan,
    pub report: Report,
    pub source: String,
}

impl ImportedDoc {
    /// An import result as the tools module answers it (`{plan, report,
    /// source}`, the JSON of `importTextWithReport` and `importFile`), read by
    /// hand (`core::json_read`); `source`, when given, is the text the user
    /// pasted. The plan is read as a stored one is (`Plan::from_value`).
    pub fn from_value(v: &Value, source: Option<&str>) -> Result<ImportedDoc, String> {
        let f = Fields::of(v)?;
        let plan =
            Plan::from_value(f.get("plan").unwrap_or(&Value::Null)).map_err(|e| e.to_string())?;
        let mut doc = ImportedDoc {
            plan,
            report: Report::default(),
            source: source.map(str::to_string).unwrap_or_default(),
        };
        f.set(&mut doc.report, "report", report)?;
        if source.is_none() {
            f.set(&mut doc.source, "source", text)?;
        }
        Ok(doc)
    }
}

/// The import report (every field may be missing, as the derive allowed).
fn report(v: &Value) -> Read<Report> {
    let f = Fields::of(v)?;
    let texts = |v: &Value| list(v, text);
    let mut r = Report::default();
    f.set(&mut r.title_lines, "title_lines", texts)?;
    f.set(&mut r.kind_detected, "kind_detected", flag)?;
    f.set(&mut r.sections, "sections", texts)?;
    f.set(&mut r.schedule, "schedule", |v| list(v, |v| list(v, whole)))?;
    f.set_some(&mut r.signature, "signature", signature)?;
    f.set(&mut r.notes, "notes", texts)?;
    f.set(&mut r.decisions, "decisions", texts)?;
    Ok(r)
}

/// `[organisation, date or null]`, as serde writes a pair.
fn signature(v: &Value) -> Read<(String, Option<String>)> {
    match v.as_array().map(Vec::as_slice) {
        Some([org, date]) => Ok((
            text(org)?,
            if date.is_null() {
                None
            } else {
                Some(text(date)?)
            },
        )),
        _ => Err(crate::core::json_read::wrong("两项的列表")),
    }
}

/// Reads a file for import by its name and bytes. Text that is not UTF-8
/// goes to `decode_gb18030` (old Windows files; `None` when it is not that
/// either). The error says what is wrong with the file, in Chinese.
pub fn read_import(
    bytes: &[u8],
    name: &str,
    decode_gb18030: impl FnOnce(&[u8]) -> Option<String>,
) -> Result<ImportedDoc, String> {
    let lower = name.to_lowercase();
    match import_bytes(bytes, name) {
        Ok(imp) => {
            let source = if lower.ends_with(".docx") {
                docx_to_text(bytes).unwrap_or_default()
            } else {
                String::from_utf8_lossy(bytes)
                    .trim_start_matches('\u{feff}')
                    .to_string()
            };
            Ok(ImportedDoc {
                plan: imp.plan,
                report: imp.report,
                source,
            })
        }
        Err(ImportError::NotUtf8) => match decode_gb18030(bytes) {
            Some(text) if !text.trim().is_empty() => {
                let mut imp = import_text(&text);
                imp.report
                    .notes
                    .push("文件按 GBK/GB18030 编码读取。".into());
                Ok(ImportedDoc {
                    plan: imp.plan,
                    report: imp.report,
                    source: text,
                })
            }
            _ => Err(ImportError::NotUtf8.to_string()),
        },
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_decoder(_: &[u8]) -> Option<String> {
        None
    }

    /// The tools module's answer as `api::headless` writes it.
    fn answer(plan: &Plan, report: &Report, source: Option<&str>) -> Value {
        let mut v = serde_json::json!({ "plan": serde_json::from_str::<Value>(&plan.to_json()).unwrap(),
            "report": serde_json::to_value(report).unwrap() });
        if let Some(s) = source {
            v["source"] = s.into();
        }
        v
    }

    #[test]
    fn the_tools_modules_answer_reads_back_as_it_was_written() {
        let text = "2026年工会工作计划\n一、建家\n正文。\n二、活动安排\n七、八月份：开展送清凉。\n某某工会\n2025年12月20日";
        let imp = import_text(text);
        assert!(imp.report.signature.is_some() && !imp.report.decisions.is_empty());
        let doc =
            ImportedDoc::from_value(&answer(&imp.plan, &imp.report, Some("原文")), None).unwrap();
        assert_eq!(
            (doc.plan, doc.report, doc.source.as_str()),
            (imp.plan.clone(), imp.report.clone(), "原文")
        );
        // the pasted text given by the caller wins over the answer's
        let doc =
            ImportedDoc::from_value(&answer(&imp.plan, &imp.report, None), Some("贴入")).unwrap();
        assert_eq!(doc.source, "贴入");
        let bad = serde_json::json!({ "plan": {"kind": "plan"}, "report": {"schedule": [["七"]]} });
        let e = ImportedDoc::from_value(&bad, None).err().unwrap();
        assert_eq!(e, "report.schedule[0][0]：应为整数");
    }

    #[test]
    fn text_is_imported_with_its_source() {
        let text = "\u{feff}一、建家\n正文。";
        let doc = read_import(text.as_bytes(), "计划.TXT", no_decoder).unwrap();
        assert_eq!(doc.plan.sections[0].heading, "建家");
        assert_eq!(doc.source, "一、建家\n正文。");
    }

    #[test]
    fn other_encodings_go_to_the_decoder() {
        // GB18030 bytes for 工会: not UTF-8.
        let gbk = [0xB9, 0xA4, 0xBB, 0xE1];
        let doc = read_import(&gbk, "a.txt", |b| {
            assert_eq!(b, gbk);
            Some("一、建家\n正文。".into())
        })
        .unwrap();
        assert_eq!(doc.plan.sections[0].heading, "建家");
        assert_eq!(doc.source, "一、建家\n正文。");
        assert!(doc.report.notes.iter().any(|n| n.contains("GB18030")));
        // Neither UTF-8 nor GB18030 (or only blanks): the Chinese message.
        let not_utf8 = ImportError::NotUtf8.to_string();
        assert_eq!(
            read_import(&gbk, "a.txt", no_decoder).err(),
            Some(not_utf8.clone())
        );
        assert_eq!(
            read_import(&gbk, "a.txt", |_| Some(" \n".into())).err(),
            Some(not_utf8)
        );
    }

    #[test]
    fn errors_are_chinese_messages() {
        let e = read_import(b"%PDF-1.4", "a.pdf", no_decoder).err().unwrap();
        assert!(e.contains('请'), "{e}");
        let e = read_import(b"", "a.json", no_decoder).err().unwrap();
        assert_eq!(e, ImportError::Empty.to_string());
    }
}
