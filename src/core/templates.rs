//! Starter templates: a complete work plan and a complete year-end summary
//! for each organisation type, written for this tool (not taken from sample
//! sites). An officer picks one, and `fill` puts in the organisation, the
//! year, the suggested title and a signature date; every other word stays
//! as written, for the officer to adapt.
//!
//! The documents are data: `content/templates/<org_type>-<kind>.json`, each
//! a plan JSON (README.md, "The plan JSON") without title, organisation,
//! year or signature, plus `"template": { "id", "name" }` (see
//! `content/README.md`). They are embedded at build time, loaded once
//! through `Plan::from_value` (the one deserializer of `Plan`) and cloned
//! on each call.
//!
//! The texts carry no year and no organisation name, so they stay valid
//! whatever `fill` is given. Every file loads and every template passes the
//! checklist without errors once filled (pinned by the tests below).

use super::model::{Kind, Plan};
use super::title;
use serde::Serialize;
use serde_json::Value;

#[derive(Serialize, Clone, Debug)]
pub struct Template {
    /// Stable id: `<org_type>-plan` or `<org_type>-summary`.
    pub id: &'static str,
    /// An `ORG_TYPES` id.
    pub org_type: &'static str,
    pub kind: Kind,
    /// What the picker shows.
    pub name: String,
    /// The document, without organisation, title or signature date.
    pub plan: Plan,
}

/// `(id, file text)` for `content/templates/<id>.json`.
macro_rules! files {
    ($($id:literal),* $(,)?) => {
        [$(($id, include_str!(concat!("../../content/templates/", $id, ".json")))),*]
    };
}

/// The template files in `ORG_TYPES` order, plan before summary.
const FILES: [(&str, &str); 14] = files!(
    "school-plan",
    "school-summary",
    "organ-plan",
    "organ-summary",
    "enterprise-plan",
    "enterprise-summary",
    "community-plan",
    "community-summary",
    "medical-plan",
    "medical-summary",
    "institution-plan",
    "institution-summary",
    "other-plan",
    "other-summary",
);

