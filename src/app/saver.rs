//! Autosave and the two-tab rule. `Saver` writes the newest document after
//! the next painted frame (a 500 ms timer when frames do not run), and at
//! once on `pagehide`, when the page is hidden, on unmount and on
//! `Editor.flush()`, so a keystroke never waits for the JSON and the storage
//! write. It writes only when the stored draft is still what this tab last
//! wrote or opened; otherwise (and on the other tab's `storage` event) it
//! pauses and the conflict notice asks which version to keep.
//! `use_autosave` wires it (and `onChange`) into `App`.

use super::notice::Notice;
use super::state::State;
use super::Bridge;
use crate::core::model::Plan;
use crate::storage::Store;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

// Performance marks around the autosave, for scripts/bench. Emitted only when
// the page sets `window.unionPlanPerf = true`, so the timeline does not grow
// with every keystroke in normal use.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    fn perf_mark(name: &str);
    #[wasm_bindgen(js_namespace = performance, js_name = measure)]
    fn perf_measure(name: &str, start: &str, end: &str);
}

fn perf_marks_on() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("unionPlanPerf"))
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}

/// The stored text of a draft as the baseline `Saver` compares with.
fn stored_value(store: &Store, draft: &str) -> Option<(String, JsValue)> {
    store
        .get_raw(&store.draft_key(draft))
        .map(|raw| (draft.to_string(), JsValue::from_str(&raw)))
}

/// Autosave. `schedule` keeps the newest document and writes it after the
/// next frame has been painted (with a timer as a fallback for hidden tabs,
/// where frames do not run); `flush` writes it now. One pending document at
/// a time: opening another draft writes the previous one's first.
pub struct Saver {
    pending: RefCell<Option<(String, Rc<Plan>)>>,
    store: Rc<Store>,
    notice: UseStateHandle<Option<Notice>>,
    /// The draft this tab last wrote or opened and its stored text (a JS
    /// string, compared in JS), to tell our writes from another tab's.
    last_written: RefCell<Option<(String, JsValue)>>,
    /// Saving is paused because another tab changed the draft.
    paused: Cell<bool>,
    /// The last write failed (its notice is showing).
    failed: Cell<bool>,
}

impl Saver {
    fn schedule(this: &Rc<Saver>, draft: String, plan: Rc<Plan>) {
        let other_draft = matches!(&*this.pending.borrow(), Some((d, _)) if *d != draft);
        if other_draft {
            this.flush();
        }
        let was_pending = this.pending.borrow_mut().replace((draft, plan)).is_some();
        if was_pending {
            return;
        }
        let s = this.clone();
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            gloo::timers::callback::Timeout::new(0, move || s.flush()).forget();
        });
        let _ = gloo::utils::window()
            .request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&after_frame));
        let s = this.clone();
        gloo::timers::callback::Timeout::new(500, move || s.flush()).forget();
    }

    /// Writes the pending document, if any. While saving is paused because
    /// another tab changed the draft, it is dropped instead: the conflict
    /// notice's buttons decide what is written. Before writing it checks
    /// that the stored draft is still what this tab last wrote or opened;
    /// if another tab wrote in between (its `storage` event may not have
    /// arrived yet), it pauses and asks instead of overwriting.
    pub fn flush(&self) {
        let Some((draft, plan)) = self.pending.borrow_mut().take() else {
            return;
        };
        if self.paused.get() {
            return;
        }
        let perf = perf_marks_on();
        if perf {
            perf_mark("up-autosave-start");
        }
        let changed = match &*self.last_written.borrow() {
            Some((d, ours)) if *d == draft => !self.store.draft_is(&draft, ours),
            _ => false,
        };
        if changed {
            if let Some(theirs) = self.store.get_raw(&self.store.draft_key(&draft)) {
                self.paused.set(true);
                self.notice.set(Some(Notice::Conflict(Rc::from(theirs))));
                return;
            }
        }
        let json = JsValue::from_str(&plan.to_json());
        let saved = self.store.save_value(&draft, &plan, &json);
        // The baseline is what is stored now: a refused write (storage
        // full) left the previous text in place.
        *self.last_written.borrow_mut() = if saved.is_ok() {
            Some((draft, json))
        } else {
            stored_value(&self.store, &draft)
        };
        if perf {
            perf_mark("up-autosave-end");
            perf_measure("up-autosave", "up-autosave-start", "up-autosave-end");
        }
        match saved {
            Ok(()) => {
                if self.failed.replace(false) {
                    self.notice.set(None);
                }
            }
            Err(e) => {
                self.failed.set(true);
                self.notice.set(Some(Notice::SaveFailed(e.to_string())));
            }
        }
    }

    /// The draft as this tab opens it: its stored text is the baseline
    /// checked before the first write.
    fn opened(&self, draft: &str) {
        *self.last_written.borrow_mut() = stored_value(&self.store, draft);
    }

    /// Another tab stored `theirs` under our draft's key (its `storage`
    /// event): unless it is what we wrote, pause saving and ask.
    fn stored_elsewhere(&self, theirs: String) {
        if matches!(&*self.last_written.borrow(), Some((_, ours)) if ours.as_string().as_deref() == Some(theirs.as_str()))
        {
            return;
        }
        self.paused.set(true);
        self.notice.set(Some(Notice::Conflict(Rc::from(theirs))));
    }

    /// The user loads the other tab's version `theirs` of `draft`: saving
    /// resumes with it as the baseline.
    pub fn take_theirs(&self, draft: &str, theirs: &str) {
        *self.last_written.borrow_mut() = Some((draft.to_string(), JsValue::from_str(theirs)));
        self.paused.set(false);
    }

    /// The user keeps this tab's version: saving resumes and `plan` is
    /// written over the other tab's, and the notice says how that went.
    pub fn keep_mine(&self, draft: &str, plan: &Plan) {
        self.paused.set(false);
        let json = plan.to_json();
        match self.store.save(draft, plan, &json) {
            Ok(()) => {
                *self.last_written.borrow_mut() =
                    Some((draft.to_string(), JsValue::from_str(&json)));
                self.notice.set(Some(Notice::Info(
                    "已保存本页的版本；另一页的修改被替换。".into(),
                )))
            }
            Err(e) => {
                // Later saves compare with what is stored now.
                *self.last_written.borrow_mut() = stored_value(&self.store, draft);
                self.notice.set(Some(Notice::SaveFailed(e.to_string())))
            }
        }
    }
}

