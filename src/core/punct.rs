//! Full-width punctuation in Chinese text: the one implementation behind the
//! layout (so the preview and every exporter), the checklist, the
//! 一键改为全角 edit and the importer.
//!
//! Officers type or paste half-width `, ; : ? ! ( )` from an English input
//! method; a 公文 sets them full-width (`， ； ： ？ ！ （ ）`). The rule, per
//! line (context never crosses a line feed):
//!
//! - The *context* of a position is the nearest character before (after) it
//!   on the same line that is not a space, a tab or one of the 7 marks in
//!   either width: `中, (一)` has `中` before `(`.
//! - **CJK** means ideographs, kana, CJK punctuation (`、。「」《》`, U+3000)
//!   and full-width forms, but not the 7 converted marks themselves (so a
//!   second run changes nothing: the function is idempotent).
//! - `, ; : ? !` become full-width when the context before **or** after is
//!   CJK: `工作,学习`, `好吗?`, `使用Word,提高`, `截至2027,已完成`. Then the
//!   ASCII spaces around them are dropped (full-width marks carry their own
//!   space): `工作, 学习` → `工作，学习`. `1,000`, `3.5`, `10:30`, `1:1`,
//!   `Hello, world` stay: no CJK on either side.
//! - A matched pair `( )` becomes full-width when its content holds CJK, or
//!   the context before `(` is CJK, or the context after `)` is CJK and the
//!   one before `(` is not a Latin letter or digit: `(一)`, `(1)细项`,
//!   `版本(2019)`, `活动(含3.5天)`; but `f(x)的`, `Word(2019)版`, `(1)` and
//!   `see (a)` stay. An unmatched `(` or `)` follows its context like `,`.
//! - URLs (`http://…`, `www.…`) and e-mail addresses are left alone, except
//!   for the marks that end them (`见http://a.cn/x,请` converts the comma):
//!   `http://a.b/c?x=1`, `mailto:a@b.cn` keep every character.
//!
//! Nothing else changes: the output is the input with some of the 7 marks
//! replaced by their full-width forms and some ASCII spaces next to a
//! converted `, ; : ? !` removed (property-tested below).

use super::model::{Item, Plan, Track};
use std::borrow::Cow;

/// The half-width marks this module converts, and their full-width forms.
pub const MARKS: [(char, char); 7] = [
    (',', '\u{ff0c}'),
    (';', '\u{ff1b}'),
    (':', '\u{ff1a}'),
    ('?', '\u{ff1f}'),
    ('!', '\u{ff01}'),
    ('(', '\u{ff08}'),
    (')', '\u{ff09}'),
];

fn full_form(c: char) -> Option<char> {
    Some(match c {
        ',' => '\u{ff0c}',
        ';' => '\u{ff1b}',
        ':' => '\u{ff1a}',
        '?' => '\u{ff1f}',
        '!' => '\u{ff01}',
        '(' => '\u{ff08}',
        ')' => '\u{ff09}',
        _ => return None,
    })
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '?'
            | '!'
            | '('
            | ')'
            | '\u{ff0c}'
            | '\u{ff1b}'
            | '\u{ff1a}'
            | '\u{ff1f}'
            | '\u{ff01}'
            | '\u{ff08}'
            | '\u{ff09}'
    )
}

/// Skipped when looking for context: spaces, tabs and the 7 marks in
/// either width.
fn is_transparent(c: char) -> bool {
    c == ' ' || c == '\t' || is_mark(c)
}

/// Chinese (and Japanese, full-width) characters: the context in which the
/// marks are set full-width. The 7 full-width marks do not count.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
        && !is_mark(c)
}

/// True when `s` has a half-width mark that `fullwidth` would convert.
pub fn has_halfwidth(s: &str) -> bool {
    changes(s).iter().any(|(_, d)| *d == Decision::Convert)
}

/// The first half-width mark `fullwidth` would convert, with up to six
/// characters of context on each side on its line (for the checklist's
/// message).
pub fn first_halfwidth(s: &str) -> Option<String> {
    let (i, _) = changes(s)
        .into_iter()
        .find(|(_, d)| *d == Decision::Convert)?;
    let line_start = s[..i].rfind('\n').map_or(0, |p| p + 1);
    let line_end = s[i..].find('\n').map_or(s.len(), |p| i + p);
    let before: Vec<char> = s[line_start..i].chars().rev().take(6).collect();
    let mut out: String = before.into_iter().rev().collect();
    out.extend(s[i..line_end].chars().take(7));
    Some(out.trim().to_string())
}

