//! Where a long title breaks (GB/T 9704-2012 7.3.3: 标题回行时，要做到词意
//! 完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形).
//!
//! The measure: the title is 2号 (22 pt) 方正小标宋简体 on the 156 mm text
//! line (A4 less 28 mm and 26 mm margins). 156 mm = 442.2 pt, and
//! 442.2 / 22 = 20.1, so a line holds 20 full-width characters, Arabic
//! digits and Latin counting half. A title of exactly 20 does not fit in
//! practice: LibreOffice and browsers set fallback fonts whose digits are
//! wider than half, and `市交通运输局机关工会委员会2027年工作计划` (20)
//! wraps as `…工作计` / `划`. So a line is kept to [`TITLE_FIT`] = 19.
//!
//! The rules, in order of weight:
//! - A line break the user typed always wins; only a line still too long
//!   for the page is broken further.
//! - A title that fits stays on one line.
//! - Never break inside a number (`2027年`, `二〇二七年`), inside a Latin
//!   word, inside a known word (`委员会`, `工作计划`, `有限公司`…), after
//!   `暨` or an opening bracket, or before closing punctuation.
//! - The best breaks: after the organisation (`…工会委员会` / `2027年工作计划`),
//!   before the year, before `暨`; then before the kind (`工作计划`,
//!   `工作总结`, `工作要点`…); then after a unit (`…公司`, `…学校`, `…局`);
//!   only then between any two Chinese characters.
//! - As few lines as possible, shaped as a trapezoid (each line no shorter
//!   than the one below) or a diamond (the longest line in the middle), and
//!   as even as the breaks allow.

use super::export::escape::is_wide;

/// Width of a title's text in title characters: Chinese and full-width
/// forms 1, Latin, digits and ASCII punctuation ½, control and zero-width
/// characters (dropped or invisible when printed) 0.
pub fn width(s: &str) -> f32 {
    s.chars().map(char_width).sum()
}

fn char_width(c: char) -> f32 {
    if c.is_control() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}')
    {
        0.0
    } else if is_wide(c) {
        1.0
    } else {
        0.5
    }
}

/// Full-width characters of 2号 (22 pt) on the 156 mm line: 442.2 pt / 22 pt.
pub const TITLE_LINE_CHARS: f32 = 20.0;
/// The longest title line we set: one character less than the line, for
/// fallback fonts (see the module docs).
pub const TITLE_FIT: f32 = TITLE_LINE_CHARS - 1.0;

/// Above this many characters a line is broken greedily (a title this long
/// is not a title; the search below is for real ones).
const SEARCH_LIMIT: usize = 120;

/// The printed lines of a title: the user's own line breaks kept, every line
/// that is still wider than [`TITLE_FIT`] broken at word boundaries.
/// `organization` (the plan's) marks the preferred break when the title
/// starts with it. Blank lines are dropped; lines are trimmed.
pub fn title_lines(title: &str, organization: &str) -> Vec<String> {
    title_lines_within(title, organization, TITLE_FIT)
}

/// `title_lines` for a line of `fit` characters.
pub fn title_lines_within(title: &str, organization: &str, fit: f32) -> Vec<String> {
    title
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .flat_map(|l| wrap(l, organization.trim(), fit))
        .collect()
}

/// Break costs (lower is better).
const ORG: f32 = 0.0;
const KIND: f32 = 1.0;
const UNIT: f32 = 2.0;
const SINGLE_UNIT: f32 = 3.0;
const SPACE: f32 = 2.0;
const AFTER_DE: f32 = 4.0;
const QUOTE: f32 = 2.0;
const LATIN_EDGE: f32 = 5.0;
const ANY: f32 = 6.0;
/// Each line after the first.
const LINE: f32 = 3.0;
/// A line upside down: shorter above longer (not a trapezoid or diamond).
const SHAPE: f32 = 3.0;
/// Per character of difference between the longest and shortest line.
const EVEN: f32 = 0.1;

