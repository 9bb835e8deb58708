//! Level-1 headings that each state a result reached (`工会教育职能得到新发挥`,
//! `民主管理机制有了新发展`, `为职工办实事取得新进展`): the parts of an
//! account of the work done, as a summary heads them, even under a site's
//! headline that calls it an arrangement (`林场工会工作安排`). A plan heads
//! its parts with what is to be done, or with a result to work towards
//! after a verb of effort (`推动…取得新进展`, `力争…`), which is not taken.
//! Input: the level-1 headings (folded); output: whether there are two or
//! more and every one ends on a result reached.

/// Verbs of result before `新` and a two-character noun at the end.
const REACHED: [&str; 5] = ["得到新", "有了新", "取得新", "迈上新", "上了新"];

/// Openings that make the result a target (a plan's goal heading).
const EFFORT: [&str; 10] = [
    "推动", "促进", "确保", "力争", "争取", "努力", "全力", "在", "使", "让",
];

/// Whether `heading` (folded) ends on a result reached and opens on no verb
/// of effort.
fn reached(heading: &str) -> bool {
    let h = heading
        .trim()
        .trim_end_matches(['。', '.', '．', '!', '！']);
    let cs: Vec<char> = h.chars().collect();
    if cs.len() < 7 || EFFORT.iter().any(|w| h.starts_with(w)) {
        return false;
    }
    let tail: String = cs[cs.len() - 5..].iter().collect();
    REACHED.iter().any(|w| tail.starts_with(w))
}

/// Two or more headings, every one of them a result reached.
pub(super) fn results_reached(headings: &[String]) -> bool {
    headings.len() >= 2 && headings.iter().all(|h| reached(h))
}

#[cfg(test)]
mod tests {
    use super::results_reached;

    fn v(hs: &[&str]) -> Vec<String> {
        hs.iter().map(|h| h.to_string()).collect()
    }

    #[test]
    fn headings_stating_results_reached_head_an_account() {
        assert!(results_reached(&v(&[
            "工会教育职能得到新发挥。",
            "民主管理机制有了新发展。",
            "为职工办实事、做好事取得新进展。",
        ])));
    }

    #[test]
    fn targets_one_heading_or_plain_tasks_are_not_results() {
        // a result to work towards after a verb of effort
        assert!(!results_reached(&v(&[
            "推动工会工作取得新进展",
            "力争职工素质有了新提高",
        ])));
        assert!(!results_reached(&v(&[
            "在服务大局上取得新突破",
            "工会组织得到新加强"
        ])));
        // one heading only
        assert!(!results_reached(&v(&["工会教育职能得到新发挥"])));
        // a plan's tasks
        assert!(!results_reached(&v(&[
            "工会教育职能得到新发挥",
            "加强民主管理",
        ])));
    }
}
