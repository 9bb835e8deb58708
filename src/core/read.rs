//! Reading a file for import: the plan, what the importer recognised and the
//! text it was read from (shown beside it in the review), or what is wrong
//! with the file in Chinese. Shared by the headless `importFile` (api) and
//! the import dialog's body (`app::import_view`); each passes the browser's
//! GB18030 decoder in, so the core ships no encoding tables.

use crate::core::import::{docx_to_text, import_bytes, import_text, ImportError, Report};
use crate::core::model::Plan;

/// An import result with the text it was read from (shown beside it).
pub struct ImportedDoc {
    pub plan: Plan,
    pub report: Report,
    pub source: String,
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
