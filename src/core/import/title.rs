//! The title at the top: how many of the first lines it takes, and what it
//! says: the kind (计划, 总结, 要点, 总结暨计划), the year, the organisation;
//! and the organisation type from the organisation's name. Input: the clean
//! lines (`lines`); output: a `Title`, the body being the lines after it.

use super::dates::{find_placeholder_year, find_year};
use super::headline::before_dash;
use super::labels::parse_label;
use super::months::parse_month_line;
use super::normalise::{
    char_len, fold, has_sentence_punct, is_space, norm_heading, strip_pinyin, trim, FW_COLON,
    FW_COMMA, FW_LPAREN, FW_RPAREN,
};
use super::parts::special_of;
use crate::core::model::{Kind, Plan};

/// What the title says.
pub(super) struct Title {
    /// The title line(s) as found (empty: no title).
    pub(super) lines: Vec<String>,
    /// The kind its words name.
    pub(super) kind: Option<Kind>,
    /// The year it names.
    pub(super) year: Option<i32>,
    /// No year, but a placeholder one (`20xx年`).
    pub(super) placeholder_year: bool,
    /// The organisation before (or after) the year.
    pub(super) organization: String,
}

/// Reads the title lines found by `detect_title`.
pub(super) fn read_title(lines: &[&str]) -> Title {
    let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let flat: String = lines.concat();
    let year = super::title_lead_year::lead_year(&flat)
        .or_else(|| find_year(&flat).map(|(y, _, _)| y))
        .or_else(|| bare_year(&flat));
    Title {
        kind: kind_from_title(&lines.join("\n")),
        year,
        placeholder_year: year.is_none() && find_placeholder_year(&flat).is_some(),
        organization: org_from_title(&flat),
        lines,
    }
}

/// A year without 年 in a title: at its start (`2016中学工会工作计划`) or
/// after the organisation (`工会2023工作年终总结`): four digits standing
/// alone, followed by a Han character that is no unit of a count or a
/// number (`2023号`, `2000元`, `2020届`).
fn bare_year(t: &str) -> Option<i32> {
    let cs: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let n = cs[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            i += 1;
            continue;
        }
        let next = cs.get(i + n).copied();
        let y: Option<i32> = cs[i..i + n].iter().collect::<String>().parse().ok();
        let unit = next.is_some_and(super::title_lead_year::count_unit);
        let han = next.is_some_and(|c| ('\u{3400}'..='\u{9fff}').contains(&c));
        if let Some(y) = y.filter(|y| n == 4 && (1949..=2199).contains(y) && han && !unit) {
            return Some(y);
        }
        i += n;
    }
    None
}

impl Title {
    /// A new plan holding the title, its year (if any) and organisation.
    pub(super) fn start_plan(&self) -> Plan {
        let mut plan = Plan {
            title: self.lines.join("\n"),
            ..Plan::default()
        };
        if let Some(y) = self.year {
            plan.year = y;
        }
        plan.organization = self.organization.clone();
        plan
    }

    /// The note on a text without a title.
    pub(super) fn note(&self) -> Option<String> {
        self.lines.is_empty().then(|| {
            "原文没有标题，导出时会按单位、年份和类型自动生成，可在“基本信息”里修改。".into()
        })
    }
}

pub(super) use super::title_words::{PLAN_ENDINGS, SITE_SUFFIXES, TITLE_ENDINGS};

