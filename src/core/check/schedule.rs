//! The monthly schedule (`schedule:*`): every month of the plan's period has
//! an entry (`schedule:missing-month`, one warning per month, on the plan
//! part only), every entry has an activity (`schedule:empty-entry`) and a
//! month (`schedule:no-month`). Nothing is said about months until the plan
//! has a schedule at all: its absence is `missing:schedule` (structure.rs).

use super::fields::{filled, place_of, target};
use super::{Checker, Doc, Level};
use crate::core::numbering::months_heading;
use crate::core::steps::{Step, Target};
use std::collections::HashSet;

/// Month coverage of the plan part, once there is a schedule to look at.
pub(super) fn months(c: &mut Checker, doc: &Doc) {
    let Some((plan, next)) = doc.plan_part() else {
        return;
    };
    if plan.schedule.is_empty() {
        return;
    }
    let pre = if next { "next:" } else { "" };
    let who = if next { "明年计划" } else { "" };
    let t = || target(Step::Schedule, vec![], next);
    let covered: HashSet<u8> = plan
        .schedule
        .iter()
        .flat_map(|e| e.months.iter().copied())
        .collect();
    let missing: Vec<u8> = plan
        .period
        .months()
        .into_iter()
        .filter(|m| !covered.contains(m))
        .collect();
    let id = format!("{pre}schedule:missing-month");
    if missing.is_empty() {
        c.ok(&id, format!("{who}活动安排覆盖了全年十二个月"), t());
    }
    for m in missing {
        c.push(
            format!("{id}:{m}"),
            Level::Warning,
            format!("{who}活动安排里没有{}", months_heading(&[m])),
            t(),
        );
    }
}

/// Schedule entries without activities or without months.
pub(super) fn entries(c: &mut Checker, doc: &Doc) {
    let parts = doc.parts();
    if parts.iter().all(|(p, _)| p.schedule.is_empty()) {
        return;
    }
    let (mut empty, mut no_month) = (0, 0);
    for (p, nx) in &parts {
        let pre = if *nx { "明年计划·" } else { "" };
        for (i, e) in p.schedule.iter().enumerate() {
            let t = target(Step::Schedule, vec![i], *nx);
            if !e.activities.iter().any(|a| filled(a)) {
                let msg = format!("{pre}活动安排“{}”下没有具体活动", months_heading(&e.months));
                c.push(
                    format!("schedule:empty-entry:{}", place_of(&t)),
                    Level::Warning,
                    msg,
                    t.clone(),
                );
                empty += 1;
            }
            if e.months.is_empty() {
                let msg = format!("{pre}活动安排第{}条没有注明月份", i + 1);
                c.push(
                    format!("schedule:no-month:{}", place_of(&t)),
                    Level::Warning,
                    msg,
                    t,
                );
                no_month += 1;
            }
        }
    }
    let t = Target::step(Step::Schedule);
    if empty == 0 {
        c.ok("schedule:empty-entry", "每个月份下都有具体活动", t.clone());
    }
    if no_month == 0 {
        c.ok("schedule:no-month", "每条活动安排都注明了月份", t);
    }
}