/// The kinds of document a title ends with; a break before them is good.
const KINDS: &[&str] = &[
    "工会工作计划",
    "工会工作总结",
    "工会工作要点",
    "工作计划",
    "工作总结",
    "工作要点",
    "工作思路",
    "工作安排",
    "工作方案",
    "工作报告",
    "工作意见",
    "工作规划",
    "实施方案",
    "活动方案",
    "行动方案",
    "关于",
];

/// Words that end a unit's name: a break after them is good.
const UNITS: &[&str] = &[
    "委员会",
    "联合会",
    "工会",
    "有限公司",
    "有限责任公司",
    "公司",
    "集团",
    "学校",
    "中学",
    "小学",
    "大学",
    "学院",
    "幼儿园",
    "医院",
    "卫生院",
    "中心",
    "研究院",
    "研究所",
    "办公室",
    "街道",
    "社区",
    "机关",
    "分会",
    "支部",
];

/// One-character unit endings: a break after them is fair unless the next
/// character continues the word (`部门`, `院长`, `市直`, `区委`).
const SINGLE_UNITS: &str = "省市县区镇乡村局厅委院厂所站段处部馆";
const CONTINUES: &str = "长门级内外属务员会场域城直委";

/// Words never broken inside (besides `KINDS` and `UNITS`).
const WORDS: &[&str] = &[
    "工会委员会",
    "工作委员会",
    "总工会",
    "股份有限公司",
    "有限责任公司",
    "交通运输",
    "人民政府",
    "人民医院",
    "职工代表大会",
    "教职工代表大会",
];

/// Never at the start of a line.
const NO_START: &str = "，。、；：？！）》」』”’〕】…—·%,.;:?!)]}%";
/// Never at the end of a line.
const NO_END: &str = "（《「『“‘〔【([{暨";
/// Joins what follows: no good break right after them.
const BINDS_FORWARD: &str = "至到和与及、—-~暨第";
/// A quoted or bracketed phrase (`“职工之家”`, `《…》`) is a word.
const OPENERS: &str = "（《「『“‘〔【";
const CLOSERS: &str = "）》」』”’〕】";
const CN_DIGITS: &str = "〇零一二三四五六七八九十百千";
/// Characters that belong to the number before them.
const COUNTERS: &str = "年月日号届次期个项条";

