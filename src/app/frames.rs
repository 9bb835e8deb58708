//! Work that must wait until the browser has painted a frame: the first
//! screen's preview and the tools module's fetch are started from here, so
//! that the form is on screen and takes typing first.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` once the next frame is painted: a timer set from the frame's
/// animation callback fires after its paint. When frames do not run (a
/// background tab), a 1 s timer runs it instead; `f` runs once either way.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let f = Rc::new(RefCell::new(Some(f)));
    let run = {
        let f = f.clone();
        move || {
            if let Some(f) = f.borrow_mut().take() {
                f()
            }
        }
    };
    let run2 = run.clone();
    let after_frame = Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, run).forget();
    });
    let _ = gloo::utils::window().request_animation_frame(after_frame.unchecked_ref());
    gloo::timers::callback::Timeout::new(1000, run2).forget();
}
