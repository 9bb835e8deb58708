//! The first pass: line breaks where the author meant them. Text pasted
//! from web pages and PDFs often has them elsewhere:
//!
//! - **flattened**: the whole document on one or a few lines. Headings are
//!   then found from inline numbering that runs in sequence (`一、…二、…`,
//!   `（一）…（二）`, `1.…2.`) after a sentence end or a space, and from
//!   month headings (`1月:`); a break goes before each, and before a short
//!   part name just before them (`… 主要活动安排 1月:…`);
//! - **wrapped**: a PDF's line breaks inside sentences (`…各` / `项工作…`):
//!   a long line that does not end a sentence runs on into the next line
//!   when that one starts no heading;
//! - **a title glued to the first paragraph** (`…工作要点2021年我会…`): a
//!   break after the title.
//!
//! Input: the whole text; output: the same characters with line breaks
//! added or removed (nothing else changes, so every character still lands
//! somewhere), borrowed when nothing changed.

use std::borrow::Cow;

use super::fields::field_label;
use super::glued_title::glued_title;
use super::labels::{first_sub_item, parse_label, rank};
use super::months::parse_month_line;
use super::normalise::{
    arabic_prefix, char_len, cn_prefix, first_char, is_open_paren, is_space, trim,
};
use super::parts::{is_schedule_label, plain_heading, special_of};

/// Average characters per line above which a text counts as flattened.
const FLAT_LINE: usize = 250;
/// A flattened line shorter than this is left as it is (a document site's
/// last chunk of a hundred characters may still hold a part's label).
const FLAT_MIN: usize = 80;

/// What the pass did, for the report.
#[derive(Default, Debug, PartialEq)]
pub(super) struct Reflowed {
    /// Lines a flattened text was broken into (0: not flattened).
    pub(super) unflattened: usize,
    /// Line breaks inside sentences removed.
    pub(super) joined: usize,
    /// The title split off the first paragraph.
    pub(super) title: Option<String>,
}

impl Reflowed {
    /// The report's lines on what the pass did.
    pub(super) fn decisions(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.unflattened > 0 {
            out.push(format!(
                "原文的换行已丢失（网页或 PDF 复制），按连续的编号（一、（一）1.）和月份分成 {} 行。",
                self.unflattened
            ));
        }
        if self.joined > 0 {
            out.push(format!(
                "{} 处句子中间的换行（PDF 排版留下的）已接回。",
                self.joined
            ));
        }
        if let Some(t) = &self.title {
            out.push(format!("“{t}”与第一段连在一起，已作为标题分开。"));
        }
        out
    }
}

