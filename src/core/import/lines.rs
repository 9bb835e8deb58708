//! The first pass over a text: its lines, trimmed, with blank lines,
//! Markdown heading marks (`## `) and page-number lines (`— 7 —`, `第7页`)
//! left out, and a schedule heading with its first month run on split in
//! two. Input: the whole text; output: the lines every later pass
//! reads, and how many page numbers were dropped.

use super::labels::parse_label;
use super::months::parse_month_line;
use super::normalise::{char_len, digit, is_space, trim, FW_HYPHEN};
use super::parts::SCHEDULE_KW;
use super::trace::{Ctx, Dropped};

/// The text's lines without noise, and the number of page-number lines
/// dropped.
pub(super) fn clean_lines<'a>(text: &'a str, ctx: &mut Ctx) -> (Vec<&'a str>, usize) {
    let mut all = split_lines(text);

    // Markdown heading marks: `## 一、加强建家`
    for l in all.iter_mut() {
        let hashes = l.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) {
            let rest = &l[hashes..];
            if rest.is_empty() || rest.starts_with(is_space) {
                ctx.drop(Dropped::Markup, &l[..hashes]);
                *l = trim(rest);
            }
        }
    }
    all.retain(|l| !l.is_empty());

    // a site's dashes on a line of their own (`--。` after a title): marks
    all.retain(|l| {
        let rule = char_len(l) >= 2
            && l.chars().all(|c| "-—–－―─。.".contains(c))
            && l.chars().filter(|c| "-—–－―─".contains(*c)).count() >= 2;
        if rule {
            ctx.drop(Dropped::SiteMark, l);
        }
        !rule
    });

    // a document site's note where it left text out of its preview
    // (`……(开头部分已省略315字)`): a mark, no opening
    all.retain(|l| {
        let omitted = omission_note(l);
        if omitted {
            ctx.drop(Dropped::SiteMark, l);
        }
        !omitted
    });

    // a site's note inside a line where it left text out (`…和工 ……此处
    // 隐藏1695个字……七、…`): dropped, and the text after it on a line of
    // its own
    let mut split = Vec::with_capacity(all.len());
    for l in all {
        match super::hidden_note::hidden_note(l) {
            Some((a, b)) => {
                ctx.drop(Dropped::SiteMark, &l[a..b]);
                split.extend(
                    [trim(&l[..a]), trim(&l[b..])]
                        .into_iter()
                        .filter(|s| !s.is_empty()),
                );
            }
            None => split.push(l),
        }
    }
    let mut all = split;

    // a site's name and address after a line (`… 某某网 www.…`)
    for l in all.iter_mut() {
        if let Some(k) = super::site_tails::url_mark(l) {
            ctx.drop(Dropped::SiteMark, &l[k..]);
            *l = trim(&l[..k]);
        }
    }

    // page numbers
    let before = all.len();
    all.retain(|l| {
        if is_page_number(l) {
            ctx.drop(Dropped::PageNumber, l);
            false
        } else {
            true
        }
    });
    let pages = before - all.len();

    // `三、工作安排一月:1.制定…` (a flattened copy): the schedule's heading
    // and its first month on lines of their own
    let mut out = Vec::with_capacity(all.len());
    for l in all {
        match schedule_run_in(l) {
            Some(k) => out.extend([trim(&l[..k]), trim(&l[k..])]),
            None => out.push(l),
        }
    }
    (out, pages)
}

/// `……(开头部分已省略315字)`, `(以上省略500字)`: an ellipsis or none, then a
/// bracket of up to 20 characters saying that so many characters were left
/// out.
pub(super) fn omission_note(l: &str) -> bool {
    let t = l.trim_start_matches(['…', '.', '。', '·']);
    let Some(inner) = t
        .strip_prefix(['(', '（'])
        .and_then(|r| r.strip_suffix([')', '）']))
    else {
        return false;
    };
    char_len(inner) <= 20
        && inner.contains("省略")
        && inner.ends_with('字')
        && inner.chars().any(|c| c.is_ascii_digit())
}

/// Where a month heading runs on after a (numbered) schedule heading.
fn schedule_run_in(l: &str) -> Option<usize> {
    let start = parse_label(l).map_or(0, |(_, len)| len);
    let kw = SCHEDULE_KW.iter().find(|k| l[start..].starts_with(**k))?;
    let k = start + kw.len();
    (k < l.len() && parse_month_line(&l[k..]).is_some()).then_some(k)
}

