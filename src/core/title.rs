//! The suggested title: organisation + year + kind, one or two lines.

use super::model::{Kind, Plan};

/// `某某学校工会2025年工作计划`; a 总结暨明年计划 gets two lines
/// (`…2025年工作总结` / `暨2026年工作计划`). "工会" is added when the
/// organisation's name does not already contain it.
pub fn suggest(plan: &Plan) -> String {
    let org = plan.organization.trim();
    let union = if org.is_empty() || org.contains("工会") {
        ""
    } else {
        "工会"
    };
    let y = plan.year;
    match plan.kind {
        Kind::Plan => format!("{org}{y}年{union}工作计划"),
        Kind::Summary => format!("{org}{y}年{union}工作总结"),
        Kind::KeyPoints => format!("{org}{y}年{union}工作要点"),
        Kind::SummaryAndPlan => format!(
            "{org}{y}年{union}工作总结\n暨{}年工作计划",
            y.saturating_add(1)
        ),
    }
}

/// The title to print: the user's, or the suggestion when they left it empty.
pub fn effective(plan: &Plan) -> String {
    if plan.title.trim().is_empty() {
        suggest(plan)
    } else {
        plan.title.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestion_adds_union_only_when_missing() {
        let mut p = Plan::new(Kind::Plan, 2025);
        p.organization = "实验小学".into();
        assert_eq!(suggest(&p), "实验小学2025年工会工作计划");
        p.organization = "实验小学工会".into();
        assert_eq!(suggest(&p), "实验小学工会2025年工作计划");
    }

    #[test]
    fn combined_kind_has_two_lines() {
        let mut p = Plan::new(Kind::SummaryAndPlan, 2025);
        p.organization = "区机关工会".into();
        assert_eq!(suggest(&p), "区机关工会2025年工作总结\n暨2026年工作计划");
    }

    #[test]
    fn empty_title_falls_back_to_suggestion() {
        let mut p = Plan::new(Kind::Summary, 2024);
        p.organization = "某某".into();
        assert_eq!(effective(&p), "某某2024年工会工作总结");
        p.title = "自定标题".into();
        assert_eq!(effective(&p), "自定标题");
    }
}
