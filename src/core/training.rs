//! Training mode: for each step of the editor, what the part is for, how
//! officers usually write it, the usual mistakes, and a short example
//! written for the organisation type. Plans and summaries get their own
//! text where the part differs (开头概述 vs 指导思想, 主要成绩 vs 主要工作, …).
//!
//! The texts are data, `content/guidance.json` (see `content/README.md`),
//! embedded at build time and parsed once. Per step id: `purpose`, `how`,
//! `mistakes`, `examples` (one passage per org type label) and, for 主要工作,
//! `org_mistakes` (one more mistake per org type); written at the step when
//! plans and summaries share them, or under `plan` / `summary` when they
//! differ.
//!
//! All text is original to this tool; the tests check every entry of the
//! file, that no example carries a template placeholder and that nothing
//! repeats a phrase of the seed documents in shared/fixtures.

use super::model::{org_type_label, Kind};
use super::steps::Step;
use serde::Serialize;
use serde_json::Value;
use std::sync::OnceLock;

#[derive(Serialize, Clone, Debug)]
pub struct Guidance {
    pub step: Step,
    /// What this part is for.
    pub purpose: &'static str,
    /// How officers usually write it.
    pub how: &'static str,
    /// Common mistakes (two to four).
    pub mistakes: Vec<&'static str>,
    /// Short example passages for the organisation type.
    pub examples: Vec<&'static str>,
}

const DATA: &str = include_str!("../../content/guidance.json");

/// The parsed guidance file (Null, hence empty guidance, if it were broken:
/// the tests make sure it is not).
fn data() -> &'static Value {
    static PARSED: OnceLock<Value> = OnceLock::new();
    PARSED.get_or_init(|| crate::core::json_parse::parse(DATA).unwrap_or(Value::Null))
}

/// A field of a step: the kind's own (`plan` / `summary`) when written,
/// else the one the step shares between both.
fn field(step: Step, kind: &str, name: &str) -> Option<&'static Value> {
    let s = data().get(step.id())?;
    s.get(kind)
        .and_then(|k| k.get(name))
        .or_else(|| s.get(name))
}

