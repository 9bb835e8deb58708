//! Forms met in the fifty-fifth round (industry unions: post, transport,
//! railway): a flattened title run into a clause of basis (`结合…实际`), an
//! untitled page that tells its union's results as achieved, and a heading
//! run into a sub-heading that opens on the heading's own verb.

use super::*;

#[test]
fn a_flattened_title_ends_before_a_clause_of_basis() {
    for t in [
        "某县供电公司工会工作思路结合本公司工作实际,根据上级工会的要求,重点做好以下三个方面的工作:(一)加强基层组织建设。按时完成各分会换届,规范会员管理。(二)深化劳动竞赛。围绕电网建设开展技能比武。",
        // traditional script, `結合…實際` and `根據`
        "某縣供電公司工會工作思路結合本公司工作實際,根據上級工會的要求,重點做好以下三個方面的工作:(一)加強基層組織建設。按時完成各分會換屆,規範會員管理。(二)深化勞動競賽。圍繞電網建設開展技能比武。",
    ] {
        let p = import(t).plan;
        assert!(p.title.ends_with("工作思路"), "{p:#?}");
        assert_eq!(p.kind, Kind::Plan, "{p:#?}");
    }
}

#[test]
fn an_untitled_page_telling_results_achieved_reads_as_a_summary() {
    let t = "在公司党委的领导下,机关工会围绕中心、服务大局,坚持重心下沉、服务基层,协助职工工作、维护职工利益、关心职工生活,积极推进职工之家建设,努力做好职工的娘家人、贴心人。在行政的大力支持下,坚持融入中心、服务大局,围绕单位中心任务开展工会的各项工作,营造和谐的工作环境、生活环境和文化环境,为单位的稳定发展起到了积极的作用。\n(一)服务中心工作,促进单位发展\n坚持厂务公开和民主管理,积极为单位发展出谋划策,配合做好安全生产工作,组织职工参加岗位培训和技能比武,配合行政加强制度建设,提高管理水平,推动各项制度落到实处。\n(二)关心职工生活,做好帮扶慰问\n为职工办实事,节日为职工购置发放节日用品,为职工过集体生日,组织观影、春游和健步走活动,发放小药箱,开展送温暖和送清凉活动。对生病住院职工、一线职工和退休职工开展走访慰问和帮扶救助,做好新入职员工入会和会员档案管理。\n";
    let p = import(t).plan;
    assert_eq!(p.kind, Kind::Summary, "{p:#?}");
    // the same with a word of intention stays a plan
    let plan = t.replace("坚持厂务公开", "明年将坚持厂务公开");
    assert_eq!(import(&plan).plan.kind, Kind::Plan);
}

#[test]
fn a_heading_run_into_a_sub_heading_on_its_own_verb_ends_before_it() {
    let t = "某公司工会2016年工作计划\n一、大力推进民主管理,切实保障职工的知情权和参与权大力推进厂务公开。要坚持每季度公开一次,公开的内容包括经营情况、职工福利和评先评优等事项,接受职工监督。\n二、关心职工生活,做好困难职工帮扶。要建立困难职工档案,做到底数清、情况明,节日走访慰问。\n";
    let p = import(t).plan;
    let heads: Vec<&str> = p.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        heads.first().copied(),
        Some("大力推进民主管理，切实保障职工的知情权和参与权"),
        "{p:#?}"
    );
}
