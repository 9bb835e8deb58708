//! Run-in headings (`runin`): the label's end found where the text
//! begins with a placeholder year, a plural or unit subject, the label's own
//! noun, or an opener after a space; and the kind under a `计划总结` title.

use super::super::runin::text_start;

fn split(s: &str) -> Option<(&str, &str)> {
    text_start(s).map(|k| s.split_at(k))
}

#[test]
fn a_placeholder_year_or_plural_subject_begins_the_text() {
    // a review heading with the year's sentence run on (`202_年是…`)
    assert_eq!(
        split("202_年度工作概况202_年是我们单位改革发展的关键之年,工会围绕大局做了大量工作。"),
        Some((
            "202_年度工作概况",
            "202_年是我们单位改革发展的关键之年,工会围绕大局做了大量工作。"
        ))
    );
    // a long two-phrase label, then `各级…要…` opening three clauses
    let s = "以全面贯彻上级会议精神为首要任务,推动全区工会各项工作上水平各级工会组织要深刻领会精神实质,把学习贯彻作为首要任务,以此指导实践。";
    let k = s.find("各级").unwrap();
    assert_eq!(split(s), Some(s.split_at(k)));
}

#[test]
fn a_units_name_or_an_opener_after_a_space_begins_the_text() {
    let at = |s: &'static str, w: &str| Some(s.split_at(s.find(w).unwrap()));
    // a unit's name as the subject after a label ending on 开展
    let s = "建立制度,健全组织,确保各项工作顺利开展公司一直把车间建设放在重要位置来抓。";
    assert_eq!(split(s), at(s, "公司"));
    // the label's own noun opening a sentence of work done
    let s = "以安全生产为中心,认真落实车间建设工作的各项规章制度车间严格执行了安全责任制,坚持了每周例会,落实了各项制度。";
    assert_eq!(split(s), at(s, "车间严格"));
    // after a long label and a space, an opener with a short text (the
    // copy ends)
    let s = "开展各种文娱活动,丰富职工的业余生活,加强单位精神文明建设 为了让大家";
    assert_eq!(split(s), at(s, "为了"));
    // `…工作的开展` is a noun: no label ends there
    assert_eq!(
        split("档案的规范化,为社区工会工作的开展作好了充分的准备。"),
        None
    );
}

#[test]
fn a_long_label_ending_on_its_duty_runs_into_a_ba_sentence() {
    let at = |s: &'static str, w: &str| Some(s.split_at(s.find(w).unwrap()));
    // `…的政治责任` then `把…放在首位,…,…。`
    let s = "强化使命意识,担负起团结带领全市机关干部职工建功立业的政治责任把职工思想引领放在首位,坚持正确方向,做好各项工作。";
    assert_eq!(split(s), at(s, "把职工"));
    // `把握` and `把关` are no openers
    let s = "强化使命意识,担负起团结带领全市机关干部职工建功立业的政治责任把握正确方向,坚持问题导向,做好各项工作。";
    assert_ne!(split(s), at(s, "把握"));
}

// ------------------------------------------- `计划总结` titles (`facts`)

#[test]
fn a_plan_summary_title_over_goals_and_measures_is_a_plan() {
    let text = "某某幼儿园工会工作计划总结\n\n具体目标与措施:\n\n一、积极参与民主管理,促进和谐校园建设。\n\n\
                目标:加强源头参与,发挥教工民主管理作用。\n\n措施:规范园务公开内容,拓展公开渠道。\n\n\
                二、提高教工素质,推动校园建设。\n\n目标:开展师德教育,提升教工素养。\n";
    let imp = super::assert_lossless(text);
    assert_eq!(imp.plan.kind, crate::core::model::Kind::Plan);
    // the same title over work done: a summary
    let text = "某某幼儿园工会工作计划总结\n一年来,我会认真履行职责,现将工作总结如下:\n\
                一、加强了组织建设\n全年发展会员30人,开展了活动5次,慰问了困难教工8人。\n";
    let imp = super::assert_lossless(text);
    assert_eq!(imp.plan.kind, crate::core::model::Kind::Summary);
}

#[test]
fn a_summary_part_heading_ends_before_a_year_opening_its_text() {
    // `…工作总结|2023年是…`: 总结 ends a part's heading
    assert_eq!(
        split("社区工会工作总结2023年是社区工会换届后的第一年,工会围绕中心开展了多项工作。"),
        Some((
            "社区工会工作总结",
            "2023年是社区工会换届后的第一年,工会围绕中心开展了多项工作。"
        ))
    );
}

#[test]
fn a_union_subject_after_a_long_label_or_a_short_sentence_after_a_drive_begins_the_text() {
    // a long two-phrase label ending on 机制, then a union as the subject
    let s = "健全基层组织网络,逐步建立完善会员民主参与和民主评议监督机制镇工会坚持从实际出发,先后修订了三项制度,落实了每季度例会,做到了有章可循。";
    let k = s.find("镇工会").unwrap();
    assert_eq!(split(s), Some(s.split_at(k)));
    // `和` before 工会 keeps it in the label's phrase
    let s = "健全基层组织网络,逐步建立完善会员民主参与和民主评议监督机制和工会小组联系制度,先后修订了三项制度,落实了每季度例会。";
    assert_eq!(split(s), None);
    // a label ending on 动力, then an unnumbered sub-heading with quotes
    let s = "强化队伍,在服务会员中激发内在动力抓好“职工小家”阵地建设。";
    let k = s.find("抓好").unwrap();
    assert_eq!(split(s), Some(s.split_at(k)));
}
