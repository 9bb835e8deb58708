//! Forms met in the forty-third round: a long numbered heading on a line of
//! its own over a paragraph written on one much wider line.

use super::*;

fn heads(p: &Plan) -> Vec<String> {
    p.sections.iter().map(|s| s.heading.clone()).collect()
}

#[test]
fn a_long_heading_over_a_much_wider_paragraph_line_does_not_run_on() {
    let para =
        "区机关工会坚持每月组织一次集中学习,邀请专家作辅导报告,编印学习资料发到每个支部,".repeat(3);
    let t = format!(
        "机关工会工作总结\n区机关工会紧紧围绕机关中心工作开展活动,取得了一定成效。\n一、深入学习贯彻上级会议精神,用科学理论武装头脑,提高工会干部的服务本领和担当意识\n{para}干部职工的理论水平明显提高。\n二、关心职工生活\n走访慰问困难职工十户。\n"
    );
    let p = import(&t).plan;
    assert_eq!(
        heads(&p),
        vec![
            "深入学习贯彻上级会议精神，用科学理论武装头脑，提高工会干部的服务本领和担当意识"
                .to_string(),
            "关心职工生活".to_string()
        ]
    );
}

#[test]
fn a_long_heading_wrapped_at_its_own_width_still_runs_on() {
    // a copy wrapped at about forty-five characters: the next line is no wider
    let t = "机关工会工作总结\n区机关工会紧紧围绕机关中心工作开展活动,取得了一定成效。\n一、深入学习贯彻上级各次会议精神,用科学的理论武装头脑,切实提高全体工会干部的服务\n本领和担当意识,组织职工每月学习一次,干部职工的理论水平明显提高。\n二、关心职工生活\n走访慰问困难职工十户。\n";
    let p = import(t).plan;
    assert!(
        !heads(&p).iter().any(|h| h.ends_with("服务")),
        "{:?}",
        heads(&p)
    );
}

#[test]
fn a_flattened_heading_whose_text_repeats_its_words_is_split() {
    let more = "活动结束后由工会统一评选表彰,所需经费从工会经费中列支。".repeat(5);
    let t = format!("机关工会活动安排为丰富干部职工生活,本局工会对全年活动做如下安排:一、全员健身活动全员健身活动每季度举办一次,由各工会小组轮流承办,全体干部职工参加。{more}二、文体小组文体小组由会员自愿报名组成,每组推选组长一名,负责日常活动。{more}");
    let p = import(&t).plan;
    assert_eq!(
        heads(&p),
        vec!["全员健身活动".to_string(), "文体小组".to_string()]
    );
}

#[test]
fn a_flattened_part_label_glued_to_an_item_is_cut() {
    let more = "活动结束后由工会统一评选表彰,所需经费从工会经费中列支。".repeat(5);
    let t = format!("机关工会活动安排为丰富干部职工生活,本局工会对全年活动做如下安排:一、全员活动全员活动由工会统一组织。{more}(一)春节联欢会(二)国庆健身舞比赛二、兴趣小组兴趣小组由会员自愿报名组成,每组推选组长一名,负责日常活动。{more}");
    let p = import(&t).plan;
    assert_eq!(p.sections.len(), 2, "{:?}", heads(&p));
    assert_eq!(p.sections[1].heading, "兴趣小组");
}

#[test]
fn an_untitled_text_tallying_results_to_a_date_is_a_summary() {
    let t = "街道总工会围绕辖区中心工作,扎实推进基层建会。\n一、推进企业建会\n按照全覆盖的要求开展集中行动。截止到2019年9月,辖区共新建工会12家,共发展会员600余名。\n二、做好帮扶工作\n走访慰问困难职工,建立困难职工档案。\n";
    assert_eq!(import(t).plan.kind, Kind::Summary);
    // a target to a date is a plan's
    let t = "街道总工会围绕辖区中心工作,扎实推进基层建会。\n一、推进企业建会\n按照全覆盖的要求开展集中行动。截至2019年12月,力争辖区共新建工会12家。\n二、做好帮扶工作\n走访慰问困难职工,建立困难职工档案。\n";
    assert_eq!(import(t).plan.kind, Kind::Plan);
}

#[test]
fn a_long_flattened_heading_ending_on_awareness_is_split_at_its_union() {
    let more = "活动结束后由工会统一评选表彰,所需经费从工会经费中列支。".repeat(5);
    let t = format!("区机关工会工作总结区机关工会紧紧围绕机关中心工作开展活动,取得了一定成效。{more}一、深入学习贯彻上级各次会议精神,用科学的理论武装头脑,全面提高工会干部的服务意识和大局意识区机关工会高度重视干部职工的思想建设,组织集中学习十二次,编印学习资料五期。{more}二、关心职工生活走访慰问困难职工十户。{more}");
    let p = import(&t).plan;
    assert_eq!(
        p.sections[0].heading,
        "深入学习贯彻上级各次会议精神，用科学的理论武装头脑，全面提高工会干部的服务意识和大局意识"
    );
}
