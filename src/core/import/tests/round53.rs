//! Forms met in the fifty-third round (unions in the north-east and the
//! north): a report's bracketed date under its title read for the year, and
//! a flattened report's subtitle with the speaker's byline run on after it.

use super::*;

#[test]
fn a_reports_bracketed_date_gives_the_year_it_looks_back_on() {
    let t = "凝心聚力 再创佳绩\n——在某市总工会全委（扩大）会议上的工作报告\n王  某\n（2016年2月25日）\n各位委员：\n这次会议的任务是总结2015年工作，部署2016年任务。下面，我向全委会报告工作，请予审议。\n一、2015年工作回顾\n全年新建基层工会三十家。\n";
    let p = import(t).plan;
    assert_eq!(p.kind, Kind::Summary, "{p:#?}");
    assert_eq!(p.year, 2015, "{p:#?}");
}

#[test]
fn a_flattened_report_title_ends_before_its_speakers_byline() {
    let t = "围绕中心服务大局 在推动某市高质量发展中发挥工会组织作用——在某市总工会全委（扩大）会议上的工作报告王  某（2016年2月25日） 各位委员：  这次会议的任务是总结2015年工作，部署2016年任务。下面，我向全委会报告工作，请予审议。  一、2015年工作回顾  全年新建基层工会三十家，发展会员二千人，举办技能竞赛十二场，参赛职工一千五百人次，慰问困难职工三百户，发放慰问金六十万元。  二、2016年主要任务  继续推进基层工会建设，深化劳动竞赛，做好困难职工帮扶，办好职工书屋和职工之家，为全市发展作出新的贡献。";
    let p = import(t).plan;
    assert_eq!(
        p.title,
        "围绕中心服务大局 在推动某市高质量发展中发挥工会组织作用\n——在某市总工会全委（扩大）会议上的工作报告",
        "{p:#?}"
    );
    assert_eq!(p.year, 2015, "{p:#?}");
}