/// The passage for an org type in an object keyed by org type labels
/// ("" and unknown types read 其他).
fn for_org(v: Option<&'static Value>, org_type: &str) -> Option<&'static str> {
    v?.get(org_type_label(org_type))?.as_str()
}

/// Guidance for one step of a document of `kind` for an `org_type`
/// (`ORG_TYPES` id; unknown ids get the 其他 examples). Next year's part of a
/// 总结暨明年计划 is a plan: ask with `Kind::Plan`.
pub fn guidance(step: Step, kind: Kind, org_type: &str) -> Guidance {
    let k = if kind.is_summary() { "summary" } else { "plan" };
    let text = |name| field(step, k, name).and_then(Value::as_str).unwrap_or("");
    let mut mistakes: Vec<&'static str> = field(step, k, "mistakes")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    mistakes.extend(for_org(field(step, k, "org_mistakes"), org_type));
    Guidance {
        step,
        purpose: text("purpose"),
        how: text("how"),
        mistakes,
        examples: for_org(field(step, k, "examples"), org_type)
            .into_iter()
            .collect(),
    }
}

// ---------------------------------------------------------------------------
// Test helpers shared with `templates`: the seed documents as 14-character
// windows, copied phrases, ASCII punctuation next to Chinese.

/// Phrases this long (letters, digits and CJK only) must not come from the seeds.
#[cfg(test)]
pub(crate) const COPY_WINDOW: usize = 14;

#[cfg(test)]
fn normalize(s: &str) -> Vec<char> {
    s.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Every 14-character window of the seed documents, or None (with a
/// SKIPPED notice) when they are absent and UNION_PLAN_NO_FIXTURES=1.
#[cfg(test)]
pub(crate) fn seed_windows() -> Option<std::collections::HashSet<String>> {
    let dir = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/fixtures/seed"
    ));
    if !dir.is_dir() {
        if std::env::var("UNION_PLAN_NO_FIXTURES").as_deref() == Ok("1") {
            eprintln!(
                "SKIPPED: seed fixtures not found at {} (UNION_PLAN_NO_FIXTURES=1); copied-phrase check not run",
                dir.display()
            );
            return None;
        }
        panic!(
            "seed fixtures not found at {}: the shared/ folder must sit beside the crate \
             (set UNION_PLAN_NO_FIXTURES=1 to skip this check)",
            dir.display()
        );
    }
    let mut set = std::collections::HashSet::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("read seed dir") {
        let path = entry.expect("seed entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("read seed file");
        let cs = normalize(&text);
        for w in cs.windows(COPY_WINDOW) {
            set.insert(w.iter().collect::<String>());
        }
    }
    assert!(
        files >= 4,
        "expected the four seed documents in {}",
        dir.display()
    );
    Some(set)
}

/// The first 14-character phrase of `text` that also occurs in the seeds.
#[cfg(test)]
pub(crate) fn copied_phrase(
    text: &str,
    seeds: &std::collections::HashSet<String>,
) -> Option<String> {
    normalize(text)
        .windows(COPY_WINDOW)
        .map(|w| w.iter().collect::<String>())
        .find(|w| seeds.contains(w))
}

/// A half-width , : ; ( ) ! ? in Chinese context, with some context: the
/// one rule of `core::punct` (the content tests use it on guidance,
/// templates and suggestions).
#[cfg(test)]
pub(crate) fn ascii_punct_near_cjk(s: &str) -> Option<String> {
    crate::core::punct::first_halfwidth(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::check;
    use crate::core::model::{Plan, ORG_TYPES};

    fn all() -> Vec<(Step, Kind, &'static str, Guidance)> {
        let mut out = Vec::new();
        for step in Step::ALL {
            for kind in [Kind::Plan, Kind::Summary] {
                for (org, _) in ORG_TYPES {
                    out.push((step, kind, org, guidance(step, kind, org)));
                }
            }
        }
        out
    }

    fn texts(g: &Guidance) -> Vec<&'static str> {
        let mut v = vec![g.purpose, g.how];
        v.extend(g.mistakes.iter().copied());
        v.extend(g.examples.iter().copied());
        v
    }

    /// Every entry of `content/guidance.json`, strictly: every step and no
    /// other key, only known fields, every field resolvable for plans and
    /// summaries, no empty text, one passage for each org type label.
    #[test]
    fn every_entry_of_the_data_file_is_complete() {
        let v: Value = serde_json::from_str(DATA)
            .unwrap_or_else(|e| panic!("content/guidance.json is not valid JSON: {e}"));
        let top = v
            .as_object()
            .expect("guidance.json: an object keyed by step id");
        let ids: Vec<&str> = Step::ALL.iter().map(|s| s.id()).collect();
        for k in top.keys() {
            assert!(
                ids.contains(&k.as_str()),
                "guidance.json: unknown step “{k}” (steps: {ids:?})"
            );
        }
        let labels: Vec<&str> = ORG_TYPES.iter().map(|(_, l)| *l).collect();
        const FIELDS: [&str; 5] = ["purpose", "how", "mistakes", "org_mistakes", "examples"];
        for step in Step::ALL {
            let at = format!("guidance.json “{}”", step.id());
            let s = top
                .get(step.id())
                .and_then(Value::as_object)
                .unwrap_or_else(|| panic!("{at}: missing"));
            assert_eq!(
                s.get("label").and_then(Value::as_str),
                Some(step.label()),
                "{at}: label"
            );
            for (k, x) in s {
                let known = ["label", "plan", "summary"].contains(&k.as_str())
                    || FIELDS.contains(&k.as_str());
                assert!(known, "{at}: unknown field “{k}”");
                if k == "plan" || k == "summary" {
                    let o = x
                        .as_object()
                        .unwrap_or_else(|| panic!("{at}.{k}: an object"));
                    for f in o.keys() {
                        assert!(
                            FIELDS.contains(&f.as_str()),
                            "{at}.{k}: unknown field “{f}”"
                        );
                    }
                }
            }
            for f in FIELDS {
                let own = |k: &str| s.get(k).and_then(|o| o.get(f)).is_some();
                assert!(
                    s.get(f).is_none() || !(own("plan") && own("summary")),
                    "{at}: shared “{f}” is never used (plan and summary both have their own)"
                );
            }
            for kind in ["plan", "summary"] {
                let at = format!("{at} {kind}");
                let get = |f: &str| field(step, kind, f);
                for f in ["purpose", "how"] {
                    let t = get(f).and_then(Value::as_str).unwrap_or("");
                    assert!(!t.trim().is_empty(), "{at}: “{f}” must be non-empty text");
                }
                let ms = get("mistakes").and_then(Value::as_array);
                let ms = ms.unwrap_or_else(|| panic!("{at}: “mistakes” must be a list"));
                assert!(!ms.is_empty(), "{at}: no mistakes");
                for m in ms {
                    let t = m.as_str().unwrap_or("");
                    assert!(!t.trim().is_empty(), "{at}: empty mistake");
                }
                for f in ["examples", "org_mistakes"] {
                    let Some(o) = get(f) else {
                        assert!(f == "org_mistakes", "{at}: “{f}” missing");
                        continue;
                    };
                    let o = o
                        .as_object()
                        .unwrap_or_else(|| panic!("{at}: “{f}” by org type"));
                    for k in o.keys() {
                        assert!(
                            labels.contains(&k.as_str()),
                            "{at}: “{f}” unknown org type “{k}”"
                        );
                    }
                    for l in &labels {
                        let t = o.get(*l).and_then(Value::as_str).unwrap_or("");
                        assert!(!t.trim().is_empty(), "{at}: “{f}” has no text for {l}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_step_org_and_kind_has_purpose_how_mistakes_and_examples() {
        for (step, kind, org, g) in all() {
            let at = format!("{step:?} {kind:?} {org}");
            assert_eq!(g.step, step);
            assert!(g.purpose.chars().count() >= 15, "{at}: purpose");
            assert!(g.how.chars().count() >= 30, "{at}: how");
            assert!((2..=4).contains(&g.mistakes.len()), "{at}: mistakes");
            assert!(!g.examples.is_empty(), "{at}: examples");
            for e in &g.examples {
                let sentences = e.matches(['。', '：', '；']).count();
                assert!((1..=6).contains(&sentences), "{at}: example length: {e}");
                assert!(e.chars().count() >= 30, "{at}: example too short: {e}");
            }
        }
    }

    #[test]
    fn plans_and_summaries_get_their_own_guidance_where_the_part_differs() {
        for step in [
            Step::Guiding,
            Step::Goals,
            Step::Main,
            Step::Measures,
            Step::Problems,
        ] {
            for (org, _) in ORG_TYPES {
                let p = guidance(step, Kind::Plan, org);
                let s = guidance(step, Kind::Summary, org);
                assert_ne!(p.purpose, s.purpose, "{step:?}");
                assert_ne!(p.examples, s.examples, "{step:?} {org}");
            }
        }
        // The combined kind reads as a summary; key points as a plan.
        let c = guidance(Step::Main, Kind::SummaryAndPlan, "school");
        assert_eq!(
            c.examples,
            guidance(Step::Main, Kind::Summary, "school").examples
        );
        let k = guidance(Step::Main, Kind::KeyPoints, "school");
        assert_eq!(
            k.examples,
            guidance(Step::Main, Kind::Plan, "school").examples
        );
        assert!(
            guidance(Step::Guiding, Kind::Summary, "medical").examples[0].ends_with("总结如下：")
        );
    }

    #[test]
    fn examples_are_specific_to_the_org_type() {
        for kind in [Kind::Plan, Kind::Summary] {
            let mut distinct: Vec<Vec<&str>> = ORG_TYPES
                .iter()
                .map(|(o, _)| guidance(Step::Main, kind, o).examples)
                .collect();
            distinct.sort();
            distinct.dedup();
            assert!(
                distinct.len() >= 5,
                "{kind:?}: only {} distinct",
                distinct.len()
            );
        }
        assert!(guidance(Step::Main, Kind::Plan, "enterprise").examples[0].contains("技能比武"));
        assert!(guidance(Step::Main, Kind::Plan, "medical").examples[0].contains("护士节"));
        assert!(guidance(Step::Main, Kind::Plan, "school").examples[0].contains("教代会"));
        assert!(guidance(Step::Main, Kind::Plan, "school")
            .mistakes
            .iter()
            .any(|m| m.contains("教师节")));
        // Unknown and empty org types fall back to 其他.
        assert_eq!(
            guidance(Step::Main, Kind::Plan, "").examples,
            guidance(Step::Main, Kind::Plan, "other").examples
        );
        assert_eq!(
            guidance(Step::Main, Kind::Plan, "shipyard").examples,
            guidance(Step::Main, Kind::Plan, "other").examples
        );
    }

    #[test]
    fn no_guidance_text_has_a_placeholder_the_checklist_would_flag() {
        for (step, kind, org, g) in all() {
            for t in texts(&g) {
                let p = Plan {
                    organization: "城南实验中学工会".into(),
                    guiding: t.to_string(),
                    ..Plan::default()
                };
                let hits: Vec<String> = check(&p)
                    .into_iter()
                    .filter(|f| f.id.starts_with("placeholder:"))
                    .map(|f| f.message)
                    .collect();
                assert!(hits.is_empty(), "{step:?} {kind:?} {org}: {hits:?}");
                assert!(!t.contains("某") && !t.to_lowercase().contains("xx"), "{t}");
            }
        }
    }

    #[test]
    fn guidance_uses_full_width_punctuation() {
        for (step, kind, org, g) in all() {
            for t in texts(&g) {
                assert_eq!(
                    ascii_punct_near_cjk(t),
                    None,
                    "{step:?} {kind:?} {org}: {t}"
                );
            }
        }
    }

    #[test]
    fn no_guidance_text_copies_a_phrase_from_the_seed_files() {
        let Some(seeds) = seed_windows() else {
            return;
        };
        assert!(seeds.len() > 1000);
        for (step, kind, org, g) in all() {
            for t in texts(&g) {
                if let Some(w) = copied_phrase(t, &seeds) {
                    panic!("{step:?} {kind:?} {org}: “{w}” is copied from a seed file");
                }
            }
        }
        // The check itself finds a copied phrase.
        let sample = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/fixtures/seed/organ-union-plan.txt"
        ))
        .expect("seed");
        let line = sample
            .lines()
            .find(|l| l.chars().count() > 40)
            .expect("long line");
        assert!(copied_phrase(line, &seeds).is_some());
    }
}