fn title_ending(line: &str) -> bool {
    let mut n = norm_heading(&strip_pinyin(line));
    // a printed title's last word spread with spaces (`选  举  办  法`)
    n.retain(|c| !is_space(c));
    // 王某某:在某某代表大会上的报告 (a speaker before the report's title)
    if let Some(t) = speaker_title(&n) {
        n = t.to_string();
    }
    // 某某工会2023年工作总结:亮点与不足
    if let Some(k) = n.find([':', FW_COLON]) {
        n.truncate(k);
    }
    // 某某工会2025年工作计划(草案)
    if n.ends_with([')', FW_RPAREN]) {
        if let Some(k) = n.rfind(['(', FW_LPAREN]) {
            n.truncate(k);
        }
    }
    ends_on_title_word(&n)
        // 在某某工会全委会上的讲话: a speech at a meeting
        || (n.starts_with('在') && meeting_speech(&n))
        // 某某工会主席作2009年度工会工作报告-围绕中心 服务大局: a news
        // line's report title, a dash and the report's motto
        || before_dash(&n).is_some_and(ends_on_title_word)
}

/// The end of a speech title given at a meeting: `…上的讲话`, `…上的发言`,
/// or with a word of its kind between (`…上的汇报发言`, `…上的表态发言`).
fn meeting_speech(n: &str) -> bool {
    let Some(rest) = ["讲话", "發言", "发言", "講話"]
        .iter()
        .find_map(|w| n.strip_suffix(w))
    else {
        return false;
    };
    // the few characters before the speech word (bounded, not the line)
    let tail: String = {
        let cs: Vec<char> = rest.chars().rev().take(4).collect();
        cs.into_iter().rev().collect()
    };
    [
        "上的",
        "上的汇报",
        "上的交流",
        "上的表态",
        "上的典型",
        "上的匯報",
    ]
    .iter()
    .any(|w| tail.ends_with(w))
}

/// A folded title that ends on a title word, after a site's suffix or a
/// year written after it; or a notice's title.
pub(super) fn ends_on_title_word(n: &str) -> bool {
    // a document site's `…工作总结范文`
    let n = SITE_SUFFIXES
        .iter()
        .find_map(|w| n.strip_suffix(w))
        .unwrap_or(n);
    let n = without_trailing_year(n);
    TITLE_ENDINGS.iter().any(|e| n.ends_with(e))
        // 某某工会关于开展某某活动的通知: a notice names its business
        || (n.ends_with("的通知") && n.contains("关于"))
        || super::title_account::account(n)
}

/// A year or a placeholder year written after the title word
/// (`…工作总结2023`, `…工作总结20_`, `…工作计划20xx`) left out.
fn without_trailing_year(n: &str) -> &str {
    let year_char = |c: char| {
        c.is_ascii_digit() || matches!(c, 'x' | 'X' | '_' | '\u{ff3f}' | '*' | '×' | '某')
    };
    let t = n.trim_end_matches(year_char);
    let token = &n[t.len()..];
    let before_han = t
        .chars()
        .last()
        .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if (3..=4).contains(&char_len(token)) && token.starts_with(['1', '2']) && before_han {
        t
    } else {
        n
    }
}

/// Words of a period around the organisation's name in a title
/// (`市总工会上半年…`, `上半年工会…`, `学校工会下学期…`) left out.
fn without_period(org: &str) -> &str {
    const PERIODS: [&str; 8] = [
        "上半年",
        "下半年",
        "上学期",
        "下学期",
        "学年度",
        "本学期",
        "第一季度",
        "年度",
    ];
    let mut o = org;
    while let Some(r) = PERIODS.iter().find_map(|p| o.strip_suffix(p)) {
        o = trim(r);
    }
    while let Some(r) = PERIODS.iter().find_map(|p| o.strip_prefix(p)) {
        o = trim(r);
    }
    o
}

/// `王某某:在某某代表大会上的报告`: a speaker's name (two to four
/// characters) and a colon before a title that begins with 在; the title.
fn speaker_title(l: &str) -> Option<&str> {
    let (a, b) = l.split_once([':', FW_COLON])?;
    let a = trim(a);
    let b = trim(b);
    let speaker = (2..=4).contains(&char_len(a))
        && a.chars().all(|c| ('\u{3400}'..='\u{9fff}').contains(&c))
        && b.starts_with('在');
    // 2015年会员周年大会:主席工作报告 (the meeting, then the report made there)
    let meeting = char_len(a) <= 20
        && char_len(b) <= 16
        && ["大会", "会议", "年会"]
            .iter()
            .any(|w| fold(a).ends_with(w));
    ((speaker || meeting) && !has_sentence_punct(a) && !has_sentence_punct(b)).then_some(b)
}

