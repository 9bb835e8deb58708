//! The editor's steps and the addresses of fields inside a plan. Shared by
//! the checklist (where a finding points), the preview (what a click jumps
//! to) and the UI (which screen shows a field).

use super::json_read::{flag, list, one_of, whole, Fields, Read};
use serde::Serialize;

#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Basic,
    Guiding,
    Goals,
    Main,
    Measures,
    Schedule,
    Problems,
    Signature,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Basic,
        Step::Guiding,
        Step::Goals,
        Step::Main,
        Step::Measures,
        Step::Schedule,
        Step::Problems,
        Step::Signature,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Step::Basic => "基本信息",
            Step::Guiding => "指导思想",
            Step::Goals => "工作目标",
            Step::Main => "主要工作",
            Step::Measures => "落实措施",
            Step::Schedule => "活动安排",
            Step::Problems => "存在问题",
            Step::Signature => "署名",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Step::Basic => "basic",
            Step::Guiding => "guiding",
            Step::Goals => "goals",
            Step::Main => "main",
            Step::Measures => "measures",
            Step::Schedule => "schedule",
            Step::Problems => "problems",
            Step::Signature => "signature",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Where a field is: the step, whether it is in next year's part (`next`)
/// of a 总结暨明年计划, and a path inside the step:
/// - `Main`: indices down the tree, `[2]` = section 三、, `[2, 0]` = its (一), …
/// - `Schedule`: `[entry]` or `[entry, activity]`
/// - other steps: empty.
#[derive(Serialize, Clone, PartialEq, Eq, Debug, Hash)]
pub struct Target {
    pub step: Step,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub next: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<usize>,
}

impl Target {
    pub fn step(step: Step) -> Target {
        Target {
            step,
            next: false,
            path: Vec::new(),
        }
    }
    pub fn at(step: Step, path: Vec<usize>) -> Target {
        Target {
            step,
            next: false,
            path,
        }
    }
    /// Reads a target as `Serialize` writes it (a jump sent back by the
    /// 对比上年 view). By hand: `json_read`.
    pub fn from_value(v: &serde_json::Value) -> Read<Target> {
        let f = Fields::of(v)?;
        let step = |v: &serde_json::Value| one_of(v, &Step::ALL.map(|s| (s.id(), s)));
        let mut t = Target::step(f.need("step", step)?);
        f.set(&mut t.next, "next", flag)?;
        f.set(&mut t.path, "path", |v| list(v, whole))?;
        Ok(t)
    }

    pub fn in_next(mut self) -> Target {
        self.next = true;
        self
    }
    /// A stable DOM id for the field this target points at (`f-main-2-0`,
    /// `f-next-schedule-3`), used by click-to-jump.
    pub fn dom_id(&self) -> String {
        let mut s = String::from("f-");
        if self.next {
            s.push_str("next-");
        }
        s.push_str(self.step.id());
        for i in &self.path {
            s.push('-');
            s.push_str(&i.to_string());
        }
        s
    }
}

/// For a target inside other JSON (a finding of a saved review): read by
/// `Target::from_value`, so the wasm holds one reader.
impl<'de> serde::Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Target, D::Error> {
        let v = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
        Target::from_value(&v).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_are_stable() {
        assert_eq!(Target::at(Step::Main, vec![2, 0]).dom_id(), "f-main-2-0");
        assert_eq!(
            Target::at(Step::Schedule, vec![3]).in_next().dom_id(),
            "f-next-schedule-3"
        );
        assert_eq!(Target::step(Step::Guiding).dom_id(), "f-guiding");
    }

    #[test]
    fn targets_read_back_as_written() {
        for t in [
            Target::step(Step::Guiding),
            Target::at(Step::Main, vec![2, 0, 1]),
            Target::at(Step::Schedule, vec![3]).in_next(),
        ] {
            let v = serde_json::to_value(&t).unwrap();
            assert_eq!(Target::from_value(&v), Ok(t));
        }
        let bad = serde_json::json!({ "next": true });
        assert_eq!(Target::from_value(&bad), Err("step：缺少".to_string()));
        let bad = serde_json::json!({ "step": "intro" });
        assert!(Target::from_value(&bad).is_err());
    }

    #[test]
    fn target_json_is_compact() {
        let t = Target::at(Step::Main, vec![1]);
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"step":"main","path":[1]}"#
        );
    }
}
