//! The pass before the text parser: a file's bytes, by its name and its
//! first bytes, turned into what the importer reads next: a plan JSON this
//! tool exported (loaded as is), the text of a Word .docx (see `docx`), or
//! text (UTF-8, or UTF-16 with a BOM). Old Word, PDF, spreadsheets, images
//! and archives are refused with a message that says what to do.

use super::docx::{docx_read, DocxText};
use super::normalise::trim;
use super::ImportError;
use crate::core::model::Plan;

/// What a file holds, ready for the next pass.
pub(super) enum Decoded {
    /// A plan JSON this tool exported.
    Plan(Box<Plan>),
    /// Text from a .docx (its automatic numbering written out).
    Docx(DocxText),
    /// Plain text (.txt, .md, pasted).
    Text(String),
}

/// The note when a .docx numbers paragraphs with lists it does not define.
pub(super) const DOCX_NOTE: &str = "Word 自动生成的编号读不出来，只保留了文字；如果原文的标题用的是自动编号，请核对各级标题是否归对了位置。";

/// What the import report says about a .docx's automatic numbering.
pub(super) fn docx_notes(d: &DocxText) -> Vec<String> {
    let mut notes = Vec::new();
    if d.restored > 0 {
        notes.push(format!(
            "原文用了 Word 的自动编号（{} 处），已按原文的编号格式写成文字（如“一、”“（一）”），再据此识别各级标题。",
            d.restored
        ));
    }
    if d.unknown > 0 {
        notes.push(DOCX_NOTE.into());
    }
    notes
}

/// Reads a file by its extension: `.json` (a plan this tool exported),
/// `.docx`, and anything else as UTF-8 text (a UTF-8 BOM is skipped; text
/// with a UTF-16 BOM is decoded too).
pub(super) fn decode(bytes: &[u8], file_name: &str) -> Result<Decoded, ImportError> {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    let is_ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    match ext.as_str() {
        "json" => {
            let text = decode_text(bytes)?;
            if trim(&text).is_empty() {
                return Err(ImportError::Empty);
            }
            Plan::from_json(&text)
                .map(|p| Decoded::Plan(Box::new(p)))
                .map_err(ImportError::BadJson)
        }
        "docx" | "docm" | "dotx" | "dotm" | "wps" | "doc" if is_zip => from_docx(bytes),
        "docx" | "docm" | "dotx" | "dotm" if is_ole => Err(ImportError::Unsupported(".doc".into())),
        "docx" | "docm" | "dotx" | "dotm" => from_docx(bytes),
        "doc" | "wps" | "pdf" | "xls" | "xlsx" | "et" | "ppt" | "pptx" | "dps" | "odt" | "rtf"
        | "zip" | "rar" | "7z" | "png" | "jpg" | "jpeg" | "gif" | "bmp" | "webp" => {
            Err(ImportError::Unsupported(format!(".{ext}")))
        }
        _ if is_zip => from_docx(bytes),
        _ if is_ole => Err(ImportError::Unsupported(".doc".into())),
        _ if bytes.starts_with(b"{\\rtf") => Err(ImportError::Unsupported(".rtf".into())),
        _ => {
            let text = decode_text(bytes)?;
            if trim(&text).is_empty() {
                return Err(ImportError::Empty);
            }
            Ok(Decoded::Text(text))
        }
    }
}

fn from_docx(bytes: &[u8]) -> Result<Decoded, ImportError> {
    let d = docx_read(bytes)?;
    if trim(&d.text).is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Decoded::Docx(d))
}

/// UTF-8 (BOM skipped), or UTF-16 with a BOM; anything else is `NotUtf8`.
fn decode_text(bytes: &[u8]) -> Result<String, ImportError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8(rest.to_vec()).map_err(|_| ImportError::NotUtf8);
    }
    let utf16 = |rest: &[u8], le: bool| -> Result<String, ImportError> {
        let units = rest.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| ImportError::NotUtf8)
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| ImportError::NotUtf8)
}