pub(super) fn title_like(l: &str) -> bool {
    char_len(l) <= 60
        && (!has_sentence_punct(l) || subtitled(l) || motto(l) || speaker_title(l).is_some())
        && parse_label(l).is_none()
        && parse_month_line(l).is_none()
}

/// `2023年工会工作总结:亮点与不足`: a title, a colon, a short subtitle.
fn subtitled(l: &str) -> bool {
    let Some((a, b)) = l.split_once([':', FW_COLON]) else {
        return false;
    };
    char_len(l) <= 50
        && title_ending(a)
        && !trim(b).is_empty()
        && !has_sentence_punct(a)
        && !has_sentence_punct(b)
}

/// `全面履行工会职责,大力推进学校工作`: a motto main title, two short
/// phrases and one comma (the formal title after it, on the same line or
/// the next); a clause of purpose or of time (`为…,` `今年…,`) is none.
fn motto(l: &str) -> bool {
    let mut parts = l.split([',', FW_COMMA]);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let (a, b) = (trim(a), trim(b));
    let f = fold(a);
    (4..=16).contains(&char_len(a))
        && char_len(b) >= 4
        && !has_sentence_punct(a)
        && !has_sentence_punct(b)
        && ![
            "为", "根据", "按照", "在", "经", "现", "我", "今年", "本", "同志", "各",
        ]
        .iter()
        .any(|w| f.starts_with(w))
}

/// A named part's heading (`工作思路`, `工作目标`) is no title, unless it
/// names the union (`学校工会工作思路`).
fn part_heading(l: &str) -> bool {
    special_of(l).is_some() && !fold(l).contains("工会")
}

/// How many of the first lines are the title (0, 1 or 2).
pub(super) fn detect_title(lines: &[&str]) -> usize {
    let Some(l0) = lines.first() else { return 0 };
    let l1 = lines.get(1).copied().filter(|l| title_like(l));
    // `…--工会办:…` over a paragraph (`title_news`)
    if super::title_news::union_after_dash(l0, lines.get(1).copied())
        || super::title_echo::headline_restated(l0, lines.get(1).copied())
    {
        return 1;
    }
    // `…,2021年新区工青妇要这样做!` (`title_exclaim`)
    if super::title_exclaim::exclaimed(l0, lines.get(1).copied()) {
        return 1;
    }
    if !title_like(l0) || part_heading(l0) {
        return 0;
    }
    // a main title over up to four lines (40 characters at most, or one
    // line of a motto's spaced phrases), then its subtitle `——在…上的报告`
    let subtitle = lines.iter().take(5).position(|l| {
        (l.starts_with("——") || l.starts_with('—')) && title_ending(l) && char_len(l) <= 60
    });
    if let Some(k) = subtitle.filter(|k| *k >= 1) {
        if lines[..k]
            .iter()
            .all(|l| title_like(l) && !part_heading(l) && (k == 1 || char_len(l) <= 40))
        {
            return k + 1;
        }
    }
    // a cover page's title broken over short lines, then the title again
    // on a line of its own (`公司工会五一劳动` / `节员工活动策划方` / `案` /
    // `公司工会五一劳动节员工活动策划方案`): the broken lines are the title,
    // the whole one the first line of the text
    if let Some(k) = broken_cover(lines) {
        return k;
    }
    // a text layer's title written twice, the second copy opening the next
    // line (`reflow` set them apart)
    if char_len(l0) >= 8 && lines.get(1).is_some_and(|l| l.starts_with(l0)) {
        return 1;
    }
    if title_ending(l0) {
        // a bracketed note on the line under the title (`(试行)`, `（草案）`)
        if lines
            .get(1)
            .is_some_and(|l| bracket_note(l) || super::title_serial::serial_note(l))
        {
            return 2;
        }
        if let Some(l1) = l1 {
            // 某某工会2006年工作总结 / 及2007年工作计划
            if l1.starts_with(['暨', '及', '和', '与', '并'])
                || l1.starts_with("——")
                || l1.starts_with('—') && char_len(l1) > 2
            {
                return 2;
            }
        }
        return 1;
    }
    // `关于开展…的` / `通   知`: the title's last word on the next line
    if lines
        .get(1)
        .is_some_and(|l| super::title_split::split_word(l0, l))
    {
        return 2;
    }
    // `关于组织开展…“最美教师”` / `选树活动的通知` (`title_notice_wrap`)
    if lines
        .get(1)
        .is_some_and(|l| super::title_notice_wrap::wrapped(l0, l))
    {
        return 2;
    }
    if char_len(l0) <= 30 {
        if let Some(l1) = l1 {
            if title_ending(l1) && !part_heading(l1) {
                return 2;
            }
        }
    }
    usize::from(
        headline(l0, lines.get(1).copied())
            || super::title_motto::spaced_motto(l0, lines.get(1).copied())
            || super::title_year_head::over_year_opening(l0, lines.get(1).copied()),
    )
}

