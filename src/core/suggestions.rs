//! Usual union activities by month and organisation type: the lines the
//! schedule step offers to add under a month heading.

use serde::Serialize;

/// One suggested schedule activity. `id` is stable (the editor can remember
/// which suggestions were taken); `text` is the activity line as written.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Suggestion {
    pub id: &'static str,
    pub text: &'static str,
}

// Organisation types as bits (ids as in `model::ORG_TYPES`).
const SCHOOL: u8 = 1;
const ORGAN: u8 = 1 << 1;
const ENTERPRISE: u8 = 1 << 2;
const COMMUNITY: u8 = 1 << 3;
const MEDICAL: u8 = 1 << 4;
const INSTITUTION: u8 = 1 << 5;
const OTHER: u8 = 1 << 6;
const ALL: u8 = SCHOOL | ORGAN | ENTERPRISE | COMMUNITY | MEDICAL | INSTITUTION | OTHER;
/// Workplaces with their own staff congress and annual leave routines.
const UNITS: u8 = ORGAN | ENTERPRISE | MEDICAL | INSTITUTION | OTHER;

fn org_bit(org_type: &str) -> u8 {
    match org_type {
        "school" => SCHOOL,
        "organ" => ORGAN,
        "enterprise" => ENTERPRISE,
        "community" => COMMUNITY,
        "medical" => MEDICAL,
        "institution" => INSTITUTION,
        _ => OTHER,
    }
}

