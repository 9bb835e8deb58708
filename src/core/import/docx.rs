//! Reading the text of a Word .docx: a zip holding `word/document.xml`.
//! One line per paragraph (`<w:p>`), the text of its `<w:t>` runs, `<w:tab/>`
//! as a tab, `<w:br/>` as a line break. Word's automatic numbering
//! (`w:numPr`, here or in the paragraph's style) is written before the text
//! as Word shows it (`一、`), from `word/numbering.xml` (`docx_numbering`).

use super::docx_numbering::{val, Numbering, ParaNum};
use super::ImportError;

/// The most a document part may inflate to (a guard against zip bombs).
const MAX_XML: usize = 64 * 1024 * 1024;

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]) as usize)
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

const LOCAL_SIG: usize = 0x0403_4b50;
const CENTRAL_SIG: usize = 0x0201_4b50;
const END_SIG: usize = 0x0605_4b50;

fn bad(msg: &str) -> ImportError {
    ImportError::BadDocx(msg.to_string())
}

/// One member of the zip, as the central directory describes it.
struct Entry {
    name: String,
    method: usize,
    flags: usize,
    compressed: usize,
    local_offset: usize,
}

fn central_directory(b: &[u8]) -> Option<Vec<Entry>> {
    // the end record is in the last 22 + 65535 bytes
    let lo = b.len().saturating_sub(22 + 65_535);
    let end = (lo..b.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(b, i) == Some(END_SIG))?;
    let count = u16_at(b, end + 10)?;
    let mut pos = u32_at(b, end + 16)?;
    let mut out = Vec::new();
    for _ in 0..count {
        if u32_at(b, pos)? != CENTRAL_SIG {
            break;
        }
        let name_len = u16_at(b, pos + 28)?;
        let extra_len = u16_at(b, pos + 30)?;
        let comment_len = u16_at(b, pos + 32)?;
        let name_at = pos.checked_add(46)?;
        let name = b.get(name_at..name_at.checked_add(name_len)?)?;
        out.push(Entry {
            name: String::from_utf8_lossy(name).replace('\\', "/"),
            method: u16_at(b, pos + 10)?,
            flags: u16_at(b, pos + 8)?,
            compressed: u32_at(b, pos + 20)?,
            local_offset: u32_at(b, pos + 42)?,
        });
        pos = name_at
            .saturating_add(name_len)
            .saturating_add(extra_len)
            .saturating_add(comment_len);
    }
    Some(out)
}

/// Local headers scanned from the start, for a zip whose directory is lost.
fn local_entries(b: &[u8]) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 30 <= b.len() {
        if u32_at(b, i) == Some(LOCAL_SIG) {
            if let (Some(flags), Some(method), Some(size), Some(nl), Some(el)) = (
                u16_at(b, i + 6),
                u16_at(b, i + 8),
                u32_at(b, i + 18),
                u16_at(b, i + 26),
                u16_at(b, i + 28),
            ) {
                if let Some(name) = b.get(i + 30..(i + 30).saturating_add(nl)) {
                    out.push(Entry {
                        name: String::from_utf8_lossy(name).replace('\\', "/"),
                        method,
                        flags,
                        compressed: size,
                        local_offset: i,
                    });
                    i = (i + 30).saturating_add(nl).saturating_add(el);
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

fn read_entry(b: &[u8], e: &Entry) -> Result<Vec<u8>, ImportError> {
    if e.flags & 1 != 0 {
        return Err(bad("文件设置了密码"));
    }
    let at = e.local_offset;
    if u32_at(b, at) != Some(LOCAL_SIG) {
        return Err(bad("压缩包结构损坏"));
    }
    let nl = u16_at(b, at + 26).ok_or_else(|| bad("压缩包结构损坏"))?;
    let el = u16_at(b, at + 28).ok_or_else(|| bad("压缩包结构损坏"))?;
    let start = at.saturating_add(30).saturating_add(nl).saturating_add(el);
    let data = if e.compressed == 0 || e.compressed == 0xFFFF_FFFF {
        // size unknown here (data descriptor): a deflate stream ends by itself
        b.get(start..).ok_or_else(|| bad("文件不完整"))?
    } else {
        b.get(start..start.saturating_add(e.compressed))
            .ok_or_else(|| bad("文件不完整"))?
    };
    match e.method {
        0 => Ok(data.to_vec()),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_XML)
            .map_err(|_| bad("解压失败，文件可能已损坏")),
        _ => Err(bad("使用了不支持的压缩方式")),
    }
}

fn find<'a>(entries: &'a [Entry], name: &str) -> Option<&'a Entry> {
    entries
        .iter()
        .find(|e| e.name.trim_start_matches('/').eq_ignore_ascii_case(name))
}

/// The main document part's name: `word/document.xml`, or what
/// `_rels/.rels` names as the office document.
fn main_part(b: &[u8], entries: &[Entry]) -> String {
    let fallback = "word/document.xml".to_string();
    if find(entries, &fallback).is_some() {
        return fallback;
    }
    let Some(rels) = find(entries, "_rels/.rels").and_then(|e| read_entry(b, e).ok()) else {
        return fallback;
    };
    let rels = String::from_utf8_lossy(&rels);
    for rel in rels.split("<Relationship").skip(1) {
        if !rel.contains("/officeDocument\"") {
            continue;
        }
        if let Some(t) = rel
            .split("Target=\"")
            .nth(1)
            .and_then(|t| t.split('"').next())
        {
            return t.trim_start_matches('/').to_string();
        }
    }
    fallback
}

/// The text of a .docx, one line per paragraph.
pub fn docx_to_text(bytes: &[u8]) -> Result<String, ImportError> {
    docx_read(bytes).map(|d| d.text)
}

/// A .docx's text and what became of its automatic numbering.
pub(crate) struct DocxText {
    pub text: String,
    /// labels of automatic numbering written before their paragraphs
    pub restored: usize,
    /// numbered paragraphs whose list the file does not define
    pub unknown: usize,
}

/// The text of a .docx with its automatic numbering written out.
pub(crate) fn docx_read(bytes: &[u8]) -> Result<DocxText, ImportError> {
    if bytes.len() < 22 || !bytes.starts_with(b"PK") {
        if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return Err(bad("这是旧版 .doc 格式，不是 .docx"));
        }
        return Err(bad("不是有效的 .docx 文件"));
    }
    let mut entries = central_directory(bytes).unwrap_or_default();
    let mut name = main_part(bytes, &entries);
    if find(&entries, &name).is_none() {
        entries = local_entries(bytes);
        name = main_part(bytes, &entries);
    }
    let entry =
        find(&entries, &name).ok_or_else(|| bad("里面没有 Word 正文（word/document.xml）"))?;
    let xml = read_entry(bytes, entry)?;
    let xml = String::from_utf8(xml).map_err(|_| bad("正文不是 UTF-8 编码的 XML"))?;
    // the lists and styles beside the main part (a broken one: no labels)
    let part = |n: &str| {
        let e = find(&entries, n)?;
        String::from_utf8(read_entry(bytes, e).ok()?).ok()
    };
    let (lists, styles) = (part("word/numbering.xml"), part("word/styles.xml"));
    let mut numbering = Numbering::parse(
        lists.as_deref().unwrap_or_default(),
        styles.as_deref().unwrap_or_default(),
    );
    let text = xml_to_text(&xml, &mut numbering);
    Ok(DocxText {
        text,
        restored: numbering.restored,
        unknown: numbering.unknown,
    })
}

