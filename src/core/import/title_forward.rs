//! Whether the words after a title's 总结 name work still to come, so that
//! the title names a summary and a plan (`facts` and `title` read the
//! kind from it): arrangements for a time to come (`…总结和下半年工作安排`;
//! a bare `工作安排` after a summary may be the work just done), or for a
//! year later than the one summed up (`2009年…总结及2010年工作安排意见`),
//! and the measures to come joined to the summary (`…全年总结及措施`).
//! Input: the folded title before 总结 and from 总结 on; looks at those
//! words only.

use super::dates::find_year;

/// Words of a time still to come.
const TO_COME: [&str; 7] = [
    "下半年",
    "明年",
    "下一年",
    "来年",
    "下阶段",
    "下一阶段",
    "下步",
];

pub(super) fn forward(before: &str, after: &str) -> bool {
    let arranged = after.contains("安排");
    let later_year = || {
        let year = |s: &str| find_year(s).map(|(y, _, _)| y);
        matches!((year(before), year(after)), (Some(a), Some(b)) if b > a)
    };
    let measures = ["及", "和", "暨"]
        .iter()
        .any(|c| after.contains(&format!("{c}措施")));
    (arranged && (TO_COME.iter().any(|w| after.contains(w)) || later_year())) || measures
}

#[cfg(test)]
mod tests {
    use super::forward;

    #[test]
    fn work_arranged_for_a_later_time_or_measures_to_come() {
        assert!(forward("某厂工会", "总结和下半年工作安排"));
        assert!(forward("某公司2015年工会工作", "总结及2016年工作安排意见"));
        assert!(forward("镇工会全年", "总结及措施"));
        // the work arranged in the year summed up
        assert!(!forward("某公司2015年工会", "总结及2015年工作安排"));
        assert!(!forward("某厂工会", "总结和工作安排"));
    }
}
