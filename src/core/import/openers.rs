//! Words that begin a paragraph after a glued title (`reflow`'s
//! `title_ends_at`): words of time, clauses of purpose and first-person
//! subjects. Data only.

/// Words of time that begin a paragraph after a title (`…计划明年全区…`).
/// `在即将过去的xx年,…` and `在过去的一年里,…` open a clause of time too.
pub(super) const TIME_WORDS: [&str; 13] = [
    "今年",
    // the years ahead of a plan for several (`…主要任务今后三年,是…`)
    "今后",
    "明年",
    "去年",
    "本年",
    "一年来",
    "近年来",
    // `…情况汇报最近几年来,我市…`
    "近几年来",
    "最近几年来",
    "过去",
    "在过去",
    "在即将过去",
    "在刚刚过去",
];

/// Words of a school's term that open a sentence (`本学期,我校…`).
const TERM_WORDS: [&str; 5] = ["本学期", "新学期", "本学年", "新学年", "本年度"];

/// A word of time or of a term with a comma right after it (`本学期,`
/// `今年,`): a sentence's opening, which ends a glued title even when the
/// title names no union or year (`学校妇女工作计划本学期,我校…`).
pub(super) fn time_clause(after: &str) -> bool {
    TIME_WORDS.iter().chain(TERM_WORDS.iter()).any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|r| r.starts_with(['，', ',']))
    })
}

/// A clause of purpose that opens a 方案 or a notice after its title
/// (`…建设方案为认真贯彻…`, `…活动方案为了丰富…`, `…实施方案(试行)为更好地…`):
/// the text begins there even when the title names no union or year.
/// (`为仔细`: a site's copy with words swapped for near synonyms, 仔细 for
/// 认真, as such copies write 开展 for 发展.)
pub(super) const PURPOSE_OPENERS: [&str; 16] = [
    "为认真",
    "为仔细",
    "为进一步",
    "为深入",
    "为切实",
    "为全面",
    "为贯彻",
    "为加强",
    "为丰富",
    "为推动",
    "为推进",
    "为更好",
    "为促进",
    "为确保",
    "为营造",
    "为了",
];

/// First-person subjects that begin a paragraph after a title
/// (`…工作总结我乡小学教育工会…`), and a union's organs as the subject
/// (`…帮扶计划工会组织开展的…`).
pub(super) const SUBJECTS: [&str; 17] = [
    "工会组织",
    "工会委员会",
    "我们",
    "我乡",
    "我镇",
    "我校",
    "我局",
    "我院",
    "我会",
    "我区",
    "我县",
    "我市",
    "我厂",
    "我所",
    "我公司",
    "我单位",
    "本单位",
];

/// A masked name opening the text (`…经验材料xx经济开发区成立于…`,
/// `…经验材料××局现有…`): two or more mask characters, or `某某`, then a
/// Chinese character other than `年` (a masked year is a placeholder year).
/// Looks at the first few characters only.
pub(super) fn masked_name(after: &str) -> bool {
    let rest = after.strip_prefix("某某").unwrap_or_else(|| {
        let n = after
            .chars()
            .take_while(|c| matches!(*c, 'x' | 'X' | 'ｘ' | 'Ｘ' | '×'))
            .take(8)
            .count();
        if n >= 2 {
            &after[after.chars().take(n).map(char::len_utf8).sum::<usize>()..]
        } else {
            after
        }
    });
    rest.len() < after.len()
        && rest
            .chars()
            .next()
            .is_some_and(|c| ('\u{3400}'..='\u{9fff}').contains(&c) && c != '年')
}
