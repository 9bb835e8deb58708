//! Usual duties (`duty:*`): the union's routine work that every plan and
//! summary is expected to mention (职代会/教代会, 送温暖, 经费审查, 女职工,
//! 文体, 困难帮扶, 会员), plus one per org type (教师节 in a school, 劳动竞赛
//! in an enterprise, 医师节 in a medical unit). A duty counts as written when
//! any of its keywords appears anywhere in the text; otherwise a warning.

use super::{Checker, Doc, Level};
use crate::core::steps::{Step, Target};

struct Duty {
    id: &'static str,
    keys: &'static [&'static str],
    name: &'static str,
    /// The `REGISTRY` case that explains it ("" for the rule's own text).
    case: &'static str,
}

/// Usual union duties that the text never mentions.
pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let plan = doc.plan;
    let all: String = doc
        .fields
        .iter()
        .map(|f| f.text)
        .collect::<Vec<_>>()
        .join("\n");
    let school = plan.org_type == "school";
    let mut duties: Vec<Duty> = vec![
        Duty {
            id: "duty:congress",
            keys: &[
                "职代会",
                "教代会",
                "职工代表大会",
                "会员代表大会",
                "教职工大会",
            ],
            name: if school {
                "教代会（教职工代表大会）"
            } else {
                "职代会（职工代表大会）"
            },
            case: if school { "school" } else { "" },
        },
        Duty {
            id: "duty:warmth",
            keys: &["送温暖", "慰问", "走访"],
            name: "送温暖、节日慰问",
            case: "",
        },
        Duty {
            id: "duty:audit",
            keys: &["经费审查", "经审", "财务", "审计", "经费管理"],
            name: "工会经费审查和财务管理",
            case: "",
        },
        Duty {
            id: "duty:women",
            keys: &[
                "女职工",
                "女教工",
                "女教职工",
                "女工",
                "女教师",
                "女医务",
                "妇女",
                "三八",
            ],
            name: "女职工工作",
            case: "",
        },
        Duty {
            id: "duty:culture",
            keys: &["文体", "文化", "体育", "健身", "文艺", "运动"],
            name: "文体活动",
            case: "",
        },
        Duty {
            id: "duty:hardship",
            keys: &[
                "困难职工",
                "困难教职工",
                "困难会员",
                "困难家庭",
                "帮扶",
                "救助",
                "特困",
                "解困",
            ],
            name: "困难职工帮扶",
            case: "",
        },
        Duty {
            id: "duty:membership",
            keys: &["会员", "入会", "会籍"],
            name: "会员发展和会籍管理",
            case: "",
        },
    ];
    match plan.org_type.as_str() {
        "school" => duties.push(Duty {
            id: "duty:teachers",
            keys: &["教师节", "师德"],
            name: "教师节和师德建设",
            case: "",
        }),
        "enterprise" => duties.push(Duty {
            id: "duty:competition",
            keys: &["劳动竞赛", "技能", "岗位练兵", "比武"],
            name: "劳动竞赛和技能比武",
            case: "",
        }),
        "medical" => duties.push(Duty {
            id: "duty:medical",
            keys: &["医师节", "护士节", "医德", "医风"],
            name: "医师节、护士节和医德医风建设",
            case: "",
        }),
        _ => {}
    }
    let t = Target::step(Step::Main);
    for d in duties {
        if d.keys.iter().any(|k| all.contains(k)) {
            c.push_case(
                d.id,
                d.case,
                Level::Ok,
                format!("已写到{}", d.name),
                t.clone(),
            );
        } else {
            c.push_case(
                d.id,
                d.case,
                Level::Warning,
                format!("全文没有提到{}", d.name),
                t.clone(),
            );
        }
    }
}
