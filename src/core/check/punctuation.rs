//! Half-width punctuation (`halfwidth-punct`): a field whose Chinese text
//! holds half-width `, ; : ? ! ( )` (typed with an English input method or
//! pasted) gets one warning, counting them and quoting the first in its
//! context. Every such finding carries the one-click fix
//! `Fix::FixPunctuation` (一键改为全角), which rewrites the whole document
//! in one undoable edit. The rule is `core::punct`'s, the one the preview
//! and the exports print with: numbers, times, Latin text, URLs and e-mail
//! addresses are never flagged.

use super::{Checker, Doc, Fix, Level};
use crate::core::punct::{count_halfwidth, first_halfwidth};
use crate::core::steps::{Step, Target};

pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let mut n = 0;
    for f in &doc.fields {
        let Some(snippet) = first_halfwidth(f.text) else {
            continue;
        };
        let count = count_halfwidth(f.text);
        let msg = if count > 1 {
            format!("「{}」有{count}处半角标点，如“{snippet}”", f.name)
        } else {
            format!("「{}」有半角标点：“{snippet}”", f.name)
        };
        c.push_fix(
            format!("halfwidth-punct:{}", f.place),
            Level::Warning,
            msg,
            f.target.clone(),
            Fix::FixPunctuation,
        );
        n += 1;
    }
    if n == 0 {
        c.ok(
            "halfwidth-punct",
            "汉字间的标点都是全角",
            Target::step(Step::Main),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check, progress, Finding};
    use super::*;
    use crate::core::edit::{apply, Edit};
    use crate::core::model::{Kind, Plan, ScheduleEntry, Section};

    fn punct(fs: &[Finding]) -> Vec<&Finding> {
        fs.iter()
            .filter(|f| f.id.starts_with("halfwidth-punct"))
            .collect()
    }

    fn plan() -> Plan {
        let mut p = Plan::new(Kind::SummaryAndPlan, 2025);
        p.organization = "实验小学工会".into();
        p.guiding = "一年来,校工会认真学习(含线上),取得成效。时间10:30,经费1,000元。".into();
        p.sections.push(
            Section {
                heading: "加强学习".into(),
                body: "见https://a.cn/b?c=1,d".into(),
                ..Default::default()
            }
            .into(),
        );
        *p.schedule = vec![ScheduleEntry {
            months: vec![3],
            activities: vec!["组织参观;座谈".into()],
            ..Default::default()
        }];
        p.next.as_mut().unwrap().goals = "明年继续:做好服务".into();
        p.signature.organization = "实验小学工会".into();
        p
    }

    #[test]
    fn each_field_with_half_width_marks_gets_a_warning_with_the_fix() {
        let fs = check(&plan());
        let ps = punct(&fs);
        let ids: Vec<&str> = ps.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "halfwidth-punct:guiding",
                "halfwidth-punct:next-goals",
                "halfwidth-punct:schedule-0-0"
            ]
        );
        for f in &ps {
            assert_eq!(f.level, Level::Warning);
            assert_eq!(f.fix, Some(Fix::FixPunctuation));
            assert!(f.why.contains("全角"));
        }
        assert_eq!(
            ps[0].message,
            "「开头段落」有5处半角标点，如“一年来,校工会认真学”"
        );
        assert!(
            ps[2].message.ends_with("有半角标点：“组织参观;座谈”"),
            "{}",
            ps[2].message
        );
        assert!(ps[1].target.next);
    }

    #[test]
    fn the_fix_clears_every_finding_in_one_undoable_edit() {
        let mut p = plan();
        let before = p.clone();
        let fix = punct(&check(&p))[0].fix.unwrap();
        let out = apply(&mut p, Edit::main(fix.op()));
        assert!(out.changed);
        let fs = check(&p);
        let ps = punct(&fs);
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].level, Level::Ok);
        assert_eq!(ps[0].fix, None);
        assert!(p
            .guiding
            .contains("一年来，校工会认真学习（含线上），取得成效。时间10:30，经费1,000元。"));
        assert_eq!(p.sections[0].body, before.sections[0].body, "URL kept");
        // Nothing left: the same edit changes nothing (no empty undo step).
        assert!(!apply(&mut p, Edit::main(Fix::FixPunctuation.op())).changed);
        // One rule in the progress count.
        let pr = progress(&fs);
        assert!(pr.total > 0);
    }

    #[test]
    fn finding_json_names_the_fix_only_when_there_is_one() {
        let fs = check(&plan());
        let v = serde_json::to_value(punct(&fs)[0]).unwrap();
        assert_eq!(v["fix"], "fix_punctuation");
        let ok = fs.iter().find(|f| f.id == "missing:title").unwrap();
        let v = serde_json::to_value(ok).unwrap();
        assert!(v.get("fix").is_none(), "{v}");
        // Older JSON without `fix` still reads.
        let mut old = v.clone();
        old.as_object_mut().unwrap().remove("fix");
        let back: Finding = serde_json::from_value(old).unwrap();
        assert_eq!(back.fix, None);
    }
}
