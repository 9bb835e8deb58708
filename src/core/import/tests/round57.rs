//! Forms met in the fifty-seventh round (2022–2026 texts shaped like
//! document copies): a document site's file name above the title, flattened
//! parts run on into `过去一年,…`, a federation as subject, a clause of role
//! or of purpose; a flattened title run into a sentence without a comma; a
//! part whose number the copy lost.

use super::*;

#[test]
fn a_file_name_line_over_the_title_is_the_sites() {
    let t = "某某小学工会2027年工作计划.docx\n\n某某小学工会2027年工作计划\n\n2027年学校工会将围绕学校中心工作开展各项活动。\n一、加强民主管理\n按时召开教代会。\n";
    let p = import(t).plan;
    assert_eq!(p.title, "某某小学工会2027年工作计划", "{p:#?}");
    assert_eq!(p.year, 2027);
}

#[test]
fn flattened_parts_end_before_a_word_of_time_or_a_federation() {
    let t = "某某总工会2027年工作总结及工作计划2027年是全市工会工作承前启后的一年,各级工会围绕中心、服务大局,较好地完成了全年各项任务。回顾一年来的工作,我们从以下三个方面进行了总结:一、凝聚职工,推动基层组织建设过去一年,各级工会新建基层组织十二个,发展会员八百余人,开展工会干部培训三期,基层工会的组织力和凝聚力进一步增强。二、维护权益,推进和谐劳动关系市总工会在过去一年中,办理劳动争议案件三十件,全部调处完毕,推动签订集体合同一百余份,职工的合法权益得到有效维护。三、服务职工,推动困难帮扶为推动困难帮扶工作落地,我们走访职工家庭二百户,发放帮扶资金四十万元,困难职工的生活得到改善。";
    let p = import(t).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        heads,
        [
            "凝聚职工，推动基层组织建设",
            "维护权益，推进和谐劳动关系",
            "服务职工，推动困难帮扶"
        ],
        "{p:#?}"
    );
}

#[test]
fn a_clause_of_role_after_two_phrases_begins_the_text() {
    let t = "某某中学工会工作总结\n一、主席带头学习,提高业务理论素养作为新任工会主席,我参加了区里组织的培训,收获很大。\n二、完善制度\n修订了工会各项制度。\n";
    let p = import(t).plan;
    assert_eq!(
        p.sections[0].heading, "主席带头学习，提高业务理论素养",
        "{p:#?}"
    );
}

#[test]
fn a_flattened_title_runs_into_a_sentence_without_a_comma() {
    let t = "某某局工会2027年工作总结工会工作得到了局党组和全体会员的大力支持。一、加强学习,提高素质全年组织学习十二次,会员参学率达到百分之九十以上。二、关心职工,办好实事全年走访慰问职工六十人次,发放慰问金两万元。";
    let p = import(t).plan;
    assert_eq!(p.title, "某某局工会2027年工作总结", "{p:#?}");
    assert_eq!(p.kind, Kind::Summary);
}

#[test]
fn a_topic_line_over_items_after_a_part_of_paragraphs_is_the_lost_part() {
    let t = "某某小学工会工作总结\n\n一、加强学习,提高素养\n\n本学期工会委员参加了区里的培训,收获很大。\n\n组织建设,完善教代会制度\n\n1、调整了工会小组长,明确了职责。\n\n2、召开了教代会,审议了学校的发展规划。\n";
    let p = import(t).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        heads,
        ["加强学习，提高素养", "组织建设，完善教代会制度"],
        "{p:#?}"
    );
    // a part whose own items a topic line leads is no lost part
    let sub = "某某小学工会工作总结\n\n一、加强学习,提高素养\n\n1、参加了区里的培训。\n\n组织建设,完善教代会制度\n\n1、调整了工会小组长,明确了职责。\n\n二、关心职工\n\n走访职工二十人次。\n";
    let p = import(sub).plan;
    assert_eq!(p.sections.len(), 2, "{p:#?}");
    // nor one before the next number in sequence
    let seq = t.replace(
        "2、召开了教代会,审议了学校的发展规划。\n",
        "2、召开了教代会。\n\n二、关心职工\n\n走访职工二十人次。\n",
    );
    assert_eq!(import(&seq).plan.sections.len(), 2);
}

#[test]
fn a_flattened_topic_glued_to_its_first_item_is_the_lost_part() {
    let t = "某某小学工会工作总结一、加强学习,提高素养本学期工会委员参加了区里组织的培训,大家收获很大,工作更有章法。工会还组织会员学习了《工会法》和学校的各项制度,开展了读书交流活动,撰写读书心得四十余篇,评出优秀心得十篇,会员的理论水平和业务素养都有了明显的提高。在具体的工作实践中,我们认为工会工作不能停留在书本上,更应在实践中不断总结经验,改进方法,提高服务会员的本领。组织建设,完善教代会制度1、调整了工会小组长,明确了各自的职责。2、召开了教代会,审议了学校的发展规划,代表们提出提案二十件,学校逐件作了答复,落实情况在校务公开栏中公布,接受全体教职工的监督。";
    let p = import(t).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        heads,
        ["加强学习，提高素养", "组织建设，完善教代会制度"],
        "{p:#?}"
    );
}