/// A short bracketed note alone on a line (`(试行)`, `（征求意见稿）`): up
/// to eight characters inside, no punctuation, no pinyin.
fn bracket_note(l: &str) -> bool {
    let t = l.trim();
    let inner = t
        .strip_prefix(['(', '（'])
        .and_then(|r| r.strip_suffix([')', '）']));
    inner.is_some_and(|i| {
        (2..=8).contains(&char_len(i)) && i.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
    })
}

/// A news or article headline naming the union over the text
/// (`某某工会抓好三件实事促进和谐`): 10 to 30 characters without a comma,
/// then a paragraph of sentences.
fn headline(l0: &str, next: Option<&str>) -> bool {
    let f = fold(l0);
    (10..=30).contains(&char_len(l0))
        && f.contains("工会")
        && !l0.contains([',', FW_COMMA, '、'])
        && next.is_some_and(|n| char_len(n) > 60 && has_sentence_punct(n))
}

/// How many short lines at the top, joined, make the next line (2 to 4).
fn broken_cover(lines: &[&str]) -> Option<usize> {
    let mut joined = String::new();
    for (k, l) in lines.iter().take(5).enumerate() {
        if k >= 2 && joined == *l && title_ending(l) {
            return Some(k);
        }
        if char_len(l) > 20 || !title_like(l) {
            return None;
        }
        joined.push_str(trim(l));
    }
    None
}

fn kind_from_title(t: &str) -> Option<Kind> {
    let f = fold(&strip_pinyin(t));
    if let Some(p) = f.find("总结") {
        let after = &f[p..];
        // `…工作计划总结` names both (a site's label over either): the body
        // decides (`facts`)
        if f.contains('暨')
            || f[..p].ends_with("计划")
            || PLAN_ENDINGS
                .iter()
                .chain(["要点"].iter())
                .any(|w| after.contains(w))
            || super::title_forward::forward(&f[..p], after)
        {
            return Some(Kind::SummaryAndPlan);
        }
        return Some(Kind::Summary);
    }
    // `上半年工作汇报提纲及下半年工作安排`: a report on the work done, then
    // the plan for what follows
    if let Some((a, b)) = f.split_once(['及', '暨']) {
        if ["汇报", "报告", "情况", "回顾"]
            .iter()
            .any(|w| a.contains(w))
            && ["计划", "打算", "思路", "设想", "安排", "规划", "要点"]
                .iter()
                .any(|w| b.contains(w))
        {
            return Some(Kind::SummaryAndPlan);
        }
    }
    // `…创新和重点工作安排`: the year's key points
    if f.contains("要点") || f.contains("重点工作") {
        return Some(Kind::KeyPoints);
    }
    // a notice of work or activities (`关于开展…的通知`) sets out a plan
    if [
        "计划",
        "思路",
        "打算",
        "设想",
        "安排",
        "规划",
        "方案",
        "通知",
        "工作意见",
        "责任书",
    ]
    .iter()
    .any(|w| f.contains(w))
    {
        return Some(Kind::Plan);
    }
    // a union's 工作报告 (to a congress, on a term), a 工作纪实 (an account
    // of the year) and a 工作汇报 (to the level above, also written up as 汇报材料) report on work done,
    // as does a 汇报发言 given at a meeting, and a model unit's 工作交流 on its year
    if f.contains("工作报告")
        || f.contains("工作交流")
        || super::title_account::account(&f)
        || f.ends_with("报告")
        || f.ends_with("纪实")
        || f.ends_with("汇报")
        || f.ends_with("汇报材料")
        || f.ends_with("经验材料")
        || f.ends_with("信息材料")
        || f.ends_with("汇报发言")
        || f.ends_with("匯報發言")
    {
        return Some(Kind::Summary);
    }
    None
}

