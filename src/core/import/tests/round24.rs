//! Forms met in the twenty-fourth round: headings run into their text in a
//! flattened copy before a clause of circumstance (`在制定…时,`, `在2008年中,`),
//! before `在我院…`, before `为了…` after a one-phrase label, and before the
//! heading's own first words written again; a year written `二○○六` late in
//! a long opening after a title written twice.

use super::*;

#[test]
fn a_heading_before_a_clause_of_circumstance_ends_there() {
    let text = "某某单位工会工作设想\n\
                一、确定全年的任务和时间表在安排全年各项活动时,工会委员会先听取会员的意见,再排出月份,报党支部审定后在全体会员大会上通过,并张贴在公开栏里,接受会员的监督和评议。\n\
                二、规范活动的审批流程为了让每一项开支都有据可查,工会把审批的环节写成制度并公布,每季度由经费审查委员会检查一次账目,检查的结果向会员通报,做到公开透明。\n\
                三、建设好活动阵地,办好会员之家在2019年内,工会为会员之家添置了书架和健身器材若干,开放的时间延长到晚上九点,会员可以凭会员证借书、健身,受到了大家的欢迎和好评。\n";
    let flat: String = text.lines().collect();
    for t in [text, flat.as_str()] {
        let p = import(t).plan;
        assert_eq!(
            headings(&p),
            [
                "确定全年的任务和时间表",
                "规范活动的审批流程",
                "建设好活动阵地，办好会员之家"
            ],
            "{t}"
        );
    }
}

#[test]
fn a_heading_before_our_unit_or_its_own_words_again_ends_there() {
    let text = "某某学校工会工作总结\n学校工会认真履行职责,现将一年工作总结如下:\n\
                一、健全组织网络,理顺工会工作在我院的支持下,工会调整了小组,增补了委员三名,又按照章程改选了两个小组的组长,新选出的小组长都参加了上级工会的培训。\n\
                二、团结互助共进、关心每位会员,办好暖心的活动团结互助共进、关心每位会员是工会的本分,我们坚持走访,凡是会员生病住院、家中有困难的,工会委员都上门看望,送去慰问金和组织的关心。\n";
    let p = import(text).plan;
    assert_eq!(
        headings(&p),
        [
            "健全组织网络，理顺工会工作",
            "团结互助共进、关心每位会员，办好暖心的活动"
        ]
    );
    let flat: String = text.lines().take(3).collect();
    let p = import(&flat).plan;
    assert_eq!(headings(&p), ["健全组织网络，理顺工会工作"]);
    // `为` continues a label (`…为职工服务`), and a phrase of the heading
    // that comes again later is no end
    let p = import(
        "某某工会工作计划\n一、坚持以人为本,全心全意为职工服务,做好以人为本的各项服务工作。\n",
    )
    .plan;
    assert_eq!(headings(&p).len(), 1);
    assert!(
        headings(&p)[0].contains("做好以人为本的各项服务工作"),
        "{:?}",
        headings(&p)
    );
}

#[test]
fn a_year_with_a_white_circle_late_in_a_long_opening_is_read() {
    let opening = "上半年,我院工会在党委的领导下,在行政的支持下,围绕学院改革、发展和稳定的大局,\
                   切实履行工会组织的各项职能,不断完善教代会制度,积极推进学校的民主管理,注重加强\
                   工会组织自身建设,扎实有效地开展各项工作,努力为教职工办实事、做好事、解难事,\
                   充分调动了广大教职工的积极性和创造性,为学校的发展作出了应有的贡献,\
                   现将二○○六年上半年的工作总结汇报如下:";
    let text = format!(
        "某某学院工会上半年工作总结\n\n某某学院工会上半年工作总结\n\n{opening}\n\n\
         一、完善教代会制度\n召开了教代会。\n二、加强自身建设\n选举了委员会。\n"
    );
    let p = import(&text).plan;
    assert_eq!(p.year, 2006);
}

#[test]
fn months_that_number_their_own_activities_with_cn_labels_keep_them() {
    let text = "某某中学工会2020年文体活动安排\n3月\n一、教职工拔河比赛。\n二、三八节女教工插花活动。\n\
                4月\n一、春季健步走。\n5月\n一、教职工羽毛球赛。(5月10日)\n二、五一慰问一线职工。\n6月\n\
                组织教工子女六一活动。\n";
    let p = import(text).plan;
    assert!(p.sections.is_empty(), "{:?}", headings(&p));
    let months: Vec<Vec<u8>> = p.schedule.iter().map(|e| e.months.clone()).collect();
    assert_eq!(months, [vec![3], vec![4], vec![5], vec![6]]);
    assert_eq!(p.schedule[0].activities.len(), 2);
    assert_eq!(p.schedule[2].activities.len(), 2);
    // under a numbered schedule part, the parts after it still end it
    let text = "某某中学工会2020年工作计划\n一、指导思想\n以服务教职工为宗旨,团结全体会员,围绕学校中心工作开展活动。\n\
                二、活动安排\n3月\n1、教职工拔河比赛。\n4月\n1、春季健步走。\n三、保障措施\n工会委员分工负责,经费按预算使用。\n";
    let p = import(text).plan;
    assert_eq!(p.schedule.len(), 2);
    assert!(!p.measures.is_empty() || headings(&p).contains(&"保障措施"));
}

#[test]
fn a_short_title_run_into_its_own_words_again_is_read_once() {
    let text = "工会工作总结工会工作总结是工会对一年工作的回顾,写清做了什么、做得怎样,\
                便于来年改进。一、写明完成的任务每一项任务都要写出时间、人数和效果,用数字说话,\
                不写空话套话,让会员一看就明白。";
    let p = import(text).plan;
    assert_eq!(p.title, "工会工作总结");
    assert!(p.guiding.starts_with("工会工作总结是"), "{:?}", p.guiding);
    // a six-character phrase that names no kind of document is no title
    let p = import("关心职工生活关心职工生活是工会的本分,我们每月走访困难职工,送去慰问金。").plan;
    assert_ne!(p.title, "关心职工生活");
}