/// How many half-width marks `fullwidth` would convert.
pub fn count_halfwidth(s: &str) -> usize {
    changes(s)
        .iter()
        .filter(|(_, d)| *d == Decision::Convert)
        .count()
}

/// Cheap test: any of the 7 half-width marks at all.
fn maybe(s: &str) -> bool {
    s.bytes()
        .any(|b| matches!(b, b',' | b';' | b':' | b'?' | b'!' | b'(' | b')'))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Decision {
    Keep,
    Convert,
    /// An ASCII space next to a converted `, ; : ? !`.
    Drop,
}

/// What `fullwidth` changes in `s`: the byte offsets of the marks it
/// converts and the spaces it drops (all one-byte ASCII), in order.
fn changes(s: &str) -> Vec<(usize, Decision)> {
    if !maybe(s) {
        return Vec::new();
    }
    // Parentheses are paired and URLs protected by the general pass; text
    // with neither (most of it) takes one quick pass.
    let general = s
        .bytes()
        .any(|b| matches!(b, b'(' | b')' | b'/' | b'@' | b'w' | b'W'));
    if general {
        let chars: Vec<char> = s.chars().collect();
        s.char_indices()
            .zip(decide(&chars))
            .filter(|(_, d)| *d != Decision::Keep)
            .map(|((i, _), d)| (i, d))
            .collect()
    } else {
        quick_changes(s)
    }
}

/// `changes` for text without parentheses or URLs: the marks `, ; : ? !`
/// whose context before or after is CJK, and the spaces around them.
fn quick_changes(s: &str) -> Vec<(usize, Decision)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut last: Option<char> = None;
    for (i, c) in s.char_indices() {
        match c {
            '\n' => last = None,
            ',' | ';' | ':' | '?' | '!' => {
                let next = s[i + 1..]
                    .chars()
                    .take_while(|c| *c != '\n')
                    .find(|c| !is_transparent(*c));
                if last.is_some_and(is_cjk) || next.is_some_and(is_cjk) {
                    let mut j = i;
                    while j > 0 && b[j - 1] == b' ' {
                        j -= 1;
                        out.push((j, Decision::Drop));
                    }
                    out.push((i, Decision::Convert));
                    let mut j = i + 1;
                    while j < b.len() && b[j] == b' ' {
                        out.push((j, Decision::Drop));
                        j += 1;
                    }
                }
            }
            c if is_transparent(c) => {}
            c => last = Some(c),
        }
    }
    out.sort_unstable_by_key(|(i, _)| *i);
    out.dedup_by_key(|(i, _)| *i);
    out
}

/// `s` with `changes` made (offsets relative to `s`).
fn apply_changes(s: &str, changes: &[(usize, Decision)]) -> String {
    let mut out = String::with_capacity(s.len() + 2 * changes.len());
    let mut at = 0;
    for &(i, d) in changes {
        out.push_str(&s[at..i]);
        if d == Decision::Convert {
            let c = s[i..].chars().next().unwrap_or(' ');
            out.push(full_form(c).unwrap_or(c));
        }
        at = i + 1;
    }
    out.push_str(&s[at..]);
    out
}

/// Converts half-width `, ; : ? ! ( )` in Chinese context to full-width (see
/// the module docs for the exact rule). Borrowed when nothing changes.
pub fn fullwidth(s: &str) -> Cow<'_, str> {
    let ch = changes(s);
    if ch.is_empty() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(apply_changes(s, &ch))
    }
}

/// `fullwidth` over parts printed as one run (a heading and the body that
/// continues its paragraph): each mark sees the neighbouring parts as its
/// context, and each part comes back converted on its own. `None` when no
/// part changes.
pub fn fullwidth_parts(parts: &[&str]) -> Option<Vec<String>> {
    if !parts.iter().any(|p| maybe(p)) {
        return None;
    }
    let all = parts.concat();
    let ch = changes(&all);
    if ch.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(parts.len());
    let mut start = 0;
    for p in parts {
        let end = start + p.len();
        let mine: Vec<(usize, Decision)> = ch
            .iter()
            .filter(|(i, _)| (start..end).contains(i))
            .map(|(i, d)| (i - start, *d))
            .collect();
        out.push(apply_changes(p, &mine));
        start = end;
    }
    Some(out)
}

/// `fullwidth` in place; true when the text changed.
pub fn fix_in_place(s: &mut String) -> bool {
    match fullwidth(s) {
        Cow::Borrowed(_) => false,
        Cow::Owned(t) => {
            *s = t;
            true
        }
    }
}