/// (id, months, organisation types, text), in the order they are offered.
const TABLE: &[(&str, &[u8], u8, &str)] = &[
    // January
    ("jan_plan", &[1], ALL & !SCHOOL, "完成上年度工会工作总结，研究制定本年度工会工作计划"),
    ("jan_term_review", &[1], SCHOOL, "做好本学期工会工作总结，整理归档工会工作台账"),
    ("jan_warmth", &[1], ALL, "开展元旦、春节“送温暖”活动，走访慰问困难职工、患病职工和劳动模范"),
    ("jan_teacher_congress_prep", &[1], SCHOOL, "筹备新学期教职工代表大会，广泛征集教代会提案"),
    ("jan_congress_prep", &[1], ENTERPRISE | MEDICAL | INSTITUTION | OTHER, "做好职工代表大会筹备工作，广泛征集职工提案"),
    ("jan_retired_visit", &[1], SCHOOL, "走访慰问退休教职工和生病住院的教职工"),
    ("jan_on_duty", &[1], ORGAN | ENTERPRISE | INSTITUTION | OTHER, "慰问节日期间坚守岗位的一线职工和值班人员"),
    ("jan_medical_on_duty", &[1], MEDICAL, "慰问春节期间坚守临床一线的医务人员"),
    ("jan_new_forms_warmth", &[1], COMMUNITY, "为快递员、外卖送餐员等新就业形态劳动者送去新春慰问"),
    ("jan_new_year_party", &[1], ALL, "举办迎新春文艺联欢或游园活动，丰富职工节日文化生活"),
    // February
    ("feb_lantern", &[2], ALL, "组织元宵节猜灯谜等传统节日活动"),
    ("feb_hardship_files", &[2], ALL, "更新困难职工帮扶档案，落实常态化帮扶措施"),
    ("feb_term_meeting", &[2], SCHOOL, "召开新学期工会委员会议，研究部署本学期工会工作"),
    ("feb_teacher_congress", &[2], SCHOOL, "召开教职工代表大会，审议学校工作报告和涉及教职工切身利益的事项"),
    ("feb_congress", &[2], ENTERPRISE | MEDICAL | INSTITUTION | OTHER, "召开职工代表大会，审议年度工作报告和涉及职工切身利益的重要事项"),
    ("feb_organ_committee", &[2], ORGAN, "召开机关工会委员会议，研究部署全年工会工作"),
    ("feb_spring_breeze", &[2], ENTERPRISE, "开展“春风行动”，协助做好节后返岗复工和招聘用工服务"),
    ("feb_spring_breeze_community", &[2], COMMUNITY, "配合开展“春风行动”，为求职人员和辖区用工企业搭建对接平台"),
    // March
    ("mar_womens_day", &[3], ALL, "开展“三八”国际妇女节系列活动，表彰优秀女职工"),
    ("mar_women_health", &[3], ALL, "组织女职工开展健康体检和“两癌”筛查"),
    ("mar_tree_planting", &[3], ALL, "组织职工参加植树节义务植树活动"),
    ("mar_lei_feng", &[3], ALL, "开展学雷锋志愿服务活动"),
    ("mar_women_protection", &[3], ENTERPRISE, "开展女职工特殊劳动保护专项检查"),
    ("mar_motions", &[3], SCHOOL, "抓好教代会提案落实，及时向提案人反馈办理情况"),
    // April
    ("apr_spring_sports", &[4], ALL, "举办春季职工健步走或趣味运动会"),
    ("apr_reading", &[4], ALL & !ORGAN, "结合“世界读书日”，组织职工开展读书分享活动"),
    ("apr_organ_reading", &[4], ORGAN, "开展“书香机关”读书活动，组织干部职工读书交流"),
    ("apr_qingming", &[4], ALL, "结合清明节，组织会员开展缅怀革命先烈活动"),
    ("apr_ankang_cup", &[4], ENTERPRISE, "启动“安康杯”竞赛，组织开展安全隐患排查"),
    ("apr_young_teachers", &[4], SCHOOL, "举办青年教师教学基本功比赛，为青年教师成长搭建平台"),
    ("apr_legal_service", &[4], COMMUNITY, "为辖区职工提供劳动法律咨询和维权服务"),
    // May
    ("may_labour_day", &[5], ALL, "开展“五一”国际劳动节庆祝活动，表彰先进集体和先进个人"),
    ("may_model_workers", &[5], ALL, "走访慰问劳动模范，宣传劳模精神、劳动精神、工匠精神"),
    ("may_youth", &[5], ALL, "组织青年职工开展“五四”青年节主题活动"),
    ("may_competition", &[5], ENTERPRISE, "启动年度劳动竞赛，组织开展岗位练兵和技能比武"),
    ("may_nurses_day", &[5], MEDICAL, "开展“5·12”国际护士节庆祝活动，表彰优秀护士"),
    ("may_ethics", &[5], SCHOOL, "开展师德师风主题教育活动"),
    ("may_organ_conduct", &[5], ORGAN, "开展机关作风建设主题实践活动，引导干部职工立足岗位作贡献"),
    ("may_new_forms_join", &[5], COMMUNITY, "开展新就业形态劳动者集中入会行动，扩大工会组织覆盖面"),
    // June
    ("jun_children", &[6], ALL, "组织职工子女开展“六一”儿童节亲子活动"),
    ("jun_dragon_boat", &[6], ALL, "开展端午节包粽子等传统节日活动"),
    ("jun_safety_month", &[6], ENTERPRISE, "组织开展“安全生产月”活动，举办安全知识竞赛和应急演练"),
    ("jun_fire_drill", &[6], ALL & !ENTERPRISE, "结合“安全生产月”，组织职工参加消防安全培训和应急疏散演练"),
    ("jun_rights_survey", &[6], COMMUNITY, "走访辖区企业，了解劳动用工和职工权益保障情况"),
    // July and August
    ("jul_party_day", &[7], ALL, "结合“七一”建党节，组织会员开展红色教育活动"),
    ("aug_army_day", &[8], ALL, "结合“八一”建军节，走访慰问复转军人职工和军属职工"),
    ("summer_cool", &[7, 8], ALL, "开展“夏送清凉”活动，慰问高温岗位和一线值守职工"),
    ("summer_aid_apply", &[7, 8], ALL, "做好“金秋助学”申报工作，摸排考入大学的困难职工子女"),
    ("summer_heat_check", &[7, 8], ENTERPRISE, "开展高温季节劳动保护检查，督促落实防暑降温措施"),
    ("summer_recuperation", &[7, 8], UNITS, "组织职工分批参加疗休养活动"),
    ("summer_teacher_recuperation", &[7, 8], SCHOOL, "组织教职工暑期疗休养活动"),
    ("summer_teacher_training", &[7, 8], SCHOOL, "组织教职工参加暑期业务培训和师德学习"),
    ("summer_childcare", &[7, 8], COMMUNITY, "举办职工子女暑期托管班，解决职工看护难题"),
    ("aug_doctors_day", &[8], MEDICAL, "开展“8·19”中国医师节庆祝活动，表彰优秀医师"),
    // September
    ("sep_aid_grants", &[9], ALL, "发放“金秋助学”助学金，帮助困难职工子女顺利入学"),
    ("sep_teachers_day", &[9], SCHOOL, "庆祝教师节，表彰优秀教师和优秀班主任，慰问退休教师"),
    ("sep_school_year_plan", &[9], SCHOOL, "召开新学年工会委员会议，制定学年工会工作计划"),
    ("sep_mid_autumn", &[9], ALL, "组织中秋节职工联谊活动"),
    ("sep_elders", &[9], ALL, "走访慰问离退休老同志，筹备重阳节敬老活动"),
    ("sep_skills", &[9], ENTERPRISE, "举办职工技能比武，选拔优秀选手参加上级竞赛"),
    // October
    ("oct_national_day", &[10], ALL, "开展国庆节庆祝活动，组织职工书画、摄影、歌咏等文化活动"),
    ("oct_autumn_games", &[10], ALL, "举办秋季职工运动会"),
    ("oct_double_ninth", &[10], ALL, "开展重阳节敬老活动，走访慰问退休老职工"),
    ("oct_suggestions", &[10], ENTERPRISE, "征集职工合理化建议，开展“金点子”评选活动"),
    ("oct_medical_checkup", &[10], MEDICAL, "组织医务职工健康体检，关注一线医护人员身心健康"),
    ("oct_teacher_outing", &[10], SCHOOL, "组织教职工秋季户外拓展活动"),
    // November
    ("nov_audit", &[11], ALL, "开展年度工会经费审查，做好工会财务收支审核"),
    ("nov_members", &[11], ALL, "开展会员信息核对，规范会籍管理和会员接转手续"),
    ("nov_cadre_training", &[11], ALL, "组织工会干部参加业务培训，提高履职能力"),
    ("nov_school_affairs", &[11], SCHOOL, "开展校务公开情况检查，听取教职工对学校工作的意见建议"),
    ("nov_factory_affairs", &[11], ENTERPRISE, "开展厂务公开民主管理工作检查"),
    ("nov_hospital_affairs", &[11], MEDICAL, "开展院务公开民主管理工作自查"),
    ("nov_unit_affairs", &[11], ORGAN | INSTITUTION | OTHER, "推进单位事务公开，认真听取职工意见建议"),
    ("nov_collective_bargaining", &[11], COMMUNITY, "指导辖区企业推进厂务公开和工资集体协商"),
    // December
    ("dec_review", &[12], ALL, "开展年度工会工作总结，评选表彰先进工会小组和优秀会员"),
    ("dec_budget", &[12], ALL, "编制下一年度工会经费预算"),
    ("dec_warmth_prep", &[12], ALL, "摸排困难职工情况，做好元旦、春节“送温暖”准备工作"),
    ("dec_winter_sports", &[12], ALL, "举办迎新年职工冬季趣味运动会"),
    ("dec_competition_review", &[12], ENTERPRISE, "总结年度劳动竞赛成果，表彰技术能手和优秀合理化建议"),
    ("outdoor_workers_station", &[7, 12], COMMUNITY, "依托职工服务站点，为环卫工人、快递员、外卖送餐员等户外劳动者提供歇脚、饮水、热饭等暖心服务"),
];

