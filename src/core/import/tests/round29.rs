//! Forms met in the twenty-ninth round: a document site's note where it
//! left the beginning out of a preview (`……(开头部分已省略300字)`), page
//! marks run into a flattened line (`…第2页共40页…`), a bracketed note on
//! the line under a title (`(试行)`), flattened 方案 titles run into a
//! clause of purpose (`…方案为推进…`, `…方案(试行)为更好地…`), and a first
//! sub-item opening with a quote (`二、主要内容1、“…”的…`).

use super::*;

#[test]
fn a_sites_omission_note_is_no_opening() {
    let p = import(
        "某区总工会主席述职报告\n……(开头部分已省略200字)\n(二)抓好学习。组织了集中学习四次。\n二、认真履职,推进各项工作\n(一)开展竞赛。举办了技能大赛。\n",
    )
    .plan;
    assert!(!p.guiding.contains("省略"), "{}", p.guiding);
    assert!(p.sections.iter().any(|s| s.heading.starts_with("认真履职")));
}

#[test]
fn page_marks_run_into_a_flattened_text_are_dropped() {
    let p = import(
        "某某区总工会劳动竞赛总结为认真落实上级要求,区总工会在全区开展了劳动竞赛活动,调动了职工的积极性,推动了各项工作的开展,取得了良好的成效。现将竞赛活动总结如下:一、领导重视加强宣传第2页共40页今年5月,区总工会召开了动员大会,部署了竞赛活动。二、突出重点扎实推进今年6月,各基层工会组织了技能比武,职工踊跃参加。\n",
    )
    .plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(heads.iter().all(|h| !h.contains('页')), "{heads:?}");
    assert!(heads.iter().any(|h| h.starts_with("领导重视加强宣传")));
}

#[test]
fn a_bracketed_note_under_the_title_belongs_to_it() {
    let p = import(
        "某市总工会职工书屋建设实施方案\n(试行)\n为丰富职工文化生活,特制定本方案。\n一、工作目标\n建成十个示范书屋。\n二、工作措施\n加强经费保障。\n",
    )
    .plan;
    assert_eq!(
        p.title.replace('\n', ""),
        "某市总工会职工书屋建设实施方案（试行）"
    );
}

#[test]
fn a_flattened_schemes_title_before_a_clause_of_purpose_is_split_off() {
    for (text, title) in [
        (
            "职工之家评议活动实施方案为推进基层工会民主化建设,保障会员的知情权和参与权,经研究决定开展评议活动。一、总体目标建立评议机制,深化职工之家建设。二、主要内容组织会员对工会工作进行评议。\n",
            "职工之家评议活动实施方案",
        ),
        (
            "关于开展“暖心驿站”公益行动实施方案(试行)为更好地关爱户外劳动者,市总工会决定在全市开展公益行动,为他们提供休息场所。一、组织机构由市总工会牵头。二、工作目标年内建成二十个驿站。\n",
            "关于开展“暖心驿站”公益行动实施方案（试行）",
        ),
    ] {
        let p = import(text).plan;
        assert_eq!(p.title, title);
    }
}

#[test]
fn a_first_sub_item_opening_with_a_quote_ends_a_flattened_heading() {
    let p = import(
        "会员评议活动方案为推进工会民主化建设,保障会员的知情权、参与权、表达权和监督权,进一步激发基层工会的活力,经研究决定开展会员评议活动,现将有关事项通知如下:一、总体目标建立会员评议机制,深化职工之家建设,把基层工会建设成组织健全、工作规范、职工信赖的职工之家。二、主要内容1、“会员评议”的内容(1)工会班子是否健全,各委员会是否建立;(2)是否坚持职代会制度,是否推行校务公开;(3)是否开展帮困送温暖活动。2、评议的方法(1)召开会员大会,听取工会工作报告;(2)发放测评表,由会员无记名测评。三、工作要求各基层工会要高度重视,精心组织,认真开展评议活动,确保评议工作取得实效;评议结果要向会员公开,对会员提出的意见和建议要认真研究,及时整改,切实把评议活动作为加强基层工会建设的重要抓手,推动基层工会工作再上新台阶。\n",
    )
    .plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(
        heads.contains(&"主要内容"),
        "{}",
        serde_json::to_string(&p).unwrap_or_default()
    );
}

#[test]
fn a_placeholder_years_outline_heading_begins_next_years_part() {
    let p = import(
        "某某工會2015年工作總結和2016年工作計畫\n一、全年工作回顧\n(一)、開展了職工技能比賽。\n(二)、走訪了困難職工。\n二、XX年工作構想\n一、總體思路。圍繞中心,服務職工。\n二、主要任務。加強組織建設。\n",
    )
    .plan;
    let next = p.next.as_ref().expect("next year's part");
    assert!(next.title.starts_with("XX年工作構想"), "{}", next.title);
}

#[test]
fn a_flattened_notice_title_before_its_addressees_is_split_off() {
    let p = import(
        "关于继续开展职工书屋 创建活动的通知 各县(市)区、直属单位工会: 为丰富职工精神文化生活,推动职工读书活动深入开展,今年将继续开展职工书屋创建活动,现将有关事项通知如下: 一、指导思想 以提高职工素质为目标,以职工书屋为阵地,广泛开展读书活动,营造爱读书、读好书的浓厚氛围,推动学习型组织建设不断深入。 二、创建范围 全市各级工会组织均可申报,重点在一线职工集中的企业建设。\n",
    )
    .plan;
    assert_eq!(
        p.title.replace(' ', ""),
        "关于继续开展职工书屋创建活动的通知"
    );
}

#[test]
fn an_untitled_article_with_an_abstract_is_a_summary() {
    let p = import(
        "张某某\n摘要:某车间工会立足岗位,服务职工,扎实履行基本职能,凝聚职工士气。\n关键词:服务;职工家\n一、健全组织,夯实基础\n一是健全组织机构。车间召开会员大会,选出新一届工会委员。\n二是完善民主管理。重大事项均与职工代表商量。\n",
    )
    .plan;
    assert_eq!(p.kind, Kind::Summary);
}