/// Autosave and `onChange` after every document change, the flushes (page
/// hidden or closed, `Editor.flush()`, unmount) and the other tab's writes.
#[hook]
pub fn use_autosave(
    bridge: &Rc<Bridge>,
    store: &Rc<Store>,
    notice: &UseStateHandle<Option<Notice>>,
    state: &State,
) -> Rc<Saver> {
    let debounce = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let saver = {
        let store = store.clone();
        let notice = notice.clone();
        use_memo((), move |_| Saver {
            pending: RefCell::new(None),
            store,
            notice,
            last_written: RefCell::new(None),
            paused: Cell::new(false),
            failed: Cell::new(false),
        })
    };
    // Pending saves are written at once when the page is hidden or closed,
    // on Editor.flush() and when the editor is removed.
    {
        let saver = saver.clone();
        let bridge = bridge.clone();
        use_effect_with((), move |_| {
            let s1 = saver.clone();
            let hide =
                gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                    s1.flush()
                });
            let s2 = saver.clone();
            let vis = gloo::events::EventListener::new(
                &gloo::utils::document(),
                "visibilitychange",
                move |_| {
                    if gloo::utils::document().hidden() {
                        s2.flush();
                    }
                },
            );
            let s3 = saver.clone();
            *bridge.flush.borrow_mut() = Some(Callback::from(move |_| s3.flush()));
            move || {
                drop((hide, vis));
                bridge.flush.borrow_mut().take();
                saver.flush();
            }
        });
    }
    // The save waits until the browser has painted the change (see `Saver`).
    {
        let bridge = bridge.clone();
        let store = store.clone();
        let plan = state.plan.clone();
        let draft = state.draft.clone();
        let saver = saver.clone();
        use_effect_with(state.rev, move |rev| {
            *bridge.plan.borrow_mut() = plan.clone();
            // Don't write an untouched new document: opening the page must
            // not create drafts.
            if *rev > 0 || store.index().drafts.iter().any(|d| d.id == draft) {
                Saver::schedule(&saver, draft, plan.clone());
            }
            if *rev > 0 {
                if let Some(f) = bridge.on_change.clone() {
                    let plan = plan.clone();
                    *debounce.borrow_mut() =
                        Some(gloo::timers::callback::Timeout::new(300, move || {
                            if let Ok(v) = js_sys::JSON::parse(&plan.to_json()) {
                                let _ = f.call1(&JsValue::NULL, &v);
                            }
                        }));
                }
            }
        });
    }

    // The stored text of a draft as this tab opens it: the baseline `Saver`
    // checks before its first write (declared after the autosave effect, so
    // a pending save of the previous draft is written first).
    {
        let saver = saver.clone();
        use_effect_with(state.draft.clone(), move |draft| saver.opened(draft));
    }

    // Another tab (same browser) changed our draft: pause saving and ask.
    {
        let store = store.clone();
        let saver = saver.clone();
        use_effect_with(state.draft.clone(), move |draft| {
            let key = store.draft_key(draft);
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
                    let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(e) else {
                        return;
                    };
                    if e.key().as_deref() != Some(key.as_str()) {
                        return;
                    }
                    let Some(theirs) = e.new_value() else { return };
                    saver.stored_elsewhere(theirs);
                });
            move || drop(listener)
        });
    }
    saver
}
