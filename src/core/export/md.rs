//! Markdown: `# title`, `## 一、…`, `### (一)…`, level 3-4 as bold-led
//! paragraphs (`**1.加强学习**正文…`), months as `#### 七、八月` followed by
//! a `1. ` list, the signature as two plain paragraphs pushed right with
//! full-width spaces (Markdown has no right alignment; CommonMark does not
//! strip U+3000, so the lines render indented).
//!
//! User text never becomes markup: characters that start a block at the
//! beginning of a line (`#`, `>`, `-`, `+`, `=`, `1.` / `1)`, fences, leading
//! spaces) and inline markup (`\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|`
//! `~`) are backslash-escaped; leading ASCII spaces and tabs are dropped (four
//! of them would start a code block).

use super::escape::one_line;
use super::issuance as form;
use super::txt::signature_lines;
use crate::core::layout::{self, issuance, BlockKind};
use crate::core::model::Plan;

pub(super) fn push_inline(out: &mut String, s: &str) {
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Text that starts a line of its own (paragraph, list item content).
pub fn escape_line(s: &str) -> String {
    let s = one_line(s);
    let t = s.trim_start_matches([' ', '\t']);
    let mut out = String::with_capacity(t.len() + 8);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(t.as_bytes().get(digits), Some(b'.' | b')')) {
        // `2025. ` or `1) ` would start an ordered list.
        out.push_str(&t[..digits]);
        out.push('\\');
        push_inline(&mut out, &t[digits..]);
    } else {
        if t.starts_with(['#', '-', '+', '=']) {
            // (`>` and `*` are escaped everywhere by push_inline.)
            out.push('\\');
        }
        push_inline(&mut out, t);
    }
    out
}

/// Heading content: inline escapes plus every `#` (a trailing run of `#`
/// would be read as the heading's closing sequence).
fn escape_heading(s: &str) -> String {
    let s = one_line(s);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.trim().chars() {
        if c == '#' {
            out.push('\\');
            out.push(c);
        } else {
            push_inline(&mut out, c.encode_utf8(&mut [0; 4]));
        }
    }
    out
}

/// CommonMark counts Unicode punctuation and symbols as punctuation when it
/// decides whether `**` can close; letters, digits and CJK ideographs are not.
fn is_md_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// `**label heading**tail`. A closing `**` preceded by punctuation and
/// followed by a letter cannot close in CommonMark (`**学习。**正文` stays
/// literal), so trailing punctuation of the bold part moves after it.
fn bold_led(head: &str, tail: &str) -> String {
    let head = one_line(head);
    let tail = one_line(tail);
    let mut out = String::with_capacity(head.len() + tail.len() + 16);
    let (core, trail) = if tail.is_empty() {
        (head.as_str(), "")
    } else {
        let cut = head
            .char_indices()
            .rev()
            .find(|(_, c)| !is_md_punct(*c))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        head.split_at(cut)
    };
    if core.is_empty() {
        return escape_line(&format!("{head}{tail}"));
    }
    out.push_str("**");
    push_inline(&mut out, core);
    out.push_str("**");
    push_inline(&mut out, trail);
    push_inline(&mut out, &tail);
    out
}

/// Exports the plan as Markdown (UTF-8, LF).
pub fn markdown(plan: &Plan) -> String {
    let blocks = layout::blocks(plan);
    let mut out = String::with_capacity(
        blocks
            .iter()
            .map(|b| b.text.len() + b.tail.len() + 16)
            .sum(),
    );
    let mut prev: Option<BlockKind> = None;
    for (i, b) in blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::SignatureOrg | BlockKind::SignatureDate)
            || b.kind.is_record()
            || super::tables::is_annex(b)
            || super::tables::md(&blocks, i).is_some_and(|t| t.is_empty())
        {
            continue;
        }
        // Blank line between blocks, except inside a list of activities.
        if prev.is_some() && !(b.kind == BlockKind::Activity && prev == Some(BlockKind::Activity)) {
            out.push('\n');
        }
        let full = || format!("{}{}", b.label, b.text);
        let line = match b.kind {
            BlockKind::Title | BlockKind::PartTitle => format!("# {}", escape_heading(&full())),
            BlockKind::Heading(1) => format!("## {}", escape_heading(&full())),
            BlockKind::Heading(2) => format!("### {}", escape_heading(&full())),
            BlockKind::Heading(_) => bold_led(&full(), &b.tail),
            BlockKind::Month => format!("#### {}", escape_heading(&full())),
            BlockKind::Activity => format!("{} {}", b.label, escape_line(&b.text)),
            // The 版头 ends with the red rule, drawn as a thematic break.
            BlockKind::DocNumber => format!("{}\n\n---", padded(&form::text_line(&blocks, i))),
            BlockKind::Issuer
                if blocks.get(i + 1).map(|n| n.kind) != Some(BlockKind::Issuer)
                    && blocks.get(i + 1).map(|n| n.kind) != Some(BlockKind::DocNumber) =>
            {
                format!("{}\n\n---", escape_line(&b.text))
            }
            BlockKind::Attachment => padded(&form::text_line(&blocks, i)),
            BlockKind::Row { .. } => super::tables::md(&blocks, i).unwrap_or_default(),
            _ => escape_line(&b.full_text()),
        };
        out.push_str(&line);
        out.push('\n');
        prev = Some(b.kind);
    }
    for (_, line) in signature_lines(&blocks, issuance::sealed(plan)) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&padded(&line));
        out.push('\n');
    }
    out.push_str(&super::tables::md_annex(&blocks));
    // The 版记 between two rules.
    let record = form::text_record(&blocks);
    if !record.is_empty() {
        out.push_str("\n---\n");
        for line in record {
            out.push('\n');
            out.push_str(&padded(&line));
            out.push('\n');
        }
        out.push_str("\n---\n");
    }
    out
}