/// `fix_in_place` on every stored text of a plan: title, organisation,
/// every part's text, headings, items, schedule activities, tracking notes,
/// next year's part and the signature (not `org_type`, a key, nor dates).
/// True when anything changed. This is `edit::Op::FixPunctuation`.
pub fn fix_plan(plan: &mut Plan) -> bool {
    let mut changed = false;
    let mut fix = |s: &mut String| changed |= fix_in_place(s);
    fix_part(plan, &mut fix);
    changed
}

fn fix_part(plan: &mut Plan, fix: &mut impl FnMut(&mut String)) {
    fix(&mut plan.title);
    fix(&mut plan.organization);
    fix(&mut plan.guiding);
    fix(&mut plan.goals);
    for s in &mut plan.sections {
        fix(&mut s.heading);
        fix(&mut s.body);
        fix_track(&mut s.track, fix);
        fix_items(&mut s.items, fix);
    }
    fix(&mut plan.measures);
    for e in &mut plan.schedule {
        e.activities.iter_mut().for_each(&mut *fix);
        for t in &mut e.tracking {
            fix_track(t, fix);
        }
    }
    fix(&mut plan.problems);
    let h = &mut plan.headings;
    for s in [
        &mut h.guiding,
        &mut h.goals,
        &mut h.measures,
        &mut h.schedule,
        &mut h.problems,
    ]
    .into_iter()
    .flatten()
    {
        fix(s);
    }
    h.months.iter_mut().for_each(|(_, l)| fix(l));
    if let Some(n) = plan.next.as_deref_mut() {
        fix_part(n, fix);
    }
    fix(&mut plan.signature.organization);
}

fn fix_items(items: &mut [Item], fix: &mut impl FnMut(&mut String)) {
    for it in items {
        fix(&mut it.heading);
        fix(&mut it.text);
        fix_track(&mut it.track, fix);
        fix_items(&mut it.items, fix);
    }
}

fn fix_track(t: &mut Option<Track>, fix: &mut impl FnMut(&mut String)) {
    if let Some(t) = t {
        fix(&mut t.note);
    }
}

fn decide(chars: &[char]) -> Vec<Decision> {
    let n = chars.len();
    // URLs and e-mail addresses need a `/`, `@` or `www.`: most text has none.
    let protected = if chars.iter().any(|c| matches!(c, '/' | '@' | 'w' | 'W')) {
        protected(chars)
    } else {
        vec![false; n]
    };
    let mut plan = vec![Decision::Keep; n];
    let prev_ctx = |i: usize| -> Option<char> {
        chars[..i]
            .iter()
            .rev()
            .take_while(|c| **c != '\n')
            .find(|c| !is_transparent(**c))
            .copied()
    };
    let next_ctx = |i: usize| -> Option<char> {
        chars[i + 1..]
            .iter()
            .take_while(|c| **c != '\n')
            .find(|c| !is_transparent(**c))
            .copied()
    };
    let cjk = |c: Option<char>| c.is_some_and(is_cjk);
    // Parentheses pairwise (per line), so `(1)` alone never converts.
    let mut stack: Vec<usize> = Vec::new();
    let lone = |i: usize, plan: &mut Vec<Decision>| {
        if cjk(prev_ctx(i)) || cjk(next_ctx(i)) {
            plan[i] = Decision::Convert;
        }
    };
    for i in 0..n {
        match chars[i] {
            '\n' => {
                for o in stack.drain(..) {
                    lone(o, &mut plan);
                }
            }
            '(' if !protected[i] => stack.push(i),
            ')' if !protected[i] => match stack.pop() {
                Some(o) => {
                    let before = prev_ctx(o);
                    let content = chars[o + 1..i].iter().any(|c| is_cjk(*c));
                    let latin_before = before.is_some_and(|c| c.is_ascii_alphanumeric());
                    if content || cjk(before) || (cjk(next_ctx(i)) && !latin_before) {
                        plan[o] = Decision::Convert;
                        plan[i] = Decision::Convert;
                    }
                }
                None => lone(i, &mut plan),
            },
            ',' | ';' | ':' | '?' | '!'
                if !protected[i] && (cjk(prev_ctx(i)) || cjk(next_ctx(i))) =>
            {
                plan[i] = Decision::Convert;
            }
            _ => {}
        }
    }
    for o in stack {
        lone(o, &mut plan);
    }
    // Spaces around converted , ; : ? ! go.
    for i in 0..n {
        if plan[i] == Decision::Convert && !matches!(chars[i], '(' | ')') {
            let mut j = i;
            while j > 0 && chars[j - 1] == ' ' {
                j -= 1;
                plan[j] = Decision::Drop;
            }
            let mut j = i + 1;
            while j < n && chars[j] == ' ' {
                plan[j] = Decision::Drop;
                j += 1;
            }
        }
    }
    plan
}