pub(super) fn reflow(text: &str) -> (Cow<'_, str>, Reflowed) {
    let lines: Vec<&str> = text.lines().map(trim).filter(|l| !l.is_empty()).collect();
    // which lines follow a blank line: a paragraph break, never a wrap
    let mut blank_before = Vec::with_capacity(lines.len());
    let mut blank = false;
    for l in text.lines().map(trim) {
        if l.is_empty() {
            blank = true;
        } else {
            blank_before.push(blank);
            blank = false;
        }
    }
    let chars: usize = lines.iter().map(|l| char_len(l)).sum();
    // flattened: a few very long lines (a text pasted from Word with one
    // long paragraph per line is not)
    let avg = chars / lines.len().max(1);
    // or a title and one long paragraph holding the whole text
    let longest = lines.iter().map(|l| char_len(l)).max().unwrap_or(0);
    let flat = !lines.is_empty()
        && ((avg > FLAT_LINE && (lines.len() <= 6 || avg > 3 * FLAT_LINE))
            || (lines.len() <= 3 && longest > FLAT_LINE));
    let mut done = Reflowed::default();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        if flat && char_len(l) > FLAT_MIN {
            // a notice issuing the document at its head (`notice_flat`)
            let l = super::notice_flat::take_head(i, l, &mut out, &mut done.unflattened);
            let parts = split_flat(l);
            done.unflattened += parts.len();
            out.extend(parts.into_iter().map(str::to_string));
        } else {
            out.push(l.to_string());
        }
    }
    // a flattened text's date run on after its last sentence
    if let Some(k) = flat
        .then(|| {
            out.last()
                .and_then(|l| super::tail_date::run_on_signature(l))
        })
        .flatten()
    {
        let last = out.len() - 1;
        let date = trim(&out[last][k..]).to_string();
        out[last].truncate(k);
        out.push(date);
    }
    if !flat {
        let before = out.len();
        out = super::wrap::join_wrapped(out, &blank_before);
        done.joined = before.saturating_sub(out.len());
        super::tail_label::split(&mut out);
        super::heading_wrap::join_broken(&mut out);
        super::bracket_wrap::join_open(&mut out);
        super::title_subtitle::split_mid(&mut out);
    }
    // a flattened notice's 文号 and title at its head (`header_flat`)
    if flat {
        super::header_flat::split(&mut out);
        super::title_subtitle::split(&mut out);
    }
    // the first heading run on after an opening's `…如下:`
    super::lead_in::split_at(&mut out, 12, super::lead_in::heading_after_lead_in);
    // a text layer's title written twice
    super::lead_in::split_at(&mut out, 1, super::lead_in::doubled_title);
    // a report's title glued to its speaker's date and its salutation
    if let Some((t, k)) = out.first().and_then(|l| super::title_date::dated_title(l)) {
        let rest = trim(&out[0][k..]).to_string();
        let date = trim(&out[0][t..k]).to_string();
        out[0].truncate(t);
        done.title = Some(out[0].clone());
        out.splice(1..1, [date, rest]);
    } else {
        // (under a 文号 header block, `header_flat`, the title's line)
        let at = super::header::header_lines(&out);
        // (a first line opening with `一、` is a heading: `title_label`)
        let glued = out
            .get(at)
            .filter(|l| !super::title_label::opens_with_heading_label(l))
            .and_then(|l| glued_title(l));
        if let Some(k) = glued {
            let (a, b) = out[at].split_at(k);
            let (a, b) = (a.to_string(), trim(b).to_string());
            done.title = Some(a.clone());
            out[at] = a;
            out.insert(at + 1, b);
        }
    }
    // the first heading run on after a title word (`…打算一、…`, a title
    // written twice before it)
    super::lead_in::split_at(&mut out, 2, super::lead_in::heading_after_title_word);
    // … and its first chapter (`…年度计划第一章…`, `title_chapter`)
    super::lead_in::split_at(&mut out, 2, super::title_chapter::after_title_word);
    // a site's dashes after the title (`…工作计划--。`): a line of their own
    if let Some(k) = out.first().and_then(|l| super::marks::title_dashes(l)) {
        let rest = out[0].split_off(k);
        out.insert(1, rest);
    }
    let changed = out.len() != lines.len() || out.iter().zip(&lines).any(|(a, b)| a != b);
    if changed {
        (Cow::Owned(out.join("\n")), done)
    } else {
        (Cow::Borrowed(text), done)
    }
}

/// The value of a numbering label at the start of `s` (`第三、` 3,
/// `（二）` 2, `12.` 12, `④` 4).
pub(super) fn label_value(s: &str) -> Option<u32> {
    if super::labels::hyphen_one(s).is_some() {
        return Some(1); // `-、`: a text layer's `一、`
    }
    let mut s = s.strip_prefix('第').unwrap_or(s);
    if let Some(c) = first_char(s).filter(|c| is_open_paren(*c)) {
        s = &s[c.len_utf8()..];
    }
    if let Some((v, _)) = cn_prefix(s).or_else(|| arabic_prefix(s)) {
        return Some(v);
    }
    let c = first_char(s)? as u32;
    if (0x3220..=0x3229).contains(&c) {
        return Some(c - 0x3220 + 1); // ㈠..㈩
    }
    [0x2460u32, 0x2474, 0x2488]
        .iter()
        .find(|b| (**b..*b + 20).contains(&c))
        .map(|b| c - b + 1)
}

/// A character after which inline numbering may start a heading.
fn boundary(c: char) -> bool {
    is_space(c)
        || matches!(
            c,
            '。' | '；' | ';' | '！' | '？' | '!' | '?' | '：' | ':' | '.' | '．' | '”' | '"'
        )
}