/// The breaks of one line, as character offsets with their cost; offsets
/// that never break are absent.
fn candidates(chars: &[char], organization: &str) -> Vec<(usize, f32)> {
    let n = chars.len();
    let mut cost: Vec<Option<f32>> = vec![Some(ANY); n + 1];
    cost[0] = None;
    cost[n] = None;
    let starts_with = |i: usize, w: &str| {
        w.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    let is_digit = |c: char| c.is_ascii_digit() || CN_DIGITS.contains(c);
    for p in 1..n {
        let (a, b) = (chars[p - 1], chars[p]);
        let forbidden = (a.is_ascii_graphic() && b.is_ascii_graphic())
            || NO_START.contains(b)
            || NO_END.contains(a)
            || (is_digit(a) && (is_digit(b) || COUNTERS.contains(b)))
            || (a == '第' && is_digit(b));
        if forbidden {
            cost[p] = None;
        } else if a == ' ' || b == ' ' {
            cost[p] = Some(SPACE);
        } else if a.is_ascii_alphanumeric() || b.is_ascii_alphanumeric() {
            cost[p] = Some(LATIN_EDGE);
        } else if a == '的' {
            cost[p] = Some(AFTER_DE);
        } else if OPENERS.contains(b) || CLOSERS.contains(a) {
            cost[p] = Some(QUOTE);
        }
    }
    let lower = |cost: &mut Vec<Option<f32>>, p: usize, c: f32| {
        if let Some(x) = cost[p] {
            cost[p] = Some(x.min(c));
        }
    };
    // Known words: never inside; a unit's end and a kind's start are good.
    for i in 0..n {
        for w in WORDS.iter().chain(KINDS).chain(UNITS) {
            if starts_with(i, w) {
                let len = w.chars().count();
                cost[i + 1..i + len].iter_mut().for_each(|c| *c = None);
            }
        }
    }
    for i in 0..n {
        for w in KINDS {
            if starts_with(i, w) {
                lower(&mut cost, i, KIND);
            }
        }
        for w in UNITS {
            if starts_with(i, w) {
                lower(&mut cost, i + w.chars().count(), UNIT);
            }
        }
        if SINGLE_UNITS.contains(chars[i])
            && chars.get(i + 1).is_some_and(|c| !CONTINUES.contains(*c))
        {
            lower(&mut cost, i + 1, SINGLE_UNIT);
        }
        // Before the year: four digits (or placeholders) and 年.
        let year = (0..4).all(|k| {
            chars
                .get(i + k)
                .is_some_and(|c| c.is_ascii_alphanumeric() || CN_DIGITS.contains(*c))
        }) && chars.get(i + 4) == Some(&'年')
            && (i == 0
                || !chars[i - 1].is_ascii_alphanumeric()
                    && !CN_DIGITS.contains(chars[i - 1])
                    && !BINDS_FORWARD.contains(chars[i - 1]));
        if year {
            lower(&mut cost, i, ORG);
        }
        if chars[i] == '暨' {
            lower(&mut cost, i, ORG);
        }
    }
    // After the organisation the title starts with.
    if !organization.is_empty() && starts_with(0, organization) {
        let p = organization.chars().count();
        if p < n {
            lower(&mut cost, p, ORG);
        }
    }
    cost.into_iter()
        .enumerate()
        .filter_map(|(p, c)| c.map(|c| (p, c)))
        .collect()
}

/// Breaks one line (no line feeds) into lines no wider than `fit`.
fn wrap(line: &str, organization: &str, fit: f32) -> Vec<String> {
    if width(line) <= fit {
        return vec![line.to_string()];
    }
    let chars: Vec<char> = line.chars().collect();
    // Prefix widths: width of chars[a..b] = w[b] - w[a].
    let mut w = Vec::with_capacity(chars.len() + 1);
    w.push(0.0f32);
    for c in &chars {
        w.push(w.last().copied().unwrap_or(0.0) + char_width(*c));
    }
    let cands = candidates(&chars, organization);
    let breaks = if chars.len() <= SEARCH_LIMIT {
        best(&chars, &w, &cands, fit)
    } else {
        None
    }
    .unwrap_or_else(|| greedy(&chars, &w, &cands, fit));
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let mut a = 0;
    for b in breaks.into_iter().chain([chars.len()]) {
        let s: String = chars[a..b].iter().collect();
        let s = s.trim();
        if !s.is_empty() {
            out.push(s.to_string());
        }
        a = b;
    }
    out
}

/// Line widths without the spaces at the ends (a break at a space drops it).
fn line_width(chars: &[char], w: &[f32], a: usize, b: usize) -> f32 {
    let (mut a, mut b) = (a, b);
    while a < b && chars[a] == ' ' {
        a += 1;
    }
    while b > a && chars[b - 1] == ' ' {
        b -= 1;
    }
    w[b] - w[a]
}

fn shape_cost(widths: &[f32]) -> f32 {
    let eps = 0.01;
    let peak = widths
        .iter()
        .enumerate()
        .fold(0, |m, (i, x)| if *x > widths[m] + eps { i } else { m });
    // Rising to one peak, then never rising again: a trapezoid (peak on
    // top) or a diamond (peak inside, for three lines or more).
    let up = widths[..=peak].windows(2).all(|p| p[0] <= p[1] + eps);
    let down = widths[peak..].windows(2).all(|p| p[0] + eps >= p[1]);
    let diamond_ok = peak == 0 || widths.len() >= 3 && peak < widths.len() - 1;
    let max = widths.iter().copied().fold(0.0, f32::max);
    let min = widths.iter().copied().fold(f32::MAX, f32::min);
    let bad = if up && down && diamond_ok { 0.0 } else { SHAPE };
    bad + EVEN * (max - min)
}

/// The cheapest set of breaks with the fewest lines possible plus one, by
/// search over the candidates (titles are short).
fn best(chars: &[char], w: &[f32], cands: &[(usize, f32)], fit: f32) -> Option<Vec<usize>> {
    let n = chars.len();
    let total = w[n];
    let min_lines = (total / fit).ceil().max(2.0) as usize;
    let mut found: Option<(f32, Vec<usize>)> = None;
    let mut budget = 200_000u32;
    for lines in min_lines..=min_lines + 1 {
        let mut path = Vec::new();
        search(
            chars,
            w,
            cands,
            fit,
            0,
            lines,
            0.0,
            &mut path,
            &mut found,
            &mut budget,
        );
        if budget == 0 {
            return None;
        }
    }
    found.map(|(_, b)| b)
}

#[allow(clippy::too_many_arguments)]
fn search(
    chars: &[char],
    w: &[f32],
    cands: &[(usize, f32)],
    fit: f32,
    start: usize,
    lines_left: usize,
    cost: f32,
    path: &mut Vec<usize>,
    found: &mut Option<(f32, Vec<usize>)>,
    budget: &mut u32,
) {
    if *budget == 0 {
        return;
    }
    *budget -= 1;
    let n = chars.len();
    if found.as_ref().is_some_and(|(c, _)| cost >= *c) {
        return;
    }
    if lines_left == 1 {
        if line_width(chars, w, start, n) > fit {
            return;
        }
        let mut widths = Vec::with_capacity(path.len() + 1);
        let mut a = 0;
        for &b in path.iter().chain([n].iter()) {
            widths.push(line_width(chars, w, a, b));
            a = b;
        }
        let total = cost + LINE * path.len() as f32 + shape_cost(&widths);
        if found.as_ref().is_none_or(|(c, _)| total < *c) {
            *found = Some((total, path.clone()));
        }
        return;
    }
    for &(p, c) in cands.iter().filter(|(p, _)| *p > start) {
        if line_width(chars, w, start, p) > fit {
            break;
        }
        // What is left must fit on the lines left.
        if w[n] - w[p] > fit * (lines_left - 1) as f32 + 0.5 * (lines_left - 1) as f32 {
            continue;
        }
        path.push(p);
        search(
            chars,
            w,
            cands,
            fit,
            p,
            lines_left - 1,
            cost + c,
            path,
            found,
            budget,
        );
        path.pop();
    }
}

/// Line by line: the cheapest candidate that fits (ties to the longer
/// line); a hard break at the width when no candidate fits (a run of digits
/// longer than a line).
fn greedy(chars: &[char], w: &[f32], cands: &[(usize, f32)], fit: f32) -> Vec<usize> {
    let n = chars.len();
    let mut out = Vec::new();
    let mut start = 0;
    while line_width(chars, w, start, n) > fit {
        let fitting = cands
            .iter()
            .filter(|(p, _)| *p > start && line_width(chars, w, start, *p) <= fit);
        let pick = fitting
            .min_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
            .map(|(p, _)| *p);
        let p = pick.unwrap_or_else(|| {
            let mut p = start + 1;
            while p < n && w[p + 1] - w[start] <= fit {
                p += 1;
            }
            p
        });
        out.push(p);
        start = p;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(title: &str, org: &str) -> Vec<String> {
        title_lines(title, org)
    }

    #[test]
    fn measure_is_derived_from_the_page() {
        let text_width_pt = 156.0 / 25.4 * 72.0;
        assert_eq!((text_width_pt / 22.0f32).floor(), TITLE_LINE_CHARS);
    }

    #[test]
    fn a_title_that_fits_stays_on_one_line() {
        assert_eq!(
            lines("实验小学工会2025年工作计划", "实验小学工会"),
            ["实验小学工会2025年工作计划"]
        );
        assert_eq!(lines("  工作计划 ", ""), ["工作计划"]);
        assert!(lines("", "").is_empty());
        assert!(lines(" \n \n", "x").is_empty());
    }

    #[test]
    fn default_break_is_between_organisation_and_year() {
        assert_eq!(
            lines(
                "市交通运输局机关工会委员会2027年工作计划",
                "市交通运输局机关工会委员会"
            ),
            ["市交通运输局机关工会委员会", "2027年工作计划"]
        );
        // Seventeen characters of organisation.
        assert_eq!(
            lines(
                "省交通运输厅直属机关工会工作委员会2027年工作计划",
                "省交通运输厅直属机关工会工作委员会"
            ),
            ["省交通运输厅直属机关工会工作委员会", "2027年工作计划"]
        );
        // The organisation field need not match: the year is found.
        assert_eq!(
            lines("区市场监督管理局机关工会委员会2026年工作要点", ""),
            ["区市场监督管理局机关工会委员会", "2026年工作要点"]
        );
        assert_eq!(
            lines("某县第一人民医院工会委员会二〇二七年工作计划", ""),
            ["某县第一人民医院工会委员会", "二〇二七年工作计划"]
        );
    }

    #[test]
    fn combined_kinds_break_before_ji_or_after_the_organisation() {
        assert_eq!(
            lines(
                "城东区第一人民医院工会2025年工作总结暨2026年工作计划",
                "城东区第一人民医院工会"
            ),
            ["城东区第一人民医院工会2025年工作总结", "暨2026年工作计划"]
        );
        assert_eq!(
            lines(
                "省交通运输厅直属机关工会工作委员会2025年工作总结暨2026年工作计划",
                "省交通运输厅直属机关工会工作委员会"
            ),
            [
                "省交通运输厅直属机关工会工作委员会",
                "2025年工作总结暨2026年工作计划"
            ]
        );
        // The suggestion's own break is kept, the long first line broken.
        assert_eq!(
            lines(
                "省交通运输厅直属机关工会工作委员会2025年工作总结\n暨2026年工作计划",
                "省交通运输厅直属机关工会工作委员会"
            ),
            [
                "省交通运输厅直属机关工会工作委员会",
                "2025年工作总结",
                "暨2026年工作计划"
            ]
        );
    }

    #[test]
    fn without_a_year_the_break_comes_before_the_kind() {
        assert_eq!(
            lines("城关镇中心学校工会关于教职工年度重点工作计划", ""),
            ["城关镇中心学校工会关于教职工年度重点", "工作计划"]
        );
        let l = lines("城关镇中心学校工会全体教职工思想政治工作要点", "");
        assert_eq!(l.len(), 2);
        assert!(
            l[1].starts_with("工作要点") || l[0].ends_with("工会"),
            "{l:?}"
        );
    }

    #[test]
    fn long_organisations_break_after_a_unit_and_keep_words_whole() {
        // Twenty characters of organisation: it cannot stay whole on a line.
        assert_eq!(
            lines(
                "某某集团有限公司第二分公司机关工会委员会2027年工作计划",
                "某某集团有限公司第二分公司机关工会委员会",
            ),
            ["某某集团有限公司第二分公司机关", "工会委员会2027年工作计划"]
        );
        assert_eq!(
            lines(
                "中国铁路某某局集团有限公司某某车务段工会委员会2027年工作计划",
                "中国铁路某某局集团有限公司某某车务段工会委员会",
            ),
            [
                "中国铁路某某局集团有限公司某某车务段",
                "工会委员会2027年工作计划"
            ]
        );
        // A quoted phrase is kept whole and the lines stay a trapezoid.
        assert_eq!(
            lines(
                "县人民医院工会委员会2027年“职工之家”建设工作方案",
                "县人民医院工会委员会"
            ),
            ["县人民医院工会委员会2027年", "“职工之家”建设工作方案"]
        );
    }

    #[test]
    fn user_breaks_always_win() {
        assert_eq!(
            lines(
                "市交通运输局\n机关工会委员会2027年工作计划",
                "市交通运输局机关工会委员会"
            ),
            ["市交通运输局", "机关工会委员会2027年工作计划"]
        );
        assert_eq!(
            lines("区总工会2025年工作总结\r\n暨2026年工作计划", "区总工会"),
            ["区总工会2025年工作总结", "暨2026年工作计划"]
        );
    }

    #[test]
    fn lines_fit_and_form_a_trapezoid_or_diamond() {
        let titles = [
            (
                "市交通运输局机关工会委员会2027年工作计划",
                "市交通运输局机关工会委员会",
            ),
            (
                "省交通运输厅直属机关工会工作委员会2027年工作总结",
                "省交通运输厅直属机关工会工作委员会",
            ),
            (
                "城东实验学校工会2025年工作总结暨2026年工作计划",
                "城东实验学校工会",
            ),
            (
                "区总工会2025年度全区职工劳动和技能竞赛活动实施方案",
                "区总工会",
            ),
            (
                "某某市某某区某某街道社区工会联合会2027年工作要点",
                "某某市某某区某某街道社区工会联合会",
            ),
            ("市卫生健康委员会直属机关工会2027年工会工作计划", ""),
            (
                "县人民医院工会委员会2027年“职工之家”建设工作方案",
                "县人民医院工会委员会",
            ),
            ("实验小学2027年工会工作计划", "实验小学"),
        ];
        for (t, org) in titles {
            let l = lines(t, org);
            assert_eq!(l.concat(), t, "characters lost: {l:?}");
            let widths: Vec<f32> = l.iter().map(|s| width(s)).collect();
            assert!(widths.iter().all(|w| *w <= TITLE_FIT), "{l:?}");
            if l.len() == 2 {
                assert!(widths[0] >= widths[1], "upside down: {l:?}");
            }
            if l.len() == 3 {
                let trapezoid = widths[0] >= widths[1] && widths[1] >= widths[2];
                let diamond = widths[1] >= widths[0] && widths[1] >= widths[2];
                assert!(trapezoid || diamond, "{l:?}");
            }
            // No number or known word split.
            for pair in l.windows(2) {
                let (a, b) = (
                    pair[0].chars().last().unwrap(),
                    pair[1].chars().next().unwrap(),
                );
                assert!(
                    !(a.is_ascii_digit() && (b.is_ascii_digit() || b == '年')),
                    "{l:?}"
                );
                for w in [
                    "委员会",
                    "工作计划",
                    "工作总结",
                    "工作要点",
                    "联合会",
                    "实施方案",
                    "工会",
                ] {
                    let joined = format!("{}|{}", pair[0], pair[1]);
                    for k in 1..w.chars().count() {
                        let split: String = w.chars().take(k).collect::<String>()
                            + "|"
                            + &w.chars().skip(k).collect::<String>();
                        assert!(!joined.contains(&split), "{w} split in {l:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn numbers_are_never_split_even_when_long() {
        let t = "工会2025年至2027年三年行动计划与2027年度重点工作任务分解方案";
        let l = lines(t, "");
        assert_eq!(l.concat(), t);
        for s in &l {
            assert!(width(s) <= TITLE_FIT, "{l:?}");
        }
        for pair in l.windows(2) {
            let a = pair[0].chars().last().unwrap();
            let b = pair[1].chars().next().unwrap();
            assert!(!(a.is_ascii_digit() && b.is_ascii_digit()), "{l:?}");
            assert!(!(a.is_ascii_digit() && b == '年'), "{l:?}");
        }
    }

    #[test]
    fn hostile_titles_still_break_and_lose_nothing() {
        let digits = "1".repeat(500);
        let l = lines(&digits, "");
        assert_eq!(l.concat(), digits);
        assert!(l.iter().all(|s| width(s) <= TITLE_FIT));
        let han = "工".repeat(1000);
        let l = lines(&han, "");
        assert_eq!(l.concat(), han);
        assert!(l.iter().all(|s| width(s) <= TITLE_FIT));
        let mixed = "工会,2027(年)工作计划《》“”".repeat(30);
        let l = lines(&mixed, "工会");
        assert_eq!(l.concat(), mixed);
        let wide = "\u{1F600}".repeat(50);
        assert_eq!(lines(&wide, "").concat(), wide);
    }

    #[test]
    fn latin_words_break_at_spaces() {
        let l = lines("Annual Work Plan of the Staff Union Committee 2027", "");
        assert!(l.iter().all(|s| width(s) <= TITLE_FIT), "{l:?}");
        for s in &l {
            assert!(!s.starts_with(' ') && !s.ends_with(' '));
        }
        assert_eq!(
            l.join(" "),
            "Annual Work Plan of the Staff Union Committee 2027"
        );
    }
}
