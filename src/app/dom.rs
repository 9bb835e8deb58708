//! Plain-DOM helpers of the views the tools module draws into the lite
//! editor (`compare_view`, `import_view`, `tracking_view`; full and tools
//! modules only): elements with a class and text, and listeners bound once
//! on a view's container.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event};

/// Marks a container whose listeners are bound.
const BOUND: &str = "data-up-bound";
/// The options a view was last drawn with, kept on its container.
const OPTS: &str = "__upOpts";

/// `v[key]`, or undefined when `v` is not an object.
pub(crate) fn prop(v: &JsValue, key: &str) -> JsValue {
    if v.is_object() {
        js_sys::Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// Keeps the options a view is drawn with on its container (replacing the
/// last ones), for its listeners to call back through (`call`).
pub(crate) fn set_options(root: &Element, options: &JsValue) -> Result<(), JsValue> {
    js_sys::Reflect::set(root, &OPTS.into(), options).map(|_| ())
}

/// Calls `options[name](...args)` of the container's options when it is a
/// function.
pub(crate) fn call(root: &Element, name: &str, args: &[JsValue]) {
    if let Some(f) = prop(&prop(root, OPTS), name).dyn_ref::<js_sys::Function>() {
        let _ = match args {
            [] => f.call0(&JsValue::NULL),
            [a] => f.call1(&JsValue::NULL, a),
            [a, b] => f.call2(&JsValue::NULL, a, b),
            more => f.apply(&JsValue::NULL, &more.iter().collect::<js_sys::Array>()),
        };
    }
}

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
