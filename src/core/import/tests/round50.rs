//! Forms met in the fiftieth round: untitled accounts of work that state
//! where things stand (`目前,共建立…11家`), paragraphs led by two short
//! phrases with a comma, points counted `一是…` that are no headings, and
//! a `…信息材料` title.

use super::*;

#[test]
fn an_untitled_account_with_a_count_so_far_is_a_summary() {
    let t = "近年来,某区总工会围绕新业态群体,不断扩大工会覆盖。\n一是摸清底数。走访快递、外卖站点,建立工作台账,做到情况清楚。\n二是集中入会。在物流园区设立入会窗口,方便骑手入会。\n目前,全区共建立新业态工会组织6家,发展会员1200人。\n";
    let p = import(t).plan;
    assert_eq!(p.kind, Kind::Summary, "{p:#?}");
}

#[test]
fn paragraphs_led_by_two_phrases_and_a_comma_are_headings() {
    let t = "摸清情况,建立台账。区工会走访辖区企业和站点,登记从业人员,逐一建立工作台账。\n上门宣传,引导入会。工会干部深入站点讲解入会的好处,引导快递员自愿入会。\n完善机制,跟踪服务。建立联系制度,定期回访新建工会,帮助解决实际困难。\n";
    let p = import(t).plan;
    let h: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        h,
        vec![
            "摸清情况，建立台账。",
            "上门宣传，引导入会。",
            "完善机制，跟踪服务。"
        ],
        "{p:#?}"
    );
    assert!(p.guiding.is_empty(), "{p:#?}");
}

#[test]
fn points_counted_yi_shi_are_no_headings() {
    let t = "某公司工会完善协商机制,保障骑手权益,取得了较好成效。\n一是规范民主管理。代表积极履职,为维护骑手权益建言献策,提出建议三十条。\n二是升级服务保障。签订集体合同,新增多项关怀福利,惠及全体骑手。\n三是创新调解机制。设立调解工作室,及时化解争议,维护和谐稳定。\n";
    let p = import(t).plan;
    assert!(p.sections.is_empty(), "{p:#?}");
}

#[test]
fn an_information_report_title_is_a_summary() {
    let t = "某区总工会建会入会经验信息材料\n为推进建会入会,区总工会主动作为,深入站点宣传,让快递员有家可依。\n一、摸清底数\n走访站点二十个,建立台账。\n";
    let p = import(t).plan;
    assert_eq!(p.kind, Kind::Summary, "{p:#?}");
}

#[test]
fn a_headline_restated_by_its_lead_is_the_title() {
    let t = "某县总工会巧用“三张表” 推动骑手入会见实效\n\n某县总工会巧用“台账表、任务表、服务表”,推进新业态建会入会。目前,共建立工会组织8家,发展会员2600人。\n\n一是用好台账表,摸清底数。走访站点二十余次,掌握从业人员情况。\n";
    let p = import(t).plan;
    assert_eq!(
        p.title, "某县总工会巧用“三张表” 推动骑手入会见实效",
        "{p:#?}"
    );
}

#[test]
fn a_flattened_scheme_title_before_its_addressees_is_split_off() {
    let t = "关于开展某某驿站创建活动的实施方案各镇工会,各直属单位工会:为改善户外职工工作条件,经研究,现制定本方案。一、服务对象 户外职工。二、创建标准 有场所,有设施。";
    let p = import(t).plan;
    assert_eq!(p.title, "关于开展某某驿站创建活动的实施方案", "{p:#?}");
}

#[test]
fn a_heading_of_two_phrases_ends_before_a_short_first_point() {
    let t = "近年来,某区总工会把新业态工作作为重点任务,统筹谋划,推动组织覆盖和工作覆盖双提升。一、强化宣传引导,凝聚职工力量一是开展集中宣讲。组织劳模宣讲十余场,开办读书班,引导骑手听党话、跟党走。二是选树先进典型。推荐快递员参评五一劳动奖章,增强职业荣誉感。二、推进建会入会,扩大组织覆盖一是摸清底数。与邮政管理部门联动,逐一走访快递站点,建立台账,做到情况清楚。二是集中入会。在物流园区设立入会窗口,方便骑手就近入会。三、做实关爱服务,提升获得感一是建设驿站。新建户外劳动者驿站五处,提供饮水、休息、充电等服务,方便骑手歇脚。";
    let p = import(t).plan;
    let h: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        h,
        vec![
            "强化宣传引导，凝聚职工力量",
            "推进建会入会，扩大组织覆盖",
            "做实关爱服务，提升获得感"
        ],
        "{p:#?}"
    );
}

#[test]
fn a_sites_addresses_before_a_chunked_title_are_dropped() {
    let t = "1、http://www.example.com/u88http://www.example.cn/u882012年度某区科技企业工会工作总结2012年,某区科技企业工会在区总工会的领导下,围绕中心,服务大局,服务职工,开展了各项工作,取得了较好成绩。一、加强组织建设1、新建工会十家,发展会员\n2、五百人。二、关心职工生活1、走访慰问困难职工二十人次。";
    let p = import(t).plan;
    assert_eq!(p.title, "2012年度某区科技企业工会工作总结", "{p:#?}");
    assert_eq!(p.year, 2012, "{p:#?}");
}