/// Characters inside a URL or e-mail address: never converted.
fn protected(chars: &[char]) -> Vec<bool> {
    let n = chars.len();
    let mut out = vec![false; n];
    let graphic = |c: char| c.is_ascii_graphic();
    let mut i = 0;
    while i < n {
        if !graphic(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && graphic(chars[i]) {
            i += 1;
        }
        let token = &chars[start..i];
        if let Some((a, b)) = url_span(token) {
            out[start + a..start + b].iter_mut().for_each(|p| *p = true);
        }
    }
    out
}

/// The URL or e-mail address inside a run of ASCII graphic characters, as a
/// range of it, without the marks that end it.
fn url_span(t: &[char]) -> Option<(usize, usize)> {
    let at = |i: usize, pat: &str| -> bool {
        pat.chars()
            .enumerate()
            .all(|(k, p)| t.get(i + k).is_some_and(|c| c.eq_ignore_ascii_case(&p)))
    };
    let start = if let Some(p) = (0..t.len()).find(|&i| at(i, "://")) {
        // The scheme before `://`.
        let mut s = p;
        while s > 0 && (t[s - 1].is_ascii_alphanumeric() || matches!(t[s - 1], '+' | '-' | '.')) {
            s -= 1;
        }
        s
    } else if let Some(p) =
        (0..t.len()).find(|&i| at(i, "www.") && (i == 0 || !t[i - 1].is_ascii_alphanumeric()))
    {
        p
    } else if let Some(p) = (0..t.len())
        .find(|&i| at(i, "mailto:") || (t[i] == '@' && i > 0 && t[i - 1].is_ascii_alphanumeric()))
    {
        if t[p] == '@' {
            let mut s = p;
            while s > 0 && (t[s - 1].is_ascii_alphanumeric() || "._%+-".contains(t[s - 1])) {
                s -= 1;
            }
            s
        } else {
            p
        }
    } else {
        return None;
    };
    let mut end = t.len();
    while let Some(&last) = t[start..end].last() {
        let opens = t[start..end].iter().filter(|c| **c == '(').count();
        let closes = t[start..end].iter().filter(|c| **c == ')').count();
        if matches!(last, ',' | ';' | ':' | '?' | '!' | '.') || (last == ')' && closes > opens) {
            end -= 1;
        } else {
            break;
        }
    }
    (end > start).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn f(s: &str) -> String {
        fullwidth(s).into_owned()
    }

    #[test]
    fn marks_between_chinese_become_full_width() {
        assert_eq!(f("工作,学习;生活:好吗?好!"), "工作，学习；生活：好吗？好！");
        assert_eq!(f("(一)加强学习"), "（一）加强学习");
        assert_eq!(f("活动(含3.5天)"), "活动（含3.5天）");
        assert_eq!(f("版本(2019)"), "版本（2019）");
        assert_eq!(f("(1)细项"), "（1）细项");
        assert_eq!(f("什么?!"), "什么？！");
        assert_eq!(f("一是,二是"), "一是，二是");
        assert_eq!(f("“好”,他说"), "“好”，他说");
        assert_eq!(f("（一）,工作"), "（一），工作");
        // Already full-width text is unchanged.
        let done = "（一）工作，学习：";
        assert!(matches!(fullwidth(done), Cow::Borrowed(_)));
    }

    #[test]
    fn spaces_an_english_habit_puts_around_marks_go() {
        assert_eq!(f("工作, 学习"), "工作，学习");
        assert_eq!(f("工作 , 学习"), "工作，学习");
        assert_eq!(f("Hello, 世界"), "Hello，世界");
        // Parentheses keep their spaces.
        assert_eq!(f("会议 (含线上)"), "会议 （含线上）");
    }

    #[test]
    fn marks_touching_numbers_or_latin_next_to_chinese_convert() {
        assert_eq!(f("共3次,5人"), "共3次，5人");
        assert_eq!(f("截至2027,已完成"), "截至2027，已完成");
        assert_eq!(f("联系人:John"), "联系人：John");
        assert_eq!(f("使用Word,提高效率"), "使用Word，提高效率");
        assert_eq!(f("时间:10:30"), "时间：10:30");
        assert_eq!(f("经费1,000元,用于"), "经费1,000元，用于");
    }

    #[test]
    fn numbers_latin_urls_and_mail_are_left_alone() {
        for s in [
            "3.5",
            "1,000",
            "10:30",
            "1:1",
            "比例为3:1",
            "上午9:00-11:00",
            "Hello, world!",
            "f(x) = 1, 2",
            "(1)",
            "1.",
            "(a",
            "see (1) and (2).",
            "http://a.b/c?x=1",
            "见https://gh.example.cn/a?b=1&c=2",
            "网址www.example.cn/a?b=1;c=2",
            "邮箱a.b-c@mail.example.cn",
            "mailto:a@b.cn?subject=x",
            "函数f(x)的值",
            "使用Word(2019)版",
            "工作 学习",
            "",
        ] {
            assert_eq!(f(s), s, "{s}");
            assert!(matches!(fullwidth(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn marks_that_end_a_url_follow_the_chinese_text() {
        assert_eq!(f("见http://a.cn/x,请访问"), "见http://a.cn/x，请访问");
        assert_eq!(f("见http://a.cn/x?y=1;请"), "见http://a.cn/x?y=1；请");
        assert_eq!(f("(见http://a.cn/x)"), "（见http://a.cn/x）");
        assert_eq!(
            f("见http://a.cn/wiki/A_(b)。"),
            "见http://a.cn/wiki/A_(b)。"
        );
    }

    #[test]
    fn lone_parentheses_follow_their_neighbours() {
        assert_eq!(f("中(a"), "中（a");
        assert_eq!(f("a)中"), "a）中");
        assert_eq!(f("1)工作"), "1）工作");
        assert_eq!(f("a)b"), "a)b");
    }

    #[test]
    fn context_stops_at_a_line_feed() {
        assert_eq!(f("工作\n,a"), "工作\n,a");
        assert_eq!(f("a,\n工作"), "a,\n工作");
        assert_eq!(f("工作,\n(a)\n学习"), "工作，\n(a)\n学习");
        assert_eq!(f("(工作\n学习)"), "（工作\n学习）");
    }

    #[test]
    fn first_halfwidth_shows_the_mark_in_context() {
        assert_eq!(
            first_halfwidth("一年来，校工会认真组织学习,取得了成效"),
            Some("认真组织学习,取得了成效".to_string())
        );
        assert_eq!(first_halfwidth("3.5, 10:30"), None);
        assert_eq!(
            first_halfwidth("上一行\n第二行,完"),
            Some("第二行,完".into())
        );
        assert!(has_halfwidth("工作,学习"));
        assert_eq!(count_halfwidth("(一)工作,学习 1,000"), 3);
        assert_eq!(count_halfwidth("1,000"), 0);
        assert!(!has_halfwidth("工作，学习"));
    }

    #[test]
    fn parts_are_converted_in_each_others_context() {
        assert_eq!(
            fullwidth_parts(&["1.", "加强学习", "(a)每月一次, 全员"]),
            Some(vec![
                "1.".to_string(),
                "加强学习".to_string(),
                "（a）每月一次，全员".to_string()
            ])
        );
        assert_eq!(fullwidth_parts(&["", "工作", ",a"]).unwrap()[2], "，a");
        assert_eq!(fullwidth_parts(&["a", "b,c"]), None);
        assert_eq!(fullwidth_parts(&["工作", "学习"]), None);
    }

    #[test]
    fn fix_in_place_reports_a_change() {
        let mut s = "工作,学习".to_string();
        assert!(fix_in_place(&mut s));
        assert_eq!(s, "工作，学习");
        assert!(!fix_in_place(&mut s));
    }

    #[test]
    fn fix_plan_reaches_every_stored_text() {
        use crate::core::model::{Kind, ScheduleEntry, Section, Status};
        let half = "工作,学习";
        let track = || {
            Some(Track {
                status: Status::Done,
                note: half.into(),
                ..Default::default()
            })
        };
        let mut p = Plan::new(Kind::SummaryAndPlan, 2025);
        p.title = half.into();
        p.organization = "某公司(筹)工会".into();
        p.org_type = "enterprise".into();
        p.guiding = half.into();
        p.goals = half.into();
        p.measures = half.into();
        p.problems = half.into();
        p.sections = vec![Section {
            duty: None,
            heading: half.into(),
            body: half.into(),
            track: track(),
            items: vec![Item {
                duty: None,
                heading: half.into(),
                text: half.into(),
                track: track(),
                items: vec![Item {
                    heading: half.into(),
                    ..Default::default()
                }],
            }],
        }
        .into()];
        *p.schedule = vec![ScheduleEntry {
            duties: Vec::new(),
            months: vec![3],
            activities: vec![half.into(), "3.5".into()],
            tracking: vec![track(), None],
        }];
        p.signature.organization = half.into();
        p.signature.date = Some("2025-01-06".into());
        let mut next = p.clone();
        next.kind = Kind::Plan;
        next.next = None;
        p.next = Some(Box::new(next));
        assert!(fix_plan(&mut p));
        let json = p.to_json();
        assert!(!json.contains(half), "{json}");
        assert_eq!(json.matches("工作，学习").count(), 2 * 15, "{json}");
        assert!(json.contains("某公司（筹）工会") && json.contains("\"3.5\""));
        assert_eq!(p.org_type, "enterprise");
        assert!(!fix_plan(&mut p), "a second run changes nothing");
    }

    /// Walks input and output together: every output character is the
    /// input's, or its full-width form; only spaces next to a converted
    /// `, ; : ? !` are dropped.
    fn only_marks_changed(input: &str, output: &str) -> Result<(), String> {
        let a: Vec<char> = input.chars().collect();
        let b: Vec<char> = output.chars().collect();
        let (mut i, mut j) = (0, 0);
        let converted_punct = |c: char| {
            matches!(
                c,
                '\u{ff0c}' | '\u{ff1b}' | '\u{ff1a}' | '\u{ff1f}' | '\u{ff01}'
            )
        };
        while i < a.len() {
            if j < b.len() && (b[j] == a[i] || Some(b[j]) == full_form(a[i])) {
                i += 1;
                j += 1;
            } else if a[i] == ' ' {
                // A dropped space: the last character written, or the next
                // one, is a full-width , ; : ? !.
                let next = a[i..].iter().find(|c| **c != ' ').copied();
                let near = (j > 0 && converted_punct(b[j - 1]))
                    || next.is_some_and(|c| {
                        !matches!(c, '(' | ')') && b.get(j) == full_form(c).as_ref()
                    });
                if !near {
                    return Err(format!("space dropped away from a mark at {i}"));
                }
                i += 1;
            } else {
                return Err(format!("{:?} changed at {i}", a[i]));
            }
        }
        if j != b.len() {
            return Err("output has extra characters".into());
        }
        Ok(())
    }

    fn mixed_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("工作".to_string()),
            Just("中".to_string()),
            Just("（一）".to_string()),
            Just("，".to_string()),
            Just("。".to_string()),
            Just("Word".to_string()),
            Just("3.5".to_string()),
            Just("10:30".to_string()),
            Just("1,000".to_string()),
            Just("http://a.cn/b?c=1,d".to_string()),
            Just("a@b.cn".to_string()),
            Just("www.x.cn".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("\t".to_string()),
            "[,;:?!()]",
            "[a-z0-9 ]{0,3}",
            "[\u{4e00}-\u{4e20}]{1,2}",
            any::<char>().prop_map(|c| c.to_string()),
        ];
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn fullwidth_is_idempotent(s in mixed_text()) {
            let once = f(&s);
            prop_assert_eq!(f(&once), once.clone());
            prop_assert!(!has_halfwidth(&once));
            prop_assert_eq!(first_halfwidth(&once), None);
        }

        #[test]
        fn fullwidth_changes_only_the_seven_marks(s in mixed_text()) {
            let out = f(&s);
            if let Err(e) = only_marks_changed(&s, &out) {
                prop_assert!(false, "{:?} -> {:?}: {}", s, out, e);
            }
        }

        #[test]
        fn the_quick_pass_agrees_with_the_general_one(s in mixed_text()) {
            let s: String = s.chars().filter(|c| !matches!(c, '(' | ')' | '/' | '@' | 'w' | 'W')).collect();
            let chars: Vec<char> = s.chars().collect();
            let general: Vec<(usize, Decision)> = s
                .char_indices()
                .zip(decide(&chars))
                .filter(|(_, d)| *d != Decision::Keep)
                .map(|((i, _), d)| (i, d))
                .collect();
            prop_assert_eq!(quick_changes(&s), general);
        }

        #[test]
        fn text_without_chinese_is_unchanged(s in "[ -~\n]{0,40}") {
            prop_assert_eq!(f(&s), s);
        }
    }
}
