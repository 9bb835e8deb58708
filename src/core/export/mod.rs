//! Every exporter: `fn(&Plan) -> Vec<u8>`, chosen by a format name.

use super::model::Plan;

/// Formats `export` knows, by the names the JS API uses.
pub const FORMATS: &[&str] = &["json"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    UnknownFormat(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::UnknownFormat(name) => {
                write!(
                    f,
                    "不支持的导出格式 \"{name}\"（unknown export format \"{name}\"； 可用：{}）",
                    FORMATS.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// Exports a plan in the named format.
pub fn export(plan: &Plan, format: &str) -> Result<Vec<u8>, ExportError> {
    match format {
        "json" => Ok(plan.to_json_pretty().into_bytes()),
        other => Err(ExportError::UnknownFormat(other.to_string())),
    }
}

/// The file extension for a format.
pub fn extension(format: &str) -> &str {
    format
}

/// A download name from the title: `2025年工会工作计划.docx`. Characters
/// that Windows, macOS or Linux reject in file names become `_`.
pub fn file_name(plan: &Plan, format: &str) -> String {
    let title = super::title::effective(plan);
    let mut name: String = title
        .chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if (c as u32) < 0x20 || c == '\u{7f}' => '_',
            c => c,
        })
        .collect();
    name = name.split_whitespace().collect::<Vec<_>>().join("");
    let name = name.trim_matches(|c| c == '.' || c == ' ');
    let mut name: String = name.chars().take(80).collect();
    if name.is_empty() {
        name = "工会工作计划".into();
    }
    format!("{name}.{}", extension(format))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Kind;

    #[test]
    fn json_export_round_trips() {
        let mut p = Plan::new(Kind::Summary, 2024);
        p.title = "标题".into();
        let bytes = export(&p, "json").unwrap();
        assert_eq!(
            Plan::from_json(std::str::from_utf8(&bytes).unwrap()).unwrap(),
            p
        );
    }

    #[test]
    fn unknown_format_error_names_it() {
        let e = export(&Plan::default(), "pdfx").unwrap_err();
        assert!(e.to_string().contains("pdfx"));
    }

    #[test]
    fn file_names_are_safe() {
        let mut p = Plan::new(Kind::Plan, 2025);
        p.title = "a/b:c*d?\"e<f>g|h\n\u{66a8}2026\u{5e74}".into();
        assert_eq!(file_name(&p, "docx"), "a_b_c_d__e_f_g_h暨2026年.docx");
        p.title = "...".into();
        assert_eq!(file_name(&p, "txt"), "工会工作计划.txt");
    }
}