/// The usual union activities for month `month` (1..=12) of an organisation
/// of type `org_type` (an `ORG_TYPES` id; unknown ids count as `other`).
/// A month outside 1..=12 has none.
pub fn suggestions(org_type: &str, month: u8) -> Vec<Suggestion> {
    let bit = org_bit(org_type);
    TABLE
        .iter()
        .filter(|(_, months, orgs, _)| orgs & bit != 0 && months.contains(&month))
        .map(|&(id, _, _, text)| Suggestion { id, text })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::ORG_TYPES;

    fn texts(org: &str, month: u8) -> Vec<&'static str> {
        suggestions(org, month)
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    #[test]
    fn every_type_gets_three_to_six_lines_each_month() {
        for (org, _) in ORG_TYPES {
            for month in 1..=12 {
                let n = suggestions(org, month).len();
                assert!((3..=6).contains(&n), "{org} month {month}: {n} suggestions");
            }
        }
    }

    #[test]
    fn school_september_has_teachers_day() {
        assert!(texts("school", 9).iter().any(|t| t.contains("教师节")));
        assert!(!texts("enterprise", 9).iter().any(|t| t.contains("教师节")));
    }

    #[test]
    fn march_has_womens_line_for_every_type() {
        for (org, _) in ORG_TYPES {
            assert!(
                texts(org, 3)
                    .iter()
                    .any(|t| t.contains("三八") || t.contains("女职工")),
                "{org}"
            );
        }
    }

    #[test]
    fn enterprise_has_labour_competition_and_skills() {
        let all: Vec<&str> = (1..=12).flat_map(|m| texts("enterprise", m)).collect();
        assert!(all.iter().any(|t| t.contains("劳动竞赛")));
        assert!(all.iter().any(|t| t.contains("技能比武")));
        assert!(all.iter().any(|t| t.contains("合理化建议")));
        assert!(texts("enterprise", 6)
            .iter()
            .any(|t| t.contains("安全生产月")));
        // Schools get neither competition line.
        let school: Vec<&str> = (1..=12).flat_map(|m| texts("school", m)).collect();
        assert!(!school
            .iter()
            .any(|t| t.contains("劳动竞赛") || t.contains("技能比武")));
    }

    #[test]
    fn org_specific_days_land_in_their_months() {
        assert!(texts("medical", 5).iter().any(|t| t.contains("护士节")));
        assert!(texts("medical", 8).iter().any(|t| t.contains("医师节")));
        assert!(!texts("school", 5).iter().any(|t| t.contains("护士节")));
        assert!(texts("school", 2)
            .iter()
            .any(|t| t.contains("教职工代表大会")));
        assert!(texts("school", 4).iter().any(|t| t.contains("青年教师")));
        assert!(texts("community", 5)
            .iter()
            .any(|t| t.contains("新就业形态")));
        assert!(texts("organ", 4).iter().any(|t| t.contains("读书")));
        assert!(texts("organ", 5).iter().any(|t| t.contains("作风")));
    }

    #[test]
    fn seasonal_union_work_is_in_its_month() {
        for (org, _) in ORG_TYPES {
            assert!(texts(org, 1).iter().any(|t| t.contains("送温暖")), "{org}");
            assert!(
                texts(org, 7).iter().any(|t| t.contains("夏送清凉")),
                "{org}"
            );
            assert!(
                texts(org, 8).iter().any(|t| t.contains("金秋助学")),
                "{org}"
            );
            assert!(
                texts(org, 9).iter().any(|t| t.contains("金秋助学")),
                "{org}"
            );
            assert!(
                texts(org, 11).iter().any(|t| t.contains("经费审查")),
                "{org}"
            );
            assert!(
                texts(org, 12).iter().any(|t| t.contains("经费预算")),
                "{org}"
            );
        }
    }

    #[test]
    fn unknown_type_is_other_and_bad_month_is_empty() {
        assert_eq!(suggestions("bakery", 3), suggestions("other", 3));
        assert_eq!(suggestions("", 10), suggestions("other", 10));
        assert!(suggestions("school", 0).is_empty());
        assert!(suggestions("school", 13).is_empty());
    }

    #[test]
    fn ids_are_unique_and_texts_are_clean_chinese_lines() {
        let mut ids: Vec<&str> = TABLE.iter().map(|r| r.0).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate suggestion id");
        for (id, months, orgs, text) in TABLE {
            assert!(
                !months.is_empty() && months.iter().all(|m| (1..=12).contains(m)),
                "{id}"
            );
            assert!(*orgs != 0, "{id}");
            assert!(text.chars().count() >= 8, "{id}");
            assert!(
                !text.contains(',') && !text.contains('"') && !text.ends_with('。'),
                "{id}: {text}"
            );
            assert_eq!(text.trim(), *text, "{id}");
        }
    }

    #[test]
    fn suggestion_serializes_id_and_text() {
        let s = suggestions("school", 9)[0];
        let v = serde_json::to_value(s).unwrap();
        assert_eq!(v["id"], s.id);
        assert_eq!(v["text"], s.text);
    }
}
