//! Forms met in the thirty-fifth round: a report's title glued to its
//! masked speaker, date and salutation, with `(一)` run on after `…方面:`;
//! a site's sample number before a title; a flattened 要点 whose goals are
//! its opening's last sentence and whose first heading ends on a quoted
//! term before a clause of basis; Word page fields, `精编` and fill-in
//! blanks in a document site's chunks; a `…总结及措施` title run into its
//! text; a signature year typed with zeros (`二 00 七年`).

use super::*;

fn heads(p: &Plan) -> Vec<String> {
    p.sections.iter().map(|s| s.heading.clone()).collect()
}

#[test]
fn a_report_title_glued_to_its_date_and_salutation() {
    let p = import(
        "**厂2015年工会工作总结及2016年工作安排意见***二〇一六年三月二日各位代表:现在我代表厂工会委员会报告工作,请予审议。\n一年来厂工会围绕生产经营做了大量工作,取得了一定成效。\n回顾一年的工作,主要有以下几个方面:(一)抓好职代会建设,落实民主管理。\n全年召开职代会两次,审议通过了三项制度。\n(二)开展劳动竞赛,助推生产任务完成。\n全厂八个车间参加竞赛。\n",
    )
    .plan;
    assert_eq!(p.title, "**厂2015年工会工作总结及2016年工作安排意见");
    assert_eq!(p.kind, Kind::SummaryAndPlan);
    assert_eq!(p.year, 2015);
    assert!(heads(&p).iter().any(|h| h.starts_with("抓好职代会建设")));
}

#[test]
fn a_sample_number_before_the_title_is_the_sites() {
    let p = import(
        "2某厂工会工作总结\n\n今年厂工会在厂党委的领导下,做了以下工作:\n\n一、加强组织建设\n\n新发展会员二十人。\n\n二、关心职工生活\n\n走访困难职工十户。\n",
    )
    .plan;
    assert_eq!(p.title, "某厂工会工作总结");
}

#[test]
fn a_flattened_key_points_goals_sentence_and_a_quoted_heading() {
    let mut t = String::from("某县总工会2012年工作要点2012年全县工会工作的总体要求是:坚持以科学发展观为指导,围绕县委中心工作,团结动员全县职工建功立业,维护职工合法权益,促进劳动关系和谐稳定,为全县经济社会发展作出新的贡献。2012年县总工会的工作目标是:抓住一个“关键”,办好两件“实事”。");
    t.push_str("一、抓住一个“关键”根据县委 “稳中求进”的要求,把职工素质提升作为关键来抓,组织技能培训和岗位练兵,全年培训职工一千人次以上,推动企业技术进步。");
    t.push_str("二、办好两件“实事”1、建好职工服务中心。年内建成县职工服务中心,为职工提供法律援助和就业服务。2、做好困难职工帮扶。建立困难职工档案,做到应帮尽帮。");
    let p = import(&t).plan;
    assert_eq!(p.title, "某县总工会2012年工作要点");
    assert!(p.goals.starts_with("2012年县总工会的工作目标是"));
    assert!(!p.guiding.contains("工作目标是"));
    let h = heads(&p);
    assert!(h.iter().any(|h| h == "抓住一个“关键”"), "{h:?}");
}

#[test]
fn word_page_fields_site_words_and_blanks_in_chunks() {
    let p = import(
        "1、第PAGE3页共NUMPAGES3页某医院2021年工会工作计划精编一、加强学习,提高职工素质1、_组织职工学习_精神。2、开展法律知识学习,提高依法维权的能力。二、推进民主管理,维护职工权益1、开好职工代表大会,落实职代会各项职权,做好提案的征集和答复工作。2、\n2、坚持院务公开,及时公开职工关心的热点问题。三、关心职工生活。1、走访慰问生病职工。\n",
    )
    .plan;
    assert_eq!(p.title, "某医院2021年工会工作计划精编");
    let h = heads(&p);
    assert!(h.iter().any(|h| h == "加强学习，提高职工素质"), "{h:?}");
}

#[test]
fn a_summary_and_its_measures_run_into_the_text() {
    let p = import(
        "某镇总工会全年总结及措施今年以来我镇总工会认真贯彻上级工会的部署,围绕镇党委中心工作,做了大量工作,现总结如下:一、抓好工会组建工作。全镇新建企业工会十二家,新增会员八百人,入会率达到九成以上。二、抓好帮扶工作。春节期间走访慰问困难职工六十户,发放慰问金三万元。",
    )
    .plan;
    assert_eq!(p.title, "某镇总工会全年总结及措施");
    assert_eq!(p.kind, Kind::SummaryAndPlan);
}

#[test]
fn a_flattened_signature_year_typed_with_zeros() {
    let p = import(
        "某县教育工会读书活动方案 指导思想: 为丰富教职工文化生活,推进书香校园建设,特制定本方案。 一、组织领导 县教育工会负责活动的组织和协调,各校工会负责具体实施。 二、活动内容 每位教职工每学期读书两本,写读书笔记一篇,各校每学期举办一次读书交流会,评选读书积极分子,并推荐优秀读书笔记参加全县评比。 三、活动要求 1、各校工会要高度重视,积极争取学校行政的支持,认真组织; 2、各校要建好教职工书屋,配齐图书,做好借阅登记; 3、各校于学期末按时上报活动总结和有关资料。 某县教育工会二 00 八年四月十日",
    )
    .plan;
    assert_eq!(p.signature.organization, "某县教育工会");
    assert_eq!(p.signature.date.as_deref(), Some("2008-04-10"));
}
