//! Forms met in the forty-first round (school and university union plans):
//! a heading run into its text at a masked year after 在 (`…民主管理在xx年
//! 开始…`) or at a year with a space before 年 (`…建设2008 年,…`), a guiding
//! part's label with a site's pinyin after its characters, and a flattened
//! text's closing date written with dots.

use super::*;

fn heads(p: &Plan) -> Vec<String> {
    p.sections.iter().map(|s| s.heading.clone()).collect()
}

#[test]
fn a_masked_year_after_zai_begins_the_text() {
    let t = "某中学工会工作计划\n一、以教代会为载体,切实做好民主管理在xx年开展的民主管理工作基础上,继续按程序办好每一件事。\n二、关心教职工生活\n走访慰问困难教职工。";
    let p = import(t).plan;
    assert_eq!(
        heads(&p)[0],
        "以教代会为载体，切实做好民主管理",
        "{:?}",
        heads(&p)
    );
}

#[test]
fn a_year_with_a_space_before_nian_begins_the_text() {
    let t = "某学院工会工作计划\n一、学习贯彻会议精神,推进民主政治建设2019 年,学院工会将继续组织教职工学习,围绕中心开展工作。\n二、关心教职工生活\n走访慰问困难教职工。";
    let p = import(t).plan;
    assert_eq!(
        heads(&p)[0],
        "学习贯彻会议精神，推进民主政治建设",
        "{:?}",
        heads(&p)
    );
}

#[test]
fn a_guiding_label_with_pinyin_after_its_characters_is_the_guiding_part() {
    let t = "一、指導(dǎo)思想\n工會(huì)工作以服務教職工為宗旨,團結教職工建功立業。\n二、主要工作\n(一)加強學習\n1.組織教職工學習。";
    let p = import(t).plan;
    assert!(p.guiding.contains("服務教職工"), "{p:#?}");
}

#[test]
fn a_flattened_texts_date_with_dots_is_its_signature() {
    let t = "某学院工会下半年工作要点 1.做好教师节慰问工作,组织全体教职工开展文体活动,活跃教职工文体生活; 2.组织教职工健康检查,11月底结束; 3.组织教职工参加省教育工会羽毛球比赛;协助体委组织教职工趣味运动会; 4.继续做好教职工住院医疗互助和困难教职工年底补助工作,及时送去组织的关怀; 5.做好教代会提案回复和办复满意率征集工作,推进校务公开; 6.开展单身教职工联谊活动,协同有关部门组织教职工劳动竞赛,提高教职工的业务素质和工作技能; 7.指导教职工文体协会开展丰富多彩的活动,组织教职工参加上级工会的各项比赛; 8.做好年底评优评先工作。 2021.8.23";
    let p = import(t).plan;
    assert_eq!(p.signature.date.as_deref(), Some("2021-08-23"), "{p:#?}");
}

#[test]
fn a_plain_section_name_run_into_its_text_is_the_whole_heading() {
    let t = "幼兒園工會計劃\n一、計劃背景隨著社會的不斷發展,幼兒教育的重要性日益凸顯。\n二、計劃目標明確本次計劃的核心目標,推動工會的建立和運作。\n三、現狀分析目前,幼兒園教職工存在的主要問題包括:教師工作壓力大,缺乏足夠的支持和關懷。\n四、實施步驟\n1.組織架構的建立";
    let p = import(t).plan;
    assert_eq!(
        heads(&p),
        vec!["計劃背景", "現狀分析", "實施步驟"],
        "{p:#?}"
    );
    assert_eq!(p.headings.goals.as_deref(), Some("計劃目標"), "{p:#?}");
    assert!(p.goals.contains("核心目標"), "{p:#?}");
}

#[test]
fn a_long_three_phrase_heading_before_a_space_ends_there() {
    let body =
        "组织教职工参加评比活动,大力宣传先进事迹,讲好身边的故事,展示教职工的风采。".repeat(4);
    let t = format!(
        "某学院工会工作计划 一、坚持党的领导,强化责任担当,加强政治引领 认真学习上级精神,把对党负责和对教职工负责统一起来。{body} 二、坚持工人运动的时代主题,进一步加强师德师风建设,服务教师的专业成长 弘扬师德师风,树立先进典型。{body}"
    );
    let p = import(&t).plan;
    assert_eq!(
        heads(&p)[1],
        "坚持工人运动的时代主题，进一步加强师德师风建设，服务教师的专业成长",
        "{:?}",
        heads(&p)
    );
}

#[test]
fn a_flattened_issuer_number_and_glued_title_are_read() {
    let body = "组织工会干部学习,准确把握工会面临的形势和任务,进一步激发教职工的创造力。".repeat(4);
    let t = format!(
        "某区小学第四工会委员会 区四工(XX )第 1 号 某区小学第四工会XX 年工作要点以党的精神为指南,围绕学校中心工作,全面维护教职工的权益。一、学习提升明确职责1.围绕学习开展讨论。{body}二、弘扬师德提高素养1. 继续开展师德主题活动。{body}"
    );
    let imp = import(&t);
    let p = &imp.plan;
    assert_eq!(p.title, "某区小学第四工会XX 年工作要点", "{p:#?}");
    let iss = p.issuance.as_ref().expect("issuance");
    assert_eq!(iss.issuer, "某区小学第四工会委员会");
    assert_eq!(iss.number, "区四工(XX )第 1 号");
}

#[test]
fn a_flattened_texts_short_last_chunk_is_split_at_its_part_label() {
    // a document site's copy in chunks: the last one short (under 120
    // characters), the second part's label inside it
    let body = "组织工会干部学习,准确把握工会面临的形势和任务,进一步激发教职工的创造力和工作热情。"
        .repeat(6);
    let t = format!(
        "某小学工会工作要点 以党的精神为指南,围绕学校中心工作开展工作。一、学习提升明确职责1.围绕学习开展讨论。{body}\n做困难教职工的忠实帮扶者、民主管理的忠实推进者。二.弘扬师德提高素养1. 继续开展师德主题活动,组织全体教工参加摄影比赛。将我们身边的榜样事例和成功经验生动形象地向全体教师展现"
    );
    let p = import(&t).plan;
    assert_eq!(
        heads(&p),
        vec!["学习提升明确职责", "弘扬师德提高素养"],
        "{p:#?}"
    );
}

#[test]
fn a_unit_before_its_union_opens_the_text() {
    let t = "某大学后勤集团工会工作计划\n一、学习贯彻会议精神,推进民主政治建设\n组织职工学习。\n二、加强职工小家建设,广泛开展技能竞赛集团工会将在原有基础上,进一步加强职工小家建设。";
    let p = import(t).plan;
    assert_eq!(
        heads(&p)[1],
        "加强职工小家建设，广泛开展技能竞赛",
        "{:?}",
        heads(&p)
    );
}