/// One template file: its plan, and its name from `template.name`. The org
/// type is the id's first part (the tests check it matches the plan's).
fn parse(id: &'static str, text: &str) -> Result<Template, String> {
    let v = super::json_parse::parse(text)?;
    let name = v
        .get("template")
        .and_then(|t| t.get("name"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let plan = Plan::from_value(&v).map_err(|e| e.to_string())?;
    Ok(Template {
        id,
        org_type: id.split_once('-').map_or(id, |(org, _)| org),
        kind: plan.kind,
        name,
        plan,
    })
}

/// Every template that loads (all of them: the tests load each file).
fn all() -> &'static [Template] {
    // Per thread, as plans share their sections through `Rc` (`Shared`):
    // one on the page, one per test thread. Parsed once, kept for good.
    thread_local! {
        static PARSED: &'static [Template] = FILES
            .iter()
            .filter_map(|(id, text)| parse(id, text).ok())
            .collect::<Vec<_>>()
            .leak();
    }
    PARSED.with(|p| *p)
}

/// Every template, plans and summaries for the seven organisation types,
/// in `ORG_TYPES` order (plan before summary).
pub fn templates() -> Vec<Template> {
    all().to_vec()
}

/// The template with this id.
pub fn template(id: &str) -> Option<Template> {
    all().iter().find(|t| t.id == id).cloned()
}

/// The template's document for an organisation and a year: organisation and
/// signature organisation set, year (and next year's part) set, the suggested
/// title, and a signature date the checklist accepts (plans: the 20th of the
/// month before the period starts; summaries: the 20th of the period's last
/// month). Everything else is kept as written.
pub fn fill(t: &Template, organization: &str, year: i32) -> Plan {
    fill_plan(&t.plan, organization, year)
}

/// `fill` for a template's plan already taken out of its `Template` (what
/// the picker hands to the app).
pub fn fill_plan(plan: &Plan, organization: &str, year: i32) -> Plan {
    let mut p = plan.clone();
    let org = organization.trim().to_string();
    p.organization = org.clone();
    p.signature.organization = org;
    p.year = year;
    let next_year = year.saturating_add(1);
    if let Some(n) = p.next.as_deref_mut() {
        n.year = next_year;
    }
    p.title = title::suggest(&p);
    p.signature.date = default_date(&p);
    p
}

/// The signature date `fill` gives a document (None for years that cannot be
/// written as `YYYY-MM-DD`).
fn default_date(p: &Plan) -> Option<String> {
    let start = p.period.start();
    let (y, m) = if p.kind.is_summary() {
        let last = if start == 1 { 12 } else { start - 1 };
        (p.period.calendar_year(p.year, last), last)
    } else if start == 1 {
        (p.year.checked_sub(1)?, 12)
    } else {
        (p.year, start - 1)
    };
    (1..=9999).contains(&y).then(|| format!("{y:04}-{m:02}-20"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::{check, Level};
    use crate::core::model::{Item, ORG_TYPES};

    /// A real-looking organisation of each type, for filling.
    fn org_name(org_type: &str) -> &'static str {
        match org_type {
            "school" => "城南实验中学工会",
            "organ" => "市自然资源局机关工会",
            "enterprise" => "江海机械制造有限公司工会",
            "community" => "东湖街道总工会",
            "medical" => "市第二人民医院工会",
            "institution" => "市图书馆工会",
            _ => "滨江社会工作服务中心工会",
        }
    }

    /// Every piece of text of a plan, with a name for messages.
    fn texts(p: &Plan) -> Vec<(String, String)> {
        fn walk(items: &[Item], name: &str, out: &mut Vec<(String, String)>) {
            for (i, it) in items.iter().enumerate() {
                let n = format!("{name}.{i}");
                out.push((n.clone(), it.heading.clone()));
                out.push((n.clone(), it.text.clone()));
                walk(&it.items, &n, out);
            }
        }
        let mut out = vec![
            ("guiding".to_string(), p.guiding.clone()),
            ("goals".to_string(), p.goals.clone()),
            ("measures".to_string(), p.measures.clone()),
            ("problems".to_string(), p.problems.clone()),
        ];
        for (i, s) in p.sections.iter().enumerate() {
            out.push((format!("section {i}"), s.heading.clone()));
            out.push((format!("section {i}"), s.body.clone()));
            walk(&s.items, &format!("section {i}"), &mut out);
        }
        for (i, e) in p.schedule.iter().enumerate() {
            for a in &e.activities {
                out.push((format!("schedule {i}"), a.clone()));
            }
        }
        out
    }

    /// Fields a template file may hold at each level: a typo would
    /// otherwise be ignored silently when the plan loads.
    fn unknown_keys(v: &Value, allowed: &[&str], at: &str, out: &mut Vec<String>) {
        match v.as_object() {
            Some(o) => out.extend(
                o.keys()
                    .filter(|k| !allowed.contains(&k.as_str()))
                    .map(|k| format!("{at}: unknown field “{k}” (allowed: {allowed:?})")),
            ),
            None => out.push(format!("{at}: should be an object")),
        }
    }

    fn check_items(v: &Value, at: &str, out: &mut Vec<String>) {
        for (i, it) in v.as_array().into_iter().flatten().enumerate() {
            let at = format!("{at}.items[{i}]");
            unknown_keys(it, &["heading", "text", "items"], &at, out);
            if it["heading"].as_str().is_none_or(|h| h.trim().is_empty()) {
                out.push(format!("{at}: empty heading"));
            }
            check_items(&it["items"], &at, out);
        }
    }

    /// Every file of `content/templates/`, strictly: listed in `FILES`,
    /// valid JSON with only known fields, `template.id` = file name,
    /// `template.name` set, org type and kind as the file name says, no
    /// empty heading or activity, and it loads as a plan.
    #[test]
    fn every_template_file_loads_with_known_fields_and_no_empty_entries() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content/templates");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("content/templates")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = FILES.iter().map(|(id, _)| format!("{id}.json")).collect();
        listed.sort();
        assert_eq!(
            on_disk, listed,
            "content/templates and FILES in templates.rs differ"
        );
        let top = [
            "template", "schema", "kind", "org_type", "period", "guiding", "goals", "sections",
            "measures", "schedule", "problems",
        ];
        let mut errors = Vec::new();
        for (id, text) in FILES {
            let at = format!("content/templates/{id}.json");
            let v: Value = match serde_json::from_str(text) {
                Ok(v) => v,
                Err(e) => {
                    errors.push(format!("{at}: not valid JSON: {e}"));
                    continue;
                }
            };
            unknown_keys(&v, &top, &at, &mut errors);
            unknown_keys(
                &v["template"],
                &["id", "name"],
                &format!("{at} template"),
                &mut errors,
            );
            if v["template"]["id"].as_str() != Some(id) {
                errors.push(format!("{at}: template.id must be “{id}”"));
            }
            if v["template"]["name"]
                .as_str()
                .is_none_or(|n| n.trim().is_empty())
            {
                errors.push(format!("{at}: template.name is empty"));
            }
            unknown_keys(
                &v["period"],
                &["start_month"],
                &format!("{at} period"),
                &mut errors,
            );
            for (i, s) in v["sections"].as_array().into_iter().flatten().enumerate() {
                let at = format!("{at} sections[{i}]");
                unknown_keys(s, &["heading", "body", "items"], &at, &mut errors);
                if s["heading"].as_str().is_none_or(|h| h.trim().is_empty()) {
                    errors.push(format!("{at}: empty heading"));
                }
                check_items(&s["items"], &at, &mut errors);
            }
            for (i, e) in v["schedule"].as_array().into_iter().flatten().enumerate() {
                let at = format!("{at} schedule[{i}]");
                unknown_keys(e, &["months", "activities"], &at, &mut errors);
                let months = e["months"]
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                if months.is_empty()
                    || !months
                        .iter()
                        .all(|m| m.as_u64().is_some_and(|m| (1..=12).contains(&m)))
                {
                    errors.push(format!("{at}: months must be 1..12"));
                }
                let acts = e["activities"]
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                if acts.is_empty()
                    || acts
                        .iter()
                        .any(|a| a.as_str().is_none_or(|a| a.trim().is_empty()))
                {
                    errors.push(format!("{at}: empty activity"));
                }
            }
            match parse(id, text) {
                Ok(t) => {
                    let (org, kind) = id.split_once('-').unwrap_or_default();
                    if t.plan.org_type != org || t.org_type != org {
                        errors.push(format!("{at}: org_type must be “{org}”"));
                    }
                    if t.kind.id() != kind {
                        errors.push(format!("{at}: kind must be “{kind}”"));
                    }
                }
                Err(e) => errors.push(format!("{at}: does not load as a plan: {e}")),
            }
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        assert_eq!(templates().len(), FILES.len());
    }

    #[test]
    fn every_template_passes_checklist_without_errors_after_fill() {
        let mut report = Vec::new();
        for t in templates() {
            let p = fill(&t, org_name(t.org_type), 2026);
            let fs = check(&p);
            let errors: Vec<String> = fs
                .iter()
                .filter(|f| f.level == Level::Error)
                .map(|f| format!("{}: {}", f.id, f.message))
                .collect();
            let warnings: Vec<String> = fs
                .iter()
                .filter(|f| f.level == Level::Warning)
                .map(|f| format!("{}: {}", f.id, f.message))
                .collect();
            assert!(
                errors.is_empty(),
                "{} has checklist errors:\n{}",
                t.id,
                errors.join("\n")
            );
            report.push(format!(
                "{} errors 0 warnings {} {:?}",
                t.id,
                warnings.len(),
                warnings
            ));
        }
        eprintln!("{}", report.join("\n"));
    }

    #[test]
    fn templates_cover_every_org_type_as_plan_and_summary_with_unique_ids() {
        let ts = templates();
        let mut ids: Vec<&str> = ts.iter().map(|t| t.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ts.len(), "duplicate template ids");
        assert!(ts.len() >= 14);
        for (org, _) in ORG_TYPES {
            for kind in [Kind::Plan, Kind::Summary] {
                let t = ts
                    .iter()
                    .find(|t| t.org_type == org && t.kind == kind)
                    .unwrap_or_else(|| panic!("no {kind:?} template for {org}"));
                assert_eq!(t.id, format!("{org}-{}", kind.id()));
                assert_eq!(t.plan.kind, kind);
                assert_eq!(t.plan.org_type, org);
                assert!(!t.name.trim().is_empty());
                assert_eq!(template(t.id).map(|x| x.id), Some(t.id));
            }
        }
        assert!(template("nope").is_none());
    }

    #[test]
    fn plans_are_complete_documents() {
        for t in templates().into_iter().filter(|t| t.kind == Kind::Plan) {
            let p = &t.plan;
            assert_eq!(
                p.guiding.lines().count(),
                2,
                "{}: two guiding paragraphs",
                t.id
            );
            assert!(!p.goals.trim().is_empty(), "{}: goals", t.id);
            assert!(p.sections.len() >= 4, "{}: at least four priorities", t.id);
            for s in &p.sections {
                assert!(
                    !s.body.trim().is_empty() || s.items.len() >= 2,
                    "{}: “{}” needs a body or sub-items",
                    t.id,
                    s.heading
                );
            }
            assert!(
                p.sections
                    .iter()
                    .flat_map(|s| &s.items)
                    .any(|i| !i.items.is_empty()),
                "{}: some level-3 items",
                t.id
            );
            assert!(!p.measures.trim().is_empty(), "{}: measures", t.id);
            let covered = crate::core::calendar::covered_months(&p.schedule);
            assert_eq!(
                covered,
                (1..=12).collect::<Vec<u8>>(),
                "{}: every month",
                t.id
            );
            for e in &p.schedule {
                assert!(
                    (2..=4).contains(&e.activities.len()),
                    "{}: {:?} has {} activities",
                    t.id,
                    e.months,
                    e.activities.len()
                );
            }
        }
        let school = template("school-plan").unwrap().plan;
        assert_eq!(school.period.start(), 2);
        assert!(school.schedule.iter().any(|e| e.months == vec![7, 8]));
    }

    #[test]
    fn summaries_open_with_the_usual_sentence_and_report_figures() {
        for t in templates().into_iter().filter(|t| t.kind == Kind::Summary) {
            let p = &t.plan;
            let open = p.guiding.trim();
            assert!(
                open.contains("现将") && open.ends_with("总结如下："),
                "{}: {open}",
                t.id
            );
            assert!(
                p.sections.len() >= 4,
                "{}: at least four achievements",
                t.id
            );
            assert!(p.problems.lines().count() >= 2, "{}: problems", t.id);
            assert!(p.schedule.is_empty(), "{}: no schedule", t.id);
            let fs = check(&fill(&t, org_name(t.org_type), 2026));
            assert!(
                fs.iter().any(|f| f.id == "figures" && f.level == Level::Ok),
                "{}: every achievement should carry figures",
                t.id
            );
        }
    }

    #[test]
    fn templates_mention_the_org_types_own_duties() {
        let want: &[(&str, &[&str])] = &[
            ("school", &["教代会", "教师节"]),
            ("enterprise", &["职代会", "劳动竞赛"]),
            ("medical", &["护士节", "医师节"]),
            ("community", &["新就业形态", "会员代表大会"]),
        ];
        for t in templates() {
            let all: String = texts(&t.plan).into_iter().map(|(_, s)| s).collect();
            for (org, keys) in want {
                if t.org_type == *org {
                    for k in *keys {
                        assert!(all.contains(k), "{} never mentions {k}", t.id);
                    }
                }
            }
        }
    }

    #[test]
    fn fill_sets_organization_year_title_and_a_fitting_date() {
        let t = template("enterprise-plan").unwrap();
        let p = fill(&t, " 江海机械制造有限公司工会 ", 2026);
        assert_eq!(p.organization, "江海机械制造有限公司工会");
        assert_eq!(p.signature.organization, "江海机械制造有限公司工会");
        assert_eq!(p.year, 2026);
        assert_eq!(p.title, "江海机械制造有限公司工会2026年工作计划");
        assert_eq!(p.signature.date.as_deref(), Some("2025-12-20"));
        assert_eq!(p.sections, t.plan.sections);
        assert_eq!(p.schedule, t.plan.schedule);

        let s = fill(
            &template("medical-summary").unwrap(),
            "市第二人民医院工会",
            2026,
        );
        assert_eq!(s.title, "市第二人民医院工会2026年工作总结");
        assert_eq!(s.signature.date.as_deref(), Some("2026-12-20"));

        // School year from February: dated in January, before the year starts.
        let sp = fill(&template("school-plan").unwrap(), "城南实验中学", 2026);
        assert_eq!(sp.title, "城南实验中学2026年工会工作计划");
        assert_eq!(sp.signature.date.as_deref(), Some("2026-01-20"));

        // A combined document gets next year's part moved along too.
        let mut combined = template("organ-summary").unwrap();
        combined.plan = Plan {
            kind: Kind::SummaryAndPlan,
            ..combined.plan
        };
        combined.plan.normalize();
        let c = fill(&combined, "机关工会", 2026);
        assert_eq!(c.next.as_ref().map(|n| n.year), Some(2027));
        assert_eq!(c.title, "机关工会2026年工作总结\n暨2027年工作计划");

        // Absurd years never panic; the date is left out.
        let odd = fill(&t, "", i32::MIN);
        assert!(odd.signature.date.is_none());
        let odd = fill(&t, "", i32::MAX);
        assert!(odd.signature.date.is_none());
    }

    /// Placeholder patterns a finished document must not contain.
    fn placeholder_in(s: &str) -> Option<&'static str> {
        let lower = s.to_lowercase();
        [
            ("xx", "xx"),
            ("ｘｘ", "xx"),
            ("某", "某"),
            ("……", "……"),
            ("...", "..."),
            ("__", "__"),
            ("**", "**"),
            ("待定", "待定"),
            ("〇〇", "〇〇"),
            ("【", "【"),
            ("“”", "“”"),
        ]
        .iter()
        .find(|(p, _)| lower.contains(p))
        .map(|(_, name)| *name)
    }

    #[test]
    fn templates_have_no_placeholders() {
        for t in templates() {
            for (place, s) in texts(&t.plan) {
                assert_eq!(placeholder_in(&s), None, "{} {place}: {s}", t.id);
            }
            assert_eq!(placeholder_in(&t.name), None);
        }
        assert_eq!(placeholder_in("20xx年"), Some("xx"));
        assert_eq!(placeholder_in("某某学校"), Some("某"));
    }

    #[test]
    fn templates_use_full_width_punctuation() {
        let mut fullwidth = 0;
        for t in templates() {
            for (place, s) in texts(&t.plan) {
                assert_eq!(
                    crate::core::training::ascii_punct_near_cjk(&s),
                    None,
                    "{} {place}",
                    t.id
                );
                fullwidth += s.matches('，').count();
            }
        }
        assert!(fullwidth > 500, "only {fullwidth} full-width commas");
        assert!(crate::core::training::ascii_punct_near_cjk("工会\u{2c}职工").is_some());
    }

    #[test]
    fn templates_copy_no_phrase_from_the_seed_files() {
        let Some(seeds) = crate::core::training::seed_windows() else {
            return;
        };
        for t in templates() {
            for (place, s) in texts(&t.plan) {
                if let Some(w) = crate::core::training::copied_phrase(&s, &seeds) {
                    panic!("{} {place} copies “{w}” from a seed file", t.id);
                }
            }
        }
    }
}