/// Organisation from the title: the text before the year (or before the
/// placeholder year, or before the kind words when there is no year).
fn org_from_title(t: &str) -> String {
    let kind_words = [
        "年度工作",
        "工作计划",
        "工作总结",
        "工作要点",
        "工作思路",
        "工作打算",
        "工作设想",
        "工作安排",
        "工作规划",
    ];
    let year = find_year(t).map(|(_, s, e)| (s, e));
    let cut = year
        .map(|(s, _)| s)
        .or_else(|| find_placeholder_year(t))
        .or_else(|| {
            let f = fold(t);
            kind_words.iter().filter_map(|w| f.find(w)).min()
        });
    let Some(cut) = cut.filter(|c| t.is_char_boundary(*c)) else {
        return String::new();
    };
    let clean = |s: &str| -> String {
        let s = trim(s);
        let s = s.strip_prefix("关于").unwrap_or(s);
        let s = s.trim_end_matches(['(', FW_LPAREN, '《', '“', ',', FW_COMMA, '、', '-', '—']);
        trim(without_period(trim(s))).to_string()
    };
    let org = clean(&t[..cut]);
    if !org.is_empty() {
        return org;
    }
    // 2025年度实验小学工会工作计划: the name follows the year
    let Some((_, end)) = year else { return org };
    let after = t.get(end..).unwrap_or("");
    let after = trim(after);
    let after = ["学年度", "学年", "年度", "年"]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after);
    let stop = after
        .find("工作")
        .or_else(|| after.find("的"))
        .unwrap_or(after.len());
    let org = clean(after.get(..stop).unwrap_or(""));
    if org == "工会" || org.chars().count() < 2 {
        String::new()
    } else {
        org
    }
}

pub(super) fn org_type_of(org: &str) -> &'static str {
    let has = |ws: &[&str]| ws.iter().any(|w| org.contains(w));
    if has(&[
        "学校",
        "小学",
        "中学",
        "大学",
        "学院",
        "幼儿园",
        "教育",
        "一中",
        "二中",
        "职校",
        "实验校",
    ]) {
        "school"
    } else if has(&["医院", "卫生", "疾控", "妇幼", "保健"]) {
        "medical"
    } else if has(&["街道", "社区", "乡镇", "镇总工会"]) {
        "community"
    } else if has(&["公司", "集团", "厂", "企业", "银行", "矿"]) {
        "enterprise"
    } else if has(&[
        "机关",
        "局",
        "委员会办公室",
        "政府",
        "人大",
        "政协",
        "法院",
        "检察院",
        "厅",
    ]) {
        "organ"
    } else if has(&["研究所", "研究院", "中心", "馆", "站"]) {
        "institution"
    } else {
        ""
    }
}
