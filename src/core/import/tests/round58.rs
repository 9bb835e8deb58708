//! Forms met in the fifty-eighth round (grassroots, regional and
//! new-form-of-work union texts): a title that names the summary first and
//! ends on `…计划总结报告`; a first sentence that cites a plan in `《…》`; a
//! PDF text layer's spaces around a lone placeholder letter in a flattened
//! part's first sentence; a WeChat review under an exclaimed headline, its
//! parts headed by two-line couplets over rule lines.

use super::*;

#[test]
fn a_title_naming_the_summary_first_and_then_the_plan_is_combined() {
    let t = "某某街道 2027 年工作总结和 2028 年工作计划总结报告\n2027 年,街道工会在党工委的领导下,较好地完成了全年各项任务。现将工作总结如下。\n一、2027 年工作总结\n全年新建工会十二个,发展会员八百余人。\n";
    let p = import(t).plan;
    assert_eq!(p.kind, Kind::SummaryAndPlan, "{p:#?}");
    // a site's `…工作计划总结` over the work done only stays a summary
    let t = "某某社区工会工作计划总结\n今年社区工会做了以下工作,现总结如下。\n一、组织建设\n全年新建工会三个,发展会员一百余人。\n";
    assert_eq!(import(t).plan.kind, Kind::Summary);
}

#[test]
fn a_first_sentence_citing_a_plan_in_book_quotes_is_no_title() {
    let t = "为了深入贯彻《某某省工会推进集体协商三年工作规划(2027-2029年)》,落实市委的要求,切实维护职工合法权益,根据我市实际,特制定本规划。\n一、指导思想\n以构建和谐劳动关系为主线,推动区域和行业集体协商。\n二、目标任务\n到2029年底基本实现已建工会企业普遍开展集体协商。\n";
    let p = import(t).plan;
    assert_eq!(p.title, "", "{p:#?}");
    assert!(p.guiding.starts_with("为了深入贯彻《"), "{p:#?}");
}

#[test]
fn a_flattened_part_runs_on_past_a_spaced_placeholder_into_its_year() {
    let body = "这一年,我们坚持党建引领,健全各项制度,推动园区工会联合会建设,各项工作取得新进展。"
        .repeat(4);
    let t = format!("某某部 2027 年工作总结和 X 年工作计划 2027 年,X 区群团工作部在区委的领导下扎实做好各项工作。现总结如下。一、2027 年工作总结2027 年是 X 区挂牌成立以来的第一个完整年,是极其关键的一年。{body}二、X 年工作计划{body}");
    let p = import(&t).plan;
    assert_eq!(p.sections[0].heading, "2027 年工作总结", "{p:#?}");
    assert!(p.sections[0].body.starts_with("2027 年是 X 区"), "{p:#?}");
}

#[test]
fn a_wechat_review_keeps_its_headline_and_its_couplet_headings() {
    let para = "今年以来,区总工会在党工委的领导下,主动作为,为全区发展发挥了积极作用。";
    let t = format!(
        "乘风破浪,2027年某区工青妇这样干!\n\n时光飞逝,转眼又是一年\n\n一起来看看吧\n\n▼▼▼\n\n{para}\n\n夯实基层基础\n\n组织覆盖扩面\n\n_\n\n{para}\n\n服务职工群众\n\n关爱送到身边\n\n_\n\n{para}\n"
    );
    let imp = assert_lossless(&t);
    let p = &imp.plan;
    assert_eq!(p.title, "乘风破浪，2027年某区工青妇这样干！", "{p:#?}");
    assert_eq!(
        headings(p),
        ["夯实基层基础 组织覆盖扩面", "服务职工群众 关爱送到身边"],
        "{p:#?}"
    );
}