/// A line laid out with full-width spaces (signature, 版头 with 签发人,
/// 附件说明, 版记): the leading padding kept, every run of text escaped.
/// Spaces inside stay as they are (CommonMark keeps U+3000).
fn padded(line: &str) -> String {
    let text_start = line
        .find(|c: char| c != '\u{3000}' && c != ' ')
        .unwrap_or(line.len());
    let (pad, text) = line.split_at(text_start);
    if pad.is_empty() {
        return escape_line(line);
    }
    let mut out = pad.trim_end_matches(' ').to_string();
    push_inline(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn markdown_uses_heading_levels_bold_lead_and_month_lists() {
        let m = markdown(&testdata::fixture());
        assert!(
            m.starts_with("# 城东实验学校工会2025年工作总结\n\n# 暨2026年工作计划\n\n"),
            "{m}"
        );
        assert!(m.contains("\n## 一、职工之家建设取得新进展\n"));
        assert!(m.contains("\n# 2026年工作计划\n"));
        assert!(m.contains("\n### \u{ff08}一\u{ff09}开展师德教育\n"));
        assert!(m.contains("\n**1.集中学习**每学期安排两次专题辅导。\n"));
        assert!(m.contains("\n**\u{ff08}2\u{ff09}年终评比**\n"));
        assert!(m.contains("\n#### 七、八月\n\n1. 暑期教职工疗休养\n"));
        assert!(m.contains("\n#### 三月\n\n1. 庆祝三八妇女节系列活动\n2. 植树\n"));
        assert!(m.ends_with("\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}2025年12月26日\n"));
    }

    #[test]
    fn bold_closes_even_after_chinese_punctuation() {
        assert_eq!(bold_led("1.加强学习。", "正文"), "**1.加强学习**。正文");
        assert_eq!(bold_led("1.加强学习", ""), "**1.加强学习**");
        assert_eq!(bold_led("1.", "正文"), "**1**.正文");
        assert_eq!(bold_led("1.*x*", "y"), "**1.\\*x**\\*y");
    }

    #[test]
    fn line_start_markup_in_user_text_is_escaped() {
        assert_eq!(escape_line("# 不是标题"), "\\# 不是标题");
        assert_eq!(escape_line("> 引用"), "\\> 引用");
        assert_eq!(escape_line("- 列表"), "\\- 列表");
        assert_eq!(escape_line("+ 列表"), "\\+ 列表");
        assert_eq!(escape_line("* 列表"), "\\* 列表");
        assert_eq!(escape_line("2025. 年"), "2025\\. 年");
        assert_eq!(escape_line("1) 项"), "1\\) 项");
        assert_eq!(escape_line("    代码"), "代码");
        assert_eq!(escape_line("```rust"), "\\`\\`\\`rust");
        assert_eq!(
            escape_line("a *b* _c_ [d](e) <f> & |g| ~h~"),
            "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\& \\|g\\| \\~h\\~"
        );
        assert_eq!(escape_heading("标题 ##"), "标题 \\#\\#");
    }

    #[test]
    fn hostile_markdown_has_no_unescaped_line_starts() {
        let m = markdown(&testdata::hostile());
        let ours = ["# ", "## ", "### ", "#### ", "**"];
        for line in m.lines() {
            let first = line.chars().next();
            if ours.iter().any(|p| line.starts_with(p)) {
                continue;
            }
            if line.starts_with(|c: char| c.is_ascii_digit()) {
                // Only our own activity numbers start an ordered list.
                let digits = line.bytes().take_while(u8::is_ascii_digit).count();
                let rest = &line[digits..];
                // (`2）` with a full-width parenthesis starts no list.)
                assert!(
                    rest.starts_with(". ") || rest.starts_with('\\') || rest.starts_with('）'),
                    "{line}"
                );
                continue;
            }
            assert!(
                !matches!(
                    first,
                    Some('>' | '-' | '+' | '*' | '#' | '=' | '|' | '<' | ' ' | '\t' | '`' | '~')
                ),
                "unescaped: {line}"
            );
        }
        assert!(m.contains("\n\\# 不是标题\n"));
        assert!(m.contains("\n\\> 不是引用\n"));
        assert!(m.contains("\n\\- 不是列表\n"));
        assert!(m.contains("\n1\\. 不是编号\n"));
        assert!(m.contains("## 一、\\<script\\>alert(1)\\</script\\>"));
        assert!(m.contains("### \u{ff08}一\u{ff09}\\# 井号"));
        assert!(m.contains("**1.- 破折**\\&amp；已转义？"), "{m}");
        assert!(m.contains("1. \\> 引用活动"));
        assert!(
            !m.replace("\\<", "").contains('<'),
            "an unescaped < reaches the renderer"
        );
        assert!(!m
            .chars()
            .any(|c| (c as u32) < 0x20 && c != '\n' && c != '\t'));
    }
}
