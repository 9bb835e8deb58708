//! Duties travel with their task or activity through every tree and
//! schedule edit, and the duty ops set, coalesce and clear them.

use super::{e, tree};
use crate::core::edit::*;
use crate::core::model::{
    Duty, DutyField, EntryDuty, EntryDutyField, ScheduleEntry, ScheduleLayout,
};

fn set(p: &mut Plan, path: Vec<usize>, field: DutyField, v: &str) {
    apply(
        p,
        e(Op::Duty {
            path,
            field,
            value: v.into(),
        }),
    );
}

fn lead(p: &Plan, path: &[usize]) -> String {
    node_at(p, path)
        .and_then(|n| n.duty)
        .map(|d| d.lead)
        .unwrap_or_default()
}

#[test]
fn duty_ops_set_fields_and_an_emptied_duty_disappears() {
    let mut p = tree();
    set(&mut p, vec![1], DutyField::Lead, "办公室");
    set(&mut p, vec![1], DutyField::Due, "2025年6月底前");
    assert_eq!(
        p.sections[1].duty,
        Some(Duty {
            lead: "办公室".into(),
            due: "2025年6月底前".into(),
            ..Duty::default()
        })
    );
    set(&mut p, vec![1], DutyField::Lead, "");
    set(&mut p, vec![1], DutyField::Due, " ");
    assert_eq!(p.sections[1].duty, None);
    // A bad path changes nothing.
    let before = p.clone();
    let out = apply(
        &mut p,
        e(Op::Duty {
            path: vec![9, 9],
            field: DutyField::Owner,
            value: "x".into(),
        }),
    );
    assert!(!out.changed);
    assert_eq!(p, before);
    // Typing into one field is one undo step per pause; two fields are two.
    let k = |f| {
        e(Op::Duty {
            path: vec![0],
            field: f,
            value: String::new(),
        })
        .coalesce_key()
    };
    assert_eq!(k(DutyField::Owner), k(DutyField::Owner));
    assert_ne!(k(DutyField::Owner), k(DutyField::Lead));
}

#[test]
fn tree_moves_indent_delete_and_restore_carry_duties() {
    let mut p = tree();
    set(&mut p, vec![2], DutyField::Lead, "女工委");
    apply(&mut p, e(Op::MoveUp { path: vec![2] }));
    assert_eq!(lead(&p, &[1]), "女工委");
    apply(&mut p, e(Op::Indent { path: vec![1] }));
    assert_eq!(lead(&p, &[0, 0]), "女工委");
    assert_eq!(p.sections.len(), 2);
    apply(&mut p, e(Op::Outdent { path: vec![0, 0] }));
    assert_eq!(lead(&p, &[1]), "女工委");
    assert_eq!(p.sections[1].duty.as_ref().unwrap().lead, "女工委");
    // Delete, then undo by restoring the node read before.
    let node = node_at(&p, &[1]).unwrap();
    apply(&mut p, e(Op::Delete { path: vec![1] }));
    assert!(p.sections.iter().all(|s| s.duty.is_none()));
    apply(
        &mut p,
        e(Op::Restore {
            path: vec![1],
            item: node,
        }),
    );
    assert_eq!(lead(&p, &[1]), "女工委");
}

fn sched() -> Plan {
    let mut p = Plan::new(Kind::Plan, 2025);
    *p.schedule = vec![
        ScheduleEntry {
            months: vec![7],
            activities: vec!["甲".into(), "乙".into()],
            ..Default::default()
        },
        ScheduleEntry {
            months: vec![8],
            activities: vec!["丙".into()],
            ..Default::default()
        },
    ];
    p
}

fn owner(p: &Plan, entry: usize, i: usize) -> String {
    p.schedule[entry]
        .duties
        .get(i)
        .cloned()
        .flatten()
        .map(|d| d.owner)
        .unwrap_or_default()
}

#[test]
fn schedule_edits_carry_activity_duties() {
    let mut p = sched();
    let d = |entry, index, v: &str| {
        e(Op::EntryDuty {
            entry,
            index,
            field: EntryDutyField::Owner,
            value: v.into(),
        })
    };
    apply(&mut p, d(0, 1, "工会办公室"));
    apply(&mut p, d(1, 0, "文体委员会"));
    assert_eq!(
        p.schedule[0].duties,
        vec![
            None,
            Some(EntryDuty {
                owner: "工会办公室".into(),
                ..Default::default()
            })
        ]
    );
    apply(
        &mut p,
        e(Op::MoveActivity {
            entry: 0,
            index: 1,
            up: true,
        }),
    );
    assert_eq!(owner(&p, 0, 0), "工会办公室");
    assert_eq!(p.schedule[0].activities[0], "乙");
    apply(&mut p, e(Op::MergeNext { entry: 0 }));
    assert_eq!(p.schedule[0].activities, vec!["乙", "甲", "丙"]);
    assert_eq!(owner(&p, 0, 0), "工会办公室");
    assert_eq!(owner(&p, 0, 1), "");
    assert_eq!(owner(&p, 0, 2), "文体委员会");
    apply(&mut p, e(Op::Split { entry: 0 }));
    assert_eq!(owner(&p, 0, 2), "文体委员会");
    apply(&mut p, e(Op::DeleteActivity { entry: 0, index: 0 }));
    assert_eq!(owner(&p, 0, 0), "");
    assert_eq!(owner(&p, 0, 1), "文体委员会");
    // Clearing the last duty leaves no `duties` in the JSON.
    apply(&mut p, d(0, 1, ""));
    assert!(p.schedule[0].duties.is_empty());
    assert!(!p.to_json().contains("duties"));
    // Out of range: nothing changes.
    assert!(!apply(&mut p, d(0, 5, "x")).changed);
}

#[test]
fn layout_switches_set_the_format() {
    let mut p = sched();
    apply(&mut p, e(Op::TaskTable(true)));
    apply(&mut p, e(Op::ScheduleLayout(ScheduleLayout::Table)));
    let f = p.format_settings();
    assert!(f.task_table);
    assert_eq!(f.schedule, ScheduleLayout::Table);
    let v: serde_json::Value = serde_json::from_str(&p.to_json()).unwrap();
    assert_eq!(v["format"]["task_table"], true);
    assert_eq!(v["format"]["schedule"], "table");
}
