//! Forms met in the forty-fifth round: a title copied again and glued to
//! the first part's label, and a year's targets signed as a 责任书.

use super::*;

#[test]
fn a_title_copy_glued_to_the_guiding_label_names_the_guiding_part() {
    let t = "某某集团工会2030年工作要点\n\n某某集团工会2030年工作要点指导思想:以职工为中心,围绕企业发展开展工作,团结带领职工建功立业。\n一、围绕中心开展劳动竞赛\n各单位确定竞赛重点。\n二、关心职工生活\n走访慰问困难职工。\n";
    let p = import(t).plan;
    assert_eq!(p.title, "某某集团工会2030年工作要点");
    let v = serde_json::to_value(&p).unwrap();
    assert_eq!(v["headings"]["guiding"], "指导思想：", "{p:#?}");
    assert!(p.guiding.contains("以职工为中心"), "{p:#?}");
    // the copy stays text, nothing is lost
    assert!(
        p.guiding.starts_with("某某集团工会2030年工作要点"),
        "{p:#?}"
    );
    assert_eq!(p.sections.len(), 2);
}

#[test]
fn a_target_responsibility_paper_is_a_titled_plan() {
    let t = "某某厂工会2030年工作目标责任书\n根据公司工会的要求,围绕全年生产任务,特制订本责任书。\n1、开展劳动竞赛,全年不少于四项。\n2、做好困难职工帮扶。\n";
    let p = import(t).plan;
    assert_eq!(p.title, "某某厂工会2030年工作目标责任书");
    assert_eq!(p.kind, Kind::Plan);
    // flattened, the title runs into its opening after a space
    let f = "某某厂工会2030年目标管理责任书 根据公司工会的要求,围绕全年生产任务,特制订本责任书。 1、开展劳动竞赛,全年不少于四项。 2、做好困难职工帮扶,建立困难职工档案。";
    let p = import(f).plan;
    assert_eq!(p.title, "某某厂工会2030年目标管理责任书", "{p:#?}");
}

#[test]
fn task_paragraphs_before_a_part_counted_from_the_third_are_a_lost_part() {
    // a page of a plan that starts inside its fifth part
    let t = "办好职工书屋。每个车间配齐图书,全年借阅不少于两千人次。\n做好送清凉工作。高温季节走访一线班组,送去防暑用品。\n(六)加强工会自身建设,提高服务水平\n开展工会干部培训,全年两期。\n";
    let p = import(t).plan;
    assert!(p.guiding.is_empty(), "{p:#?}");
    assert_eq!(p.sections.len(), 2, "{p:#?}");
    assert_eq!(p.sections[0].heading, "");
    assert!(p.sections[0].body.contains("办好职工书屋"), "{p:#?}");
    assert_eq!(p.sections[1].heading, "加强工会自身建设，提高服务水平");
    // an opening of sentences before a part counted from the third stays
    let t = "今年以来,我厂工会围绕生产中心开展工作,取得了一定成效。\n(三)加强工会自身建设\n开展工会干部培训,全年两期。\n";
    let p = import(t).plan;
    assert!(p.guiding.contains("今年以来"), "{p:#?}");
    // task paragraphs before the second part: an opening, as before
    let t = "办好职工书屋。每个车间配齐图书。\n二、加强工会自身建设\n开展工会干部培训。\n";
    let p = import(t).plan;
    assert!(p.guiding.contains("办好职工书屋"), "{p:#?}");
}
