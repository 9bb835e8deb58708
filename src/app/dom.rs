//! Plain-DOM helpers of the views the tools module draws into the lite
//! editor (`compare_view`, `import_view`, `tracking_view`; full and tools
//! modules only): elements with a class and text, and listeners bound once
//! on a view's container.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event};

/// Marks a container whose listeners are bound.
const BOUND: &str = "data-up-bound";

/// A new element with its class and, when given, its text (as a text node).
pub(crate) fn el(
    doc: &Document,
    tag: &str,
    class: &str,
    text: Option<&str>,
) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Ok(e)
}

/// Appends a new element (see `el`) to `parent` and returns it.
pub(crate) fn add(
    doc: &Document,
    parent: &Element,
    tag: &str,
    class: &str,
    text: Option<&str>,
) -> Result<Element, JsValue> {
    let e = el(doc, tag, class, text)?;
    parent.append_child(&e)?;
    Ok(e)
}

/// Binds `handlers` (event type, handler of the container and the event)
/// on `root`, once per container: a view drawn again into the same element
/// keeps its listeners. They live as long as the element.
pub(crate) fn listen(
    root: &Element,
    handlers: &[(&str, fn(&Element, Event))],
) -> Result<(), JsValue> {
    if root.has_attribute(BOUND) {
        return Ok(());
    }
    root.set_attribute(BOUND, "")?;
    for &(kind, handler) in handlers {
        let r = root.clone();
        let f = Closure::<dyn FnMut(Event)>::new(move |e| handler(&r, e)).into_js_value();
        root.add_event_listener_with_callback(kind, f.unchecked_ref())?;
    }
    Ok(())
}
