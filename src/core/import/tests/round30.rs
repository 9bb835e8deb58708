//! Forms met in the thirtieth round: an untitled report spoken to a
//! committee whose text opens on the year gone by after its salutation
//! (`各位委员:过去一年,…`), and a flattened copy's heading whose text, after
//! a space, opens on a clause of role (`… 作为基层工会,我们…`).

use super::*;
use crate::core::model::Kind;

#[test]
fn a_report_opening_on_the_year_gone_by_after_a_salutation_is_a_summary() {
    let p = import(
        "各位代表、同志们: 过去一年,全区各级工会紧紧围绕中心工作,团结动员职工建功立业,服务职工的体系不断完善。新的一年,各级工会要继续做好服务职工工作,把各项任务落到实处。\n",
    )
    .plan;
    assert_eq!(p.kind, Kind::Summary);
    // no salutation: nothing decides it from these words
    let p = import(
        "新的一年,各级工会要继续做好服务职工工作,把各项任务落到实处,团结动员职工建功立业。\n",
    )
    .plan;
    assert_ne!(p.kind, Kind::Summary);
}

#[test]
fn a_role_clause_after_a_space_begins_a_flattened_headings_text() {
    let p = import(
        "某某中心工会工作总结 今年,我们中心工会在上级工会的指导下,围绕中心工作开展了多项活动,取得了一定的成效。现将工作总结如下: 一、丰富文体活动,增进职工交流 在过去的一年里,我们组织了球类比赛和登山活动,职工参与面广,大家在活动中增进了了解。同时还举办了读书分享会,丰富了职工的业余生活。 二、关心职工生活,做好帮扶工作 工会是职工的家,我们走访慰问了生病住院的职工,为困难职工送去了慰问金,让职工感受到组织的温暖。全年共走访职工家庭二十余户,发放慰问金一万余元,并为职工子女办理了助学补助。 三、加强自身建设,提升服务水平 作为基层工会,我们要坚持\n",
    )
    .plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(
        heads
            .iter()
            .any(|h| h.trim_end() == "加强自身建设，提升服务水平"
                || h.trim_end() == "加强自身建设,提升服务水平"),
        "headings: {heads:?} guiding: {}",
        p.guiding
    );
}
