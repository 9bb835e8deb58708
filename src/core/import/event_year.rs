//! The year of a notice, of rules (`…办法`, `…细则`) or of one event's 方案
//! signed late in a year: its own, not the next (`…运动会方案` signed `2021年10月22日` for a day four
//! days on; `关于…的通知` signed in December), where a year's plan signed
//! from October on is the next year's. Input: the title's lines; output:
//! whether the title names such a document. Looks at the title's last ten
//! characters. A notice whose title the copy lost (it starts at the 文号 or
//! the salutation) is known by its closing line `特此通知` (`closes_as_notice`).

use super::normalise::fold;

/// Words such a title ends on (compared folded).
const EVENT_ENDS: [&str; 12] = [
    "的通知",
    // rules and measures take the year they are issued in
    "办法",
    "细则",
    "条例",
    "章程",
    "规定",
    "活动方案",
    "比赛方案",
    "运动会方案",
    "比赛规程",
    "竞赛规程",
    "公告",
];

/// A notice's or one event's title.
pub(super) fn event_title(lines: &[String]) -> bool {
    // (spaces left out: a printed title spreads its last word, `办  法`)
    let flat: String = lines
        .iter()
        .flat_map(|l| l.chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let cs: Vec<char> = flat.chars().collect();
    let tail: String = cs[cs.len().saturating_sub(10)..].iter().collect();
    let f = fold(&tail);
    // (a bracketed serial number or note after the word: `公告(第1号)`)
    let f = match f.rfind(['(', '（']) {
        Some(k) if f.ends_with([')', '）']) => f[..k].to_string(),
        _ => f,
    };
    EVENT_ENDS.iter().any(|w| f.ends_with(w))
}

/// A notice known by its closing formula: a line of its own `特此通知`
/// (`特此通告`, `特此公告`), the words a notice ends on before its
/// signature. For an untitled copy (`地大工字〔2017〕34号` / `各分工会委员会:`
/// … `特此通知` / the union / `2017年11月27日`), whose signature late in the
/// year would otherwise make it next year's plan. Input: the body's text;
/// looks for `特此` first, then at the lines holding it.
pub(super) fn closes_as_notice(body: &str) -> bool {
    body.contains("特此")
        && body.lines().any(|l| {
            let l = l.trim().trim_end_matches(['。', '.', '!', '！']);
            matches!(l, "特此通知" | "特此通告" | "特此公告")
        })
}

#[cfg(test)]
mod tests {
    use super::{closes_as_notice, event_title};

    #[test]
    fn a_notice_is_known_by_its_closing_line() {
        assert!(closes_as_notice(
            "各分工会委员会:\n请于12月26日前报送。\n特此通知\n"
        ));
        assert!(closes_as_notice("……\n特此通知。"));
        // the words inside a sentence are not the closing line
        assert!(!closes_as_notice("特此通知各单位做好准备工作。\n"));
        assert!(!closes_as_notice("2018年工作要点\n一、……"));
    }

    fn t(s: &str) -> Vec<String> {
        s.lines().map(str::to_string).collect()
    }

    #[test]
    fn notices_and_event_plans_name_their_own_year() {
        assert!(event_title(&t("某某中学教职工趣味运动会方案")));
        assert!(event_title(&t("关于开展送温暖活动的通知")));
        assert!(event_title(&t("某某学校工会公告\n（第1号）")));
        assert!(event_title(&t("工会帮扶资金管理办法")));
        // a year's plan is not
        assert!(!event_title(&t("某某学校工会工作计划")));
        assert!(!event_title(&t("职工之家建设实施方案")));
    }
}