/// Paragraph texts of WordprocessingML, each numbered paragraph's label
/// before its text.
fn xml_to_text(xml: &str, numbering: &mut Numbering<'_>) -> String {
    let mut para = ParaNum::default(); // the numbering the paragraph's w:pPr names
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut in_p = 0usize;
    let mut in_t = false;
    let mut in_ppr = 0usize;
    let mut skip = 0usize; // inside mc:Fallback (a duplicate of mc:Choice)
    let mut tables = super::tables::DocxTables::default(); // w:tbl → tab-separated rows
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        if in_t && skip == 0 {
            decode_entities(&rest[..lt], &mut cur);
        }
        let tail = &rest[lt..];
        if let Some(body) = tail.strip_prefix("<!--") {
            rest = body.find("-->").map_or("", |e| &body[e + 3..]);
            continue;
        }
        if let Some(body) = tail.strip_prefix("<![CDATA[") {
            let e = body.find("]]>").unwrap_or(body.len());
            if in_t && skip == 0 {
                cur.push_str(&body[..e]);
            }
            rest = body.get(e + 3..).unwrap_or("");
            continue;
        }
        let Some(gt) = tail.find('>') else { break };
        let tag = &tail[1..gt];
        rest = &tail[gt + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        let closing = tag.starts_with('/');
        let self_closing = tag.ends_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if skip == 0 && !self_closing {
            tables.tag(name, closing, &mut cur, &mut lines);
        }
        match (name, closing, self_closing) {
            ("mc:Fallback", false, false) => skip += 1,
            ("mc:Fallback", true, _) => skip = skip.saturating_sub(1),
            _ if skip > 0 => {}
            ("w:p", false, false) => {
                para = ParaNum::default();
                if in_p > 0 && !cur.is_empty() {
                    lines.push(std::mem::take(&mut cur)); // a text box inside a paragraph
                }
                in_p += 1;
            }
            ("w:p", false, true) => lines.push(String::new()),
            ("w:p", true, _) => {
                lines.push(std::mem::take(&mut cur));
                in_p = in_p.saturating_sub(1);
            }
            ("w:pPr", false, false) => in_ppr += 1,
            ("w:pPr", true, _) => {
                in_ppr = in_ppr.saturating_sub(1);
                if in_ppr == 0 {
                    cur.extend(numbering.label(&std::mem::take(&mut para)));
                }
            }
            // (not the earlier properties a tracked change keeps, in_ppr 2)
            ("w:pStyle", false, _) if in_ppr == 1 => para.style = val(tag),
            ("w:numId", false, _) if in_ppr == 1 => para.num_id = val(tag),
            ("w:ilvl", false, _) if in_ppr == 1 => {
                para.level = val(tag).and_then(|v| v.parse().ok())
            }
            ("w:t", false, false) => in_t = true,
            ("w:t", true, _) => in_t = false,
            ("w:tab", false, _) if in_ppr == 0 => cur.push('\t'),
            ("w:br", false, _) | ("w:cr", false, _) => cur.push('\n'),
            ("w:noBreakHyphen", false, _) => cur.push('-'),
            _ => {}
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines.join("\n")
}

/// XML character and entity references.
fn decode_entities(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let Some(semi) = after.find(';').filter(|k| *k <= 12) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let ent = &after[1..semi];
        let ch = match ent {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                if let Some(h) = ent.strip_prefix("#x").or_else(|| ent.strip_prefix("#X")) {
                    u32::from_str_radix(h, 16).ok().and_then(char::from_u32)
                } else if let Some(d) = ent.strip_prefix('#') {
                    d.parse::<u32>().ok().and_then(char::from_u32)
                } else {
                    None
                }
            }
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
}
