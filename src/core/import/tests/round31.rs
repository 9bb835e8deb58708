//! Forms met in the thirty-first round: a speech title with a word of its
//! kind before 发言 (`…会上的汇报发言`), and short heading lines of two
//! phrases with a comma between.

use super::*;
use crate::core::model::Kind;

#[test]
fn a_report_speech_at_a_meeting_is_the_title() {
    let p = import(
        "在某某区职工技能提升推进会上的汇报发言\n各位领导,同志们:\n今年以来,区总工会围绕职工技能提升做了一些工作,现汇报如下。\n一、搭建练兵平台,推动技能比武常态化\n全年举办技能比武十二场。\n",
    )
    .plan;
    assert_eq!(p.title, "在某某区职工技能提升推进会上的汇报发言");
    // a report on the work done
    assert_eq!(p.kind, Kind::Summary);
    // a sentence that merely ends on 发言 is no title
    let q = import("会上,各分会主席依次作了交流发言\n一、搭建练兵平台\n全年举办技能比武十二场。\n")
        .plan;
    assert_eq!(q.title, "");
}

#[test]
fn heading_lines_of_two_phrases_with_a_comma_are_read() {
    let p = import(
        "这个季度,我们分会围绕职工的需要办了几件实事,大家反映良好。\n勤学苦练,提升本领\n分会请来技术骨干为青年职工讲解操作要领,组织了三场岗位练兵。\n走访慰问,传递温暖\n节日前夕,分会走访了生病住院的职工,送去慰问品和大家的问候。\n",
    )
    .plan;
    let heads: Vec<String> = p.sections.iter().map(|s| s.heading.clone()).collect();
    assert_eq!(heads, ["勤学苦练，提升本领", "走访慰问，传递温暖"]);
}
