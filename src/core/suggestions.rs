//! Usual union activities by month and organisation type: the lines the
//! schedule step offers to add under a month heading. The lines themselves
//! are data, `content/suggestions.tsv` (see `content/README.md`), embedded at
//! build time and read on each call without copying: one row per line,
//! `月份<TAB>单位类型<TAB>编号<TAB>活动`, months and org types separated by
//! `、`, org types as their `ORG_TYPES` labels or `全部`; `#` lines are comments.

use super::model::org_type_label;
use serde::Serialize;

/// One suggested schedule activity. `id` is stable (the editor can remember
/// which suggestions were taken); `text` is the activity line as written.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Suggestion {
    pub id: &'static str,
    pub text: &'static str,
}

const DATA: &str = include_str!("../../content/suggestions.tsv");

/// The org types column's word for every organisation type.
const ALL: &str = "全部";

/// One row of the table, fields as written (trimmed).
struct Row {
    months: &'static str,
    orgs: &'static str,
    id: &'static str,
    text: &'static str,
}

/// The rows after the header, in file order; comment and blank lines, and
/// lines without exactly four fields, are skipped (the tests reject them).
fn rows() -> impl Iterator<Item = Row> {
    DATA.lines().skip(1).filter_map(|line| {
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let mut f = line.split('\t').map(str::trim);
        let row = Row {
            months: f.next()?,
            orgs: f.next()?,
            id: f.next()?,
            text: f.next()?,
        };
        f.next().is_none().then_some(row)
    })
}

/// The usual union activities for month `month` (1..=12) of an organisation
/// of type `org_type` (an `ORG_TYPES` id; unknown ids count as `other`).
/// A month outside 1..=12 has none.
pub fn suggestions(org_type: &str, month: u8) -> Vec<Suggestion> {
    let label = org_type_label(org_type);
    rows()
        .filter(|r| {
            r.orgs
                .split('、')
                .any(|o| o.trim() == ALL || o.trim() == label)
                && r.months.split('、').any(|m| m.trim().parse() == Ok(month))
        })
        .map(|r| Suggestion {
            id: r.id,
            text: r.text,
        })
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

    /// Every line of `content/suggestions.tsv`, strictly: the header, then
    /// comments, blank lines or rows of four clean fields.
    #[test]
    fn every_line_of_the_data_file_is_a_clean_row() {
        let mut lines = DATA.lines();
        assert_eq!(
            lines.next(),
            Some("月份\t单位类型\t编号\t活动"),
            "suggestions.tsv: the first line must be the header"
        );
        let labels: Vec<&str> = ORG_TYPES.iter().map(|(_, l)| *l).collect();
        let mut ids = std::collections::HashSet::new();
        let mut n = 0;
        for (i, line) in lines.enumerate() {
            let at = format!("suggestions.tsv line {}", i + 2);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            n += 1;
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 4, "{at}: four tab-separated fields: {line}");
            for x in &f {
                assert!(
                    !x.is_empty() && x.trim() == *x,
                    "{at}: empty or padded field: {line}"
                );
            }
            let (months, orgs, id, text) = (f[0], f[1], f[2], f[3]);
            let ms: Vec<&str> = months.split('、').collect();
            assert!(
                ms.iter()
                    .all(|m| m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))),
                "{at}: months must be 1..12 separated by 、: {months}"
            );
            let os: Vec<&str> = orgs.split('、').collect();
            for o in &os {
                assert!(
                    *o == ALL || labels.contains(o),
                    "{at}: unknown org type “{o}” (use {labels:?} or 全部)"
                );
            }
            assert!(
                !os.contains(&ALL) || os.len() == 1,
                "{at}: 全部 stands alone"
            );
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{at}: id must be lowercase letters, digits and _: {id}"
            );
            assert!(ids.insert(id), "{at}: duplicate id {id}");
            assert!(text.chars().count() >= 8, "{at}: {text}");
            assert!(
                !text.contains(',') && !text.contains('"') && !text.ends_with('。'),
                "{at}: {text}"
            );
            assert_eq!(
                crate::core::training::ascii_punct_near_cjk(text),
                None,
                "{at}: full-width punctuation"
            );
        }
        assert!(n >= 70, "only {n} suggestions");
        assert_eq!(rows().count(), n, "every row is read");
    }

    #[test]
    fn suggestion_serializes_id_and_text() {
        let s = suggestions("school", 9)[0];
        let v = serde_json::to_value(s).unwrap();
        assert_eq!(v["id"], s.id);
        assert_eq!(v["text"], s.text);
    }
}