/// Lines of the text, trimmed, blank ones left out. A line ends at `\n`,
/// `\r`, `\u{0b}`, `\u{0c}`, `\u{85}`, `\u{2028}` or `\u{2029}`. (The
/// bytes are scanned, not the characters: `str::split` over seven
/// characters costs about 5% of an import.)
pub(super) fn split_lines(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    fn push<'a>(out: &mut Vec<&'a str>, l: &'a str) {
        let l = trim(l);
        if !l.is_empty() {
            out.push(l);
        }
    }
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        // each break's first byte starts a character: the slices stay whole
        let width = match b[i] {
            b'\n' | b'\r' | 0x0b | 0x0c => 1,
            0xc2 if b.get(i + 1) == Some(&0x85) => 2,
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        push(&mut out, &text[start..i]);
        i += width;
        start = i;
    }
    push(&mut out, &text[start..]);
    out
}

/// A page-number line: `— 7 —`, `-7-`, `- 7 -`, `第7页`, `第 7 页 共 9 页`, `7`.
pub(crate) fn is_page_number(line: &str) -> bool {
    // (the longest, `第 7 页 / 共 9 页` with spaces, is far below this: no
    // copy of a long line)
    if line.len() > 160 {
        return false;
    }
    let s: String = line.chars().filter(|c| !is_space(*c)).collect();
    // Word's page fields left as their names (`第PAGE3页共NUMPAGES9页`)
    if super::page_marks::mark_at(&s) == Some(s.len()) {
        return true;
    }
    let s = s.trim_matches(|c| matches!(c, '-' | '—' | '–' | FW_HYPHEN | '─' | '―' | '·'));
    let mut s = s.to_string();
    if let Some(r) = s.strip_prefix('第') {
        // 第7页 / 第7页共9页 / 第7页/共9页
        let Some(i) = r.find('页') else { return false };
        let tail = &r[i + '页'.len_utf8()..];
        let tail_ok = tail.is_empty() || {
            let t = tail.trim_start_matches(['/', '/', ',', ',']);
            t.strip_prefix('共')
                .and_then(|t| t.strip_suffix('页'))
                .is_some_and(all_digits)
        };
        if !tail_ok {
            return false;
        }
        s = r[..i].to_string();
    } else if let Some((a, b)) = s.split_once(['/', '/']) {
        // 7/12
        if all_digits(a) && all_digits(b) && !a.is_empty() && char_len(a) <= 3 && char_len(b) <= 3 {
            return true;
        }
        return false;
    }
    all_digits(&s) && (1..=3).contains(&char_len(&s))
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| digit(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::import::normalise::tests::fw;

    #[test]
    fn every_line_break_ends_a_line_and_blank_lines_are_left_out() {
        let t = "一、甲\r\n乙\u{0b}丙\u{0c}丁\u{85}戊\u{2028}己\u{2029}庚\n\n  \n辛 ";
        assert_eq!(
            split_lines(t),
            ["一、甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"]
        );
        // the same bytes inside other characters are no breaks (`…` is
        // E2 80 A6, `Â` C3 82, `Ā` C4 80)
        assert_eq!(split_lines("甲…乙Â丙Ā"), ["甲…乙Â丙Ā"]);
        assert_eq!(split_lines(""), Vec::<&str>::new());
        assert_eq!(split_lines("\n\u{2029}"), Vec::<&str>::new());
    }

    #[test]
    fn a_schedule_heading_with_its_first_month_run_on_is_split() {
        let mut ctx = Ctx::default();
        let text = "三、工作安排一月:1.制定本年度计划\n活动安排:\n三月份召开职代会\n四、工作安排好";
        let (lines, _) = clean_lines(text, &mut ctx);
        assert_eq!(
            lines,
            [
                "三、工作安排",
                "一月:1.制定本年度计划",
                "活动安排:",
                "三月份召开职代会",
                "四、工作安排好"
            ]
        );
    }

    #[test]
    fn a_line_of_dashes_is_a_mark() {
        let mut ctx = Ctx::default();
        let (lines, _) = clean_lines("某某工会工作计划\n--。\n一、加强建家\n——\n-", &mut ctx);
        assert_eq!(lines, ["某某工会工作计划", "一、加强建家", "-"]);
        assert_eq!(ctx.dropped.len(), 2);
    }

    #[test]
    fn page_number_lines() {
        for l in [
            "— 7 —",
            "-7-",
            "- 7 -",
            "第7页",
            "第 7 页 共 12 页",
            "7",
            "—12—",
            "3/10",
            &fw("-7-"),
            &fw("第7页"),
        ] {
            assert!(is_page_number(l), "{l}");
        }
        for l in ["2025年", "第七届", "7月", "一、", "2025", "第7页内容"] {
            assert!(!is_page_number(l), "{l}");
        }
    }
}