/// Where a flattened line breaks: before numbering that runs in sequence
/// (per numbering form; a lower form may restart at 1) and before month
/// headings, each after a boundary.
fn split_flat(line: &str) -> Vec<&str> {
    let mut cuts: Vec<usize> = Vec::new();
    let mut last: [Option<u32>; rank::COUNT] = [None; rank::COUNT];
    // every label at a boundary: (byte index, rank, value)
    let labels: Vec<(usize, u8, u32)> = line
        .char_indices()
        .zip(std::iter::once(None).chain(line.chars().map(Some)))
        .filter(|((i, _), prev)| *i > 0 && prev.is_none_or(boundary))
        .filter_map(|((i, _), _)| {
            let rest = &line[i..];
            let (rank, _) = parse_label(rest)?;
            Some((i, rank, label_value(rest)?))
        })
        .collect();
    // a copy that starts inside a document (`四)…五)…六)`): a first label
    // above 2 counts when the next of its form follows it
    let followed = |i: usize, rank: u8, v: u32| {
        labels
            .iter()
            .any(|(j, r, w)| *j > i && *r == rank && *w == v + 1)
    };
    // a 方案's unnumbered field labels (`活动时间:…`), three or more
    let fields: Vec<usize> = line
        .char_indices()
        .zip(std::iter::once(None).chain(line.chars().map(Some)))
        .filter(|((i, _), prev)| *i > 0 && prev.is_some_and(boundary))
        .map(|((i, _), _)| i)
        .filter(|i| field_label(&line[*i..]).is_some())
        .collect();
    if fields.len() >= 3 {
        cuts.extend(&fields);
    }
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        let at_boundary = prev.is_none_or(boundary);
        let after_han = prev.is_some_and(is_cjk);
        // (`十一月份`: no cut between 十 and 一)
        let prev_numeral = prev.is_some_and(|p| {
            matches!(
                p,
                '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        });
        prev = Some(c);
        let starts = at_boundary
            || after_han && next_field(&line[i..], last[rank::CN as usize])
            || after_han && !prev_numeral && super::glued_month::glued_month(&line[i..])
            || after_han && !prev_numeral && super::glued_label::glued(line, i, &last, &labels);
        if i == 0 || !starts {
            continue;
        }
        let rest = &line[i..];
        if let Some((rank, len)) = parse_label(rest) {
            let Some(v) = label_value(rest) else { continue };
            let slot = &mut last[rank as usize];
            let in_sequence = match *slot {
                None => v <= 2 || (rank > rank::CN && followed(i, rank, v)),
                Some(p) => v == p + 1 || v == p + 2 || (v == 1 && rank > rank::CN),
            };
            if in_sequence {
                *slot = Some(v);
                // a lower form restarts under a new higher one
                for r in last.iter_mut().skip(rank as usize + 1) {
                    *r = None;
                }
                cuts.push(i);
                // a short heading, then its first sub-item (`…引领1 .坚持`)
                // or a space: its text starts there
                let after = &rest[len..];
                if let Some(j) = run_in_sub_item(after) {
                    cuts.push(i + len + j);
                } else if let Some(q) = super::quote_basis::quote_basis(after) {
                    cuts.push(i + len + q);
                } else if let Some(sp) = after
                    .char_indices()
                    // (a head is 20 characters at most: no scan to the end
                    // of a flattened text at every label)
                    .take(21)
                    // not a text layer's space after a number (`2014 年`),
                    // nor one before a fill-in blank (`“两争一树” ___活动`)
                    .find(|(k, c)| {
                        is_space(*c)
                            && !after[..*k].ends_with(|d: char| d.is_ascii_digit())
                            && !super::labels::fill_in_blank(&after[*k..])
                            // nor one around a lone placeholder (`年是 X 区`)
                            && !super::space_placeholder::lone_placeholder(
                                trim(&after[..*k]),
                                trim(&after[*k..]),
                            )
                            // nor one inside a heading broken at a year
                            // (`20xx年度 工作总结 (一)…`)
                            && !super::heading_wrap::space_inside(&after[..*k], &after[*k..])
                            // nor one before a joining word (`工作目标 与工作方案`)
                            && !after[*k..]
                                .trim_start_matches(is_space)
                                .starts_with(['与', '與', '和', '及', '暨'])
                    })
                    .map(|(k, _)| k)
                {
                    let head = &after[..sp];
                    let plain = !head
                        .chars()
                        .any(|c| matches!(c, '。' | '，' | ',' | '；' | ';' | '：' | ':'));
                    if plain && (2..=20).contains(&char_len(head)) {
                        cuts.push(i + len + sp);
                    }
                }
                continue;
            }
            // out of sequence, `七、` may still begin a month heading
            // (`七、八月份:`)
            if rank != rank::CN {
                continue;
            }
        }
        if parse_month_line(rest).is_some() && !cuts.contains(&i) {
            cuts.push(i);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    // a short part name just before a cut (`… 主要活动安排 1月:`)
    let mut extra = Vec::new();
    let mut from = 0;
    for &k in &cuts {
        let seg = line[from..k].trim_end_matches(is_space);
        if let Some(sp) = seg.rfind(is_space) {
            let (tail, head) = (trim(&seg[sp..]), seg[..sp].trim_end_matches(is_space));
            // (not after a bare label: `一、 本学期主要工作目标` is one
            // heading; its last six characters looked at)
            let head = &head[head.char_indices().rev().nth(5).map_or(0, |(i, _)| i)..];
            let head = trim(head.rfind(is_space).map_or(head, |k| &head[k..]));
            let bare = char_len(head) <= 5 && label_value(head).is_some();
            // (`二、工作目标 与工作方案`: one led by a joining word goes on)
            if char_len(tail) <= 12
                && !bare
                && !tail.starts_with(['与', '與', '和', '及', '暨'])
                && (is_schedule_label(tail) || special_of(tail).is_some())
            {
                extra.push(from + sp);
            }
        }
        // a named part's label and colon after a sentence (`…建功立业。重点工作:一、…`)
        if let Some((end, c)) = seg
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(*c, '。' | '；' | ';' | '！' | '？' | '!' | '?'))
        {
            let tail = &seg[end + c.len_utf8()..];
            if tail.ends_with([':', '：']) && char_len(tail) <= 9 && part_label(tail) {
                extra.push(from + end + c.len_utf8());
            }
        }
        from = k;
    }
    cuts.extend(extra);
    // a report's part name between two sentences (`flat_part`)
    cuts.extend(super::flat_part::cuts(line));
    // a guiding part's label after a sentence (`flat_guiding`)
    cuts.extend(super::flat_guiding::cuts(line));
    // a topic glued to its first item after a sentence (`flat_topic`)
    cuts.extend(super::flat_topic::cuts(line));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for k in cuts {
        let seg = trim(&line[from..k]);
        if !seg.is_empty() {
            out.push(seg);
        }
        from = k;
    }
    let seg = trim(&line[from..]);
    if !seg.is_empty() {
        out.push(seg);
    }
    out
}

/// `二、活动时间:` run on after the text of `一、` in a flattened 方案
/// (`…定点投篮二、活动时间:…`): the next `一、` label, then a field label of
/// two to eight characters and a colon (`评出一、二、三等奖` has none).
fn next_field(rest: &str, last_cn: Option<u32>) -> bool {
    if !first_char(rest).is_some_and(|c| {
        matches!(
            c,
            '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    }) {
        return false;
    }
    let (Some((rank::CN, len)), Some(v), Some(p)) = (parse_label(rest), label_value(rest), last_cn)
    else {
        return false;
    };
    let after = &rest[len..];
    // the name ends at a colon, or where its first sub-item runs in
    // (`四、比赛方法1、设男子组`)
    // (looked for within the name's longest: a scan to the end of a
    // flattened text at every `二、` made its import quadratic)
    let name_len = after
        .char_indices()
        .take(9)
        .find(|&(_, c)| matches!(c, ':' | '：'))
        .map(|(j, _)| j)
        .or_else(|| run_in_sub_item(after))
        .unwrap_or(after.len());
    let name = &after[..name_len];
    v == p + 1
        && name_len < after.len()
        && (2..=8).contains(&char_len(name))
        && name.chars().all(is_cjk)
}

/// Where a short heading's first sub-item runs in (`大力加强…引领1 .坚持`):
/// within its first 20 characters, after a Chinese character, before any
/// sentence punctuation.
fn run_in_sub_item(after: &str) -> Option<usize> {
    let mut prev: Option<char> = None;
    for (n, (j, c)) in after.char_indices().enumerate() {
        if n > 20 || matches!(c, '。' | '，' | ',' | '；' | ';' | '：' | ':') {
            return None;
        }
        if n >= 2 && prev.is_some_and(is_cjk) && first_sub_item(&after[j..]) {
            return Some(j);
        }
        prev = Some(c);
    }
    None
}

pub(super) fn is_cjk(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c)
}

/// A named part's label and a colon (`指导思想:以…`, `重点工作:`) at the
/// start of `s`.
pub(super) fn part_label(s: &str) -> bool {
    s.char_indices()
        .take(10)
        .any(|(_, c)| matches!(c, ':' | '：'))
        && plain_heading(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flattened_text_breaks_before_numbering_in_sequence() {
        let t = "2024年某某工会工作计划 一、指导思想 以党的精神为指导,团结职工,围绕中心,服务大局,突出维护,多办实事,解放思想,开拓创新,把工会建成职工信赖的职工之家,全面履行工会的各项职能,为单位的发展作出新的贡献,在新的一年里团结带领广大职工群众立足本职岗位建功立业,以更加饱满的热情和更加务实的作风,推动各项工作再上新台阶。 二、主要工作 (一)加强建家。开好职代会,办好文体活动,每年一次。 (二)关爱职工。送温暖,办实事,解难事,年年如此,做好帮扶。 三、活动安排 1月:春节慰问 2月:召开职代会 3月:庆三八 另有一、二月份的零星工作都按上级要求办好,不再一一列出。";
        let r = reflow(t).0;
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[0], "2024年某某工会工作计划");
        assert_eq!(lines[1], "一、指导思想", "{lines:?}");
        assert!(lines[2].starts_with("以党的精神为指导"), "{lines:?}");
        assert!(
            lines.contains(&"(二)关爱职工。送温暖,办实事,解难事,年年如此,做好帮扶。"),
            "{lines:?}"
        );
        assert!(lines.contains(&"三、活动安排"), "{lines:?}");
        assert!(lines.contains(&"2月:召开职代会"), "{lines:?}");
        // 一、二月份 inside a sentence (no boundary before it) stays
        assert!(
            lines.iter().any(|l| l.contains("另有一、二月份")),
            "{lines:?}"
        );
        let kept: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        let got: String = r.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(kept, got);
    }

    #[test]
    fn a_flattened_heading_breaks_before_its_run_in_first_sub_item() {
        let body =
            "将学习宣传党的精神作为首要政治任务，广泛开展职工宣讲活动，筑牢思想基础。".repeat(4);
        let t = format!("某区总工会工作要点 全区工会工作总体要求是：{body} 一、大力加强职工思想政治引领1 .坚持凝心聚魂。{body}2 .打造职工文化。{body}");
        let r = reflow(&t).0;
        let lines: Vec<&str> = r.lines().collect();
        assert!(lines.contains(&"一、大力加强职工思想政治引领"), "{lines:?}");
        assert!(
            lines.iter().any(|l| l.starts_with("1 .坚持凝心聚魂。")),
            "{lines:?}"
        );
        let kept: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        let got: String = r.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(kept, got);
    }

    #[test]
    fn a_space_after_a_number_in_a_flattened_heading_stays_in_it() {
        let body = "过去的一年,我校教代会和工会坚持以党的精神为指导,围绕学校改革发展 的中心任务,各项工作取得新进展。";
        let t = format!("强化服务意识 提升保障水平 ——2015 年某大学教代会、工会工作报告 各位代表: 大家下午好!现在,我受委托向大会作工作报告,请予审议。 一、2014 年主要工作回顾 {body} (一) 加强制度建设 {body} 二、2015 年工作任务 {body}");
        let r = reflow(&t).0;
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(
            lines[0].trim_end(),
            "强化服务意识 提升保障水平 ——2015 年某大学教代会、工会工作报告"
        );
        assert!(lines.contains(&"一、2014 年主要工作回顾"), "{lines:?}");
        assert!(lines.contains(&"二、2015 年工作任务"), "{lines:?}");
        let kept: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        let got: String = r.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(kept, got);
    }

    #[test]
    fn long_paragraphs_one_per_line_are_not_flattened() {
        let para = "今年我们做了大量工作,主要做法:1.建立制度;2.完善机制;3.加强督查,取得了较好的成效,得到了上级的肯定和职工的好评。".repeat(10);
        let t = format!(
            "一、组织建设
{para}
二、民主管理
{para}
三、文体活动
{para}
四、帮扶工作
{para}"
        );
        assert!(matches!(reflow(&t).0, Cow::Borrowed(_)));
    }

    #[test]
    fn numbering_out_of_sequence_is_no_heading() {
        let long = "这是很长的一段正文,讲的是工作的具体做法和要求,字数足够多,".repeat(3);
        let t = format!("{long} 三、这里的三不接二 {long} 五、也不接 {long}");
        let heads = |t: &str| -> Vec<String> {
            split_flat(t)
                .into_iter()
                .filter(|l| parse_label(l).is_some())
                .map(str::to_string)
                .collect()
        };
        assert!(heads(&t).is_empty(), "{:?}", heads(&t));
        let t = format!("{long} 一、第一 {long} 二、第二 {long} 四、第四(跳过三) {long}");
        assert_eq!(
            heads(&t),
            ["一、第一", "二、第二", "四、第四(跳过三)"],
            "skipped numbers keep every section"
        );
    }

    #[test]
    fn a_copy_that_starts_inside_a_document_keeps_its_numbering() {
        let long = "这是很长的一段正文,讲的是工作的具体做法和要求,字数足够多。".repeat(3);
        let t = format!(
            "{long} 四)加强建家 1、开好职代会。{long} 2、办好文体活动。{long} 五)关爱职工 1、送温暖。{long}"
        );
        let lines = split_flat(&t);
        assert!(lines.contains(&"四)加强建家"), "{lines:?}");
        assert!(lines.contains(&"五)关爱职工"), "{lines:?}");
        // a lone `四)` with no `五)` after it is no label
        let t = format!("{long} 四)加强建家 1、开好职代会。{long} 2、办好文体活动。{long}");
        assert!(!split_flat(&t).contains(&"四)加强建家"));
    }

    #[test]
    fn a_flattened_schemes_field_labels_start_lines() {
        let t = "为丰富职工文化生活,增进友谊,特组织本次活动。 活动目的:增进交流,创设文明、健康、和谐的文化氛围。 活动时间:2008年1月5日下午 活动地点:局大院操场、篮球场 比赛项目:绑腿协力跑、拔河比赛 裁判员:";
        let lines = split_flat(t);
        assert!(lines.contains(&"活动时间:2008年1月5日下午"), "{lines:?}");
        assert!(
            lines.contains(&"比赛项目:绑腿协力跑、拔河比赛 裁判员:"),
            "{lines:?}"
        );
        // two labels are no scheme's form
        let two = "本次活动要求如下。 活动时间:1月5日 活动地点:操场,请大家准时参加,不得无故缺席。";
        assert_eq!(split_flat(two).len(), 1);
    }

    #[test]
    fn a_flattened_schemes_numbered_fields_run_on_after_text_start_lines() {
        let t = "为丰富教职工的课余生活,开展投篮比赛。一、活动内容:定点投篮二、活动时间:5月22日三、活动地点:校篮球场四、比赛方法1、设男子组、女子组。2、每人投十次,评出一、二、三等奖。";
        let lines = split_flat(t);
        assert!(lines.contains(&"二、活动时间:5月22日"), "{lines:?}");
        assert!(lines.contains(&"三、活动地点:校篮球场"), "{lines:?}");
        assert!(lines.contains(&"四、比赛方法"), "{lines:?}");
        assert!(
            lines.iter().any(|l| l.ends_with("评出一、二、三等奖。")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_two_month_heading_in_a_flattened_text_is_one_line() {
        let long = "这是很长的一段正文,讲的是工作的具体做法和要求,字数足够多。".repeat(3);
        let t = format!(
            "{long} 五月份:劳动竞赛。 六月份:安全月。 七、八月份:暑期疗休养。 九月份:教师节。"
        );
        let lines = split_flat(&t);
        assert!(lines.contains(&"七、八月份:暑期疗休养。"), "{lines:?}");
    }

    #[test]
    fn pdf_line_breaks_inside_sentences_are_joined() {
        let t = "一、指导思想\n在院党委领导下,按照党的十六大提出的发展要有新思路,改革要有新突破,各\n项工作要有新举措的总体要求,开展工作.\n二、重点工作\n1. 建立健全本院工会工作制度;";
        let r = reflow(t).0;
        assert!(r.contains("改革要有新突破,各项工作要有新举措"), "{r}");
        assert!(r.contains("开展工作.\n二、重点工作\n1. 建立"), "{r}");
        // a heading followed by its text is not joined
        let t = "一、加强组织建设\n工会认真贯彻落实上级工会的各项部署。";
        assert!(matches!(reflow(t).0, Cow::Borrowed(_)));
        let t = "一、以协调劳动关系为主线,切实维护职工合法权益,推动和谐单位建设\n工会认真贯彻落实上级工会的各项部署。";
        assert!(matches!(reflow(t).0, Cow::Borrowed(_)));
        // a page number between the halves, or glued to the first half
        let t = "不断健全完善基层工会组织建设,建立健全各项制度,努力提高职工素质,建立健全各 1\n項制度,有效地維護職工合法權益。";
        let r = reflow(t).0;
        assert!(r.contains("建立健全各項制度"), "{r}");
        assert!(r.lines().any(|l| l == "1"), "{r}");
        let t = "使广大职工真切感受到医院的建设和发展与自己的成长息息相关,医院的成长才是真正意义上\n6\n的成长.";
        let r = reflow(t).0;
        assert!(r.contains("真正意义上的成长."), "{r}");
    }

    #[test]
    fn a_pdf_wrapped_at_a_narrow_width_is_joined() {
        // 26-27 characters a line, as a PDF laid out at 28 a line wraps
        let t = "2021 年,某某区委员会工会委员会在区委领导班\n子的带领下,在市总工会和机关工会联合会的指导下,深\n\
            入贯彻上级精神,紧紧围绕区委中心工作,本着“群众利\n益无小事”的理念,把关心职工生活作为重要工作来抓。\n\
            一、工会基本情况\n某某区总工会委员会工会是依照《中华人民共和国工会\n法》成立的职工群众组织,内设经费审查委员会等机构。\n\
            1. 夯实工作基础,注重打造规范型工会。一是加强工会自\n身规范化建设,组织开展工会委员会增补选举工作。";
        let r = reflow(t).0;
        assert!(r.contains("领导班子的带领下"), "{r}");
        assert!(r.contains("深入贯彻"), "{r}");
        assert!(r.contains("工会法》成立"), "{r}");
        assert!(r.contains("加强工会自身规范化"), "{r}");
        assert!(r.contains("来抓。\n一、工会基本情况\n"), "{r}");
        // lines of a list, however alike in length, are no narrow width
        let t = "组织全体教职工开展健步走活动,增强教职工的体质\n开展三八妇女节系列活动,慰问全体女教职工们\n\
            组织教职工参加全县的教师篮球比赛,争取好成绩\n举办教职工趣味运动会,丰富教职工业余生活\n\
            开展金秋助学活动,资助困难教职工子女上大学\n组织退休教职工重阳节登高活动,慰问老同志们";
        assert!(matches!(reflow(t).0, Cow::Borrowed(_)));
    }

    #[test]
    fn a_heading_before_a_blank_line_is_no_wrapped_line() {
        let t = "一、以实现女职工组织组建率95%为阶段性目标,推进已建工会企业中女职工组织全覆盖\n\n进一步推进女职工组织与工会同步组建。";
        assert_eq!(reflow(t).0.lines().filter(|l| !l.is_empty()).count(), 2);
        // without the blank line it reads as wrapped
        let t = t.replace("\n\n", "\n");
        assert_eq!(reflow(&t).0.lines().count(), 1);
    }

    #[test]
    fn a_title_and_one_long_paragraph_holding_the_text_is_flattened() {
        let body = "今年我会在党总支和市工委的领导和支持下,紧紧围绕中心工作,进一步完善工会的自身建设,切实履行工会的各项基本职能,积极开展各项活动,取得了很好的成绩。".repeat(3);
        let t = format!("某某局工会工作总结\n{body}现将工作总结如下。一、加强政治学习,提高员工综合素质。充分发挥工会的自身优势,积极配合行政,开展具有特色的员工教育工作。");
        let out = reflow(&t).0;
        assert!(
            out.lines().any(|l| l.starts_with("一、加强政治学习")),
            "{out}"
        );
        // a short paragraph with an inline list stays one line
        let t = "某某局工会工作计划\n今年重点抓好三件事:一、建会入会;二、职工书屋;三、困难帮扶。";
        assert_eq!(reflow(t).0.lines().count(), 2);
    }

    #[test]
    fn a_named_parts_label_before_numbering_starts_a_line() {
        let body =
            "要精心准备,规范程序,做到有报告、有措施、能落实,以保护广大教职工的参与热情。".repeat(3);
        let t = format!("2012年学校工会计划指导思想:以工会十五大精神为指导,努力维护教职工的合法权益,为教育事业的快速发展建功立业。重点工作:一、以建立健全机制为核心,不断推进学校民主建设。1、要努力提高教代会的质量。{body}2、要提高校务公开的实效性。{body}二、以师德建设为重点,加强教职工队伍建设。1、认真组织教师学习。");
        let r = reflow(&t).0;
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[0], "2012年学校工会计划", "{lines:?}");
        assert!(lines.contains(&"重点工作:"), "{lines:?}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("一、以建立健全机制为核心")),
            "{lines:?}"
        );
        let kept: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        let got: String = r.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(kept, got);
    }

    #[test]
    fn a_title_glued_to_the_first_paragraph_is_split_off() {
        for (t, title) in [
            (
                "教育工会2021年工作总结及2021年工作要点2021年武夷山市教育工会工作在上级工会组织和各级党政领导的关心支持下,取得了一定的成绩。",
                "教育工会2021年工作总结及2021年工作要点",
            ),
            // not the last title word when the text after it runs on
            (
                "女职工部2023年创新和重点工作安排2023年市总女职工工作总体思路是“围绕一个中心”:学习宣传贯彻党的二十大精神",
                "女职工部2023年创新和重点工作安排",
            ),
            (
                "工会工作计划明年全区工会工作的总体要求是:以党的十七大全会精神和科学发展观为指导",
                "工会工作计划",
            ),
            (
                "小学学校工会工作总结我乡小学教育工会在乡中心小学的统一领导下,积极开展了各项工会活动。",
                "小学学校工会工作总结",
            ),
            (
                "全面履行工会职责,大力推进学校工作某某市第五中学工会工作总结XX年,我校工会在学校党总支和上级工会的领导下,全面履行工会职责。",
                "全面履行工会职责,大力推进学校工作某某市第五中学工会工作总结",
            ),
            // a clause of purpose after a 方案's title naming no union or year
            (
                "职工之家建设方案为进一步丰富职工的业余文化生活,结合本单位实际,特制定本方案。",
                "职工之家建设方案",
            ),
            // a site's `范文` or a bracketed note after the title word
            (
                "乡镇工会年度工作总结范文 x202x年度,xx镇总工会在两级市总工会的正确领导下,开创了新局面。",
                "乡镇工会年度工作总结范文",
            ),
            (
                "工會下半年工作總結範文(一)以學習宣傳貫徹《工會法》為契機,不斷提高工會工作的整體水平。",
                "工會下半年工作總結範文",
            ),
            (
                "2015年機(jī)關(guān)工會工作總結(jié) 在今年的工會工作當(dāng)中,我們扎實(shí)有效地開展工會工作。",
                "2015年機(jī)關(guān)工會工作總結(jié)",
            ),
            (
                "乡镇工会2021年总结(summary)镇工会联合会在镇党委、政府的直接领导下,在各个方面作了大量工作。",
                "乡镇工会2021年总结(summary)",
            ),
            // a site's short mark after a space
            ("工会上半年工作总结 稿子汇,范文学习文库", "工会上半年工作总结"),
            // a clause of time begins the text (`在即将过去的xx年,…`)
            (
                "工会2023工作年终总结在即将过去的xx年,九中工会在新华区教育工会的领导下,各项工作顺利开展。",
                "工会2023工作年终总结",
            ),
            // a named part's label and its colon begin the text
            (
                "2012 年学校工会计划指导思想:以中国工会十五大精神为指导,努力维护教职工的合法权益。",
                "2012 年学校工会计划",
            ),
        ] {
            assert_eq!(reflow(t).0.lines().next(), Some(title), "{t}");
        }
        for t in [
            "我校2024年工会工作计划是根据上级要求和学校实际制定的,请各部门遵照执行。",
            "2024年工作总结如下:",
            "现将一年来的工作总结如下,请审议。",
            "2023年度是幼儿园工会的工作总结期,这一年度的工作总结综合了幼儿园工会的工作成果",
            "我们认真制定年度计划,今年以来各项工作有序推进,取得了较好的成效。",
            "2025年工会工作计划 (草案)",
            "按上级要求制定了工作计划为进一步做好各项工作打下了基础,各部门认真执行。",
        ] {
            assert_eq!(glued_title(t), None, "{t}");
        }
    }
}
