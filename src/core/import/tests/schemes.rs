//! Importer tests: schemes' own goals parts, notices under their own title,
//! and page chunks written with spaces for paragraph breaks (heldout20).

use super::*;

#[test]
fn a_numbered_competition_goal_is_the_goals_part() {
    let text = "某公司工会劳动竞赛方案\n为推动生产任务完成,制定本方案。\n一、指导思想\n以安全生产为中心。\n二、竞赛目标\n全面完成年度生产指标。\n三、竞赛内容\n比安全,比质量。";
    let p = import(text).plan;
    assert_eq!(p.goals, "全面完成年度生产指标。");
    assert_eq!(p.headings.goals.as_deref(), Some("竞赛目标"));
    // traditional as written
    let text = "某廠工會勞動競賽方案\n一、指導思想\n以安全生產為中心。\n二、競賽目標\n全面完成年度生產指標。\n三、競賽內容\n比安全,比質量。";
    let p = import(text).plan;
    assert_eq!(p.goals, "全面完成年度生產指標。");
}

#[test]
fn a_competition_goal_line_among_its_siblings_stays_in_its_part() {
    let text = "某公司工会劳动竞赛方案\n一、指导思想\n以安全生产为中心。\n二、竞赛范围、目标、内容\n竞赛范围:各车间班组。\n竞赛目标:安全无事故。\n竞赛内容:比安全,比质量。\n三、评比办法\n每月评比一次。";
    let p = import(text).plan;
    assert_eq!(p.goals, "");
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["竞赛范围、目标、内容", "评比办法"]);
}

#[test]
fn a_notice_under_its_own_two_line_title_signs_the_key_points() {
    let text = "关于印发《区机关工会\n2021年工作要点》的通知\n各基层工会:\n现将《区机关工会2021年工作要点》印发给你们,请认真贯彻执行。\n某某区机关工会委员会\n2021年3月2日\n区机关工会2021年工作要点\n2021年机关工会工作的总体要求是:服务职工,建功立业。\n一、加强思想引领\n组织职工学习。\n二、深化建功立业\n开展劳动竞赛。";
    let p = import(text).plan;
    assert_eq!(p.title, "区机关工会2021年工作要点");
    assert_eq!(p.signature.date.as_deref(), Some("2021-03-02"));
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(heads, ["加强思想引领", "深化建功立业"]);
}

#[test]
fn a_title_after_a_spaced_page_chunk_number_is_found() {
    let a = "各级工会大力推进建会工作,编印相关资料分发到各企业工会,广泛宣传。".repeat(3);
    let text = format!(
        "1、某县总工会上半年工作总结 一、上半年主要工作 (一)推进基层建会 1、普遍建会。{a}\n2、到6月底,全县新建工会十家。{a}"
    );
    let p = import(&text).plan;
    assert_eq!(p.title, "某县总工会上半年工作总结");
    assert_eq!(p.guiding, "");
}

#[test]
fn an_untitled_record_told_month_by_month_is_a_summary() {
    let text = "三月份:组织了女教工座谈会,发放了节日慰问品,开展了健身活动。\n四月份:举办了教工运动会,组织了退休教工春游,完成了会员登记。\n五月份:召开了教代会,评选了先进个人,慰问了生病教工。";
    assert_eq!(import(text).plan.kind, Kind::Summary);
    // the same months ahead: a plan
    let text = "三月份:组织女教工座谈会,发放节日慰问品,开展健身活动。\n四月份:举办教工运动会,组织退休教工春游,完成会员登记。\n五月份:召开教代会,评选先进个人,慰问生病教工。";
    assert_eq!(import(text).plan.kind, Kind::Plan);
}
