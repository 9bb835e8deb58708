//! `facts`' rule for an untitled account of a union's work: results told
//! as achieved (`获得了广泛认可`, `起到了积极的作用`) in a body that says
//! nothing of intention (no modal `要`, no `将`, `力争`, `计划` …), as an
//! organisation's page on its union reads.

/// What the result is, within a dozen characters after `了`.
const RESULTS: [&str; 7] = ["认可", "作用", "成绩", "成效", "好评", "效果", "进展"];
/// Words of intention (a plan's); the modal `要` is told apart below.
const INTENT: [&str; 7] = ["将", "力争", "争取", "计划", "打算", "拟", "今后"];

/// At least one result told as achieved (`…得了/到了/挥了…` and a result
/// word in the next dozen characters) and no word of intention anywhere in
/// `text` (folded), which is at least 150 characters long.
pub(super) fn achieved_without_intent(text: &str) -> bool {
    let cs: Vec<char> = text.chars().collect();
    if cs.len() < 150 || INTENT.iter().any(|w| text.contains(w)) || modal_yao(&cs) {
        return false;
    }
    (1..cs.len()).any(|i| {
        // a verb of result before `了` (`取得了`, `起到了`, `发挥了`)
        cs[i] == '了' && matches!(cs[i - 1], '得' | '到' | '挥' | '现' | '成' | '获') && {
            let next: String = cs[i + 1..].iter().take(12).collect();
            RESULTS.iter().any(|w| next.contains(w))
        }
    })
}

/// `要` used as a modal (`要坚持…`), not in a word (`要求`, `重要`,
/// `主要`, `需要`, `必要`, `要点`, `纪要`, `只要`, `首要`, `摘要`, `概要`).
fn modal_yao(cs: &[char]) -> bool {
    (0..cs.len()).any(|i| {
        cs[i] == '要'
            && !cs
                .get(i + 1)
                .is_some_and(|c| matches!(c, '求' | '点' | '素' | '闻' | '件'))
            && !(i > 0
                && matches!(
                    cs[i - 1],
                    '重' | '主' | '需' | '必' | '纪' | '只' | '首' | '摘' | '概' | '紧' | '想'
                ))
    })
}

#[cfg(test)]
mod tests {
    use super::achieved_without_intent;

    const DONE: &str = "在公司党委的领导下,机关工会围绕中心、服务大局,\
        深入开展各项工作,得到了职工的普遍认可。工会坚持民主管理,按照上级要求\
        组织职工参加培训,配合行政加强制度建设,提高管理水平。节日期间为职工\
        发放慰问品,为职工过集体生日,组织春游和观影活动。对生病住院职工、一线\
        职工和退休职工开展走访慰问,帮扶困难职工家庭。工会各项工作为单位的稳定\
        发展发挥了积极的作用。这是工会工作的重要内容。";

    #[test]
    fn results_told_as_achieved_with_no_intention_read_as_an_account() {
        assert!(achieved_without_intent(DONE));
    }

    #[test]
    fn a_plan_or_a_short_text_is_no_account() {
        // a word of intention anywhere
        let plan = format!("{DONE}明年工会将继续做好帮扶工作。");
        assert!(!achieved_without_intent(&plan));
        // the modal 要
        let plan = format!("{DONE}工会要坚持民主管理。");
        assert!(!achieved_without_intent(&plan));
        // too short to tell
        assert!(!achieved_without_intent("工会工作得到了职工认可。"));
    }
}
