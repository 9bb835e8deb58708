//! How an editor starts: the host page's options (`Config`, filled by
//! `api::mount`), a new document, the first state (the host's plan, else
//! the current stored draft, else a new one) and the organisation lock.

use super::notice::Notice;
use super::state::State;
use crate::core::model::{Kind, Plan};
use crate::core::steps::Step;
use crate::storage::{Loaded, Store};
use std::rc::Rc;

/// Options given to `mount` (see api.rs for the JS names).
#[derive(Default)]
pub struct Config {
    pub storage_key: String,
    pub initial: Option<Plan>,
    pub org_type: Option<String>,
    pub organization: Option<String>,
    pub lock_org: bool,
    pub steps: Option<Vec<Step>>,
    /// Prepended to every DOM id this instance renders ("" for the first
    /// editor on a page), so two editors never share an id.
    pub id_prefix: String,
    /// Training mode on at start (the `training` option; off by default).
    pub training: bool,
}

/// A new document: plans written in the last quarter are for next year.
pub fn fresh_plan(config: &Config) -> Plan {
    let d = js_sys::Date::new_0();
    let year = d.get_full_year() as i32 + if d.get_month() >= 9 { 1 } else { 0 };
    let mut p = Plan::new(Kind::Plan, year);
    if let Some(o) = &config.organization {
        p.organization = o.clone();
        p.signature.organization = o.clone();
    }
    if let Some(t) = &config.org_type {
        p.org_type = t.clone();
    }
    p.title = crate::core::title::suggest(&p);
    p.schedule = super::schedule::default_for(p.period).into();
    p
}

/// Startup: the host's plan, else the current stored draft, else a new one.
/// Returns the state and a notice for the user (unreadable data).
pub fn initial_state(config: &Config, store: &Store) -> (State, Option<Notice>) {
    if let Some(p) = &config.initial {
        return (State::new(p.clone(), store.new_id()), None);
    }
    let index = store.index();
    let mut notice = None;
    if !index.current.is_empty() {
        match store.load(&index.current) {
            Loaded::Ok(p) => return (State::new(p, index.current.clone()), None),
            Loaded::Missing => {}
            Loaded::Corrupt {
                raw,
                error,
                backup_key,
            } => {
                notice = Some(Notice::Corrupt {
                    raw: Rc::from(raw),
                    error,
                    backup_key,
                });
            }
        }
    }
    // A corrupt draft keeps its key untouched; the new draft gets a new id.
    (State::new(fresh_plan(config), store.new_id()), notice)
}

/// A document from outside (setPlan, import, template) keeps the host's
/// organisation when the host locked it.
pub fn apply_locks(config: &Config, plan: &mut Plan) {
    if config.lock_org {
        if let Some(o) = &config.organization {
            plan.organization = o.clone();
        }
    }
}
