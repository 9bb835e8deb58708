//! Form controls shared by the steps: labelled text inputs and textareas
//! that are IME-safe (no dispatch while a Chinese input method is composing).

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

fn value_of(e: &Event) -> Option<String> {
    let t = e.target()?;
    if let Some(i) = t.dyn_ref::<HtmlInputElement>() {
        return Some(i.value());
    }
    t.dyn_ref::<HtmlTextAreaElement>().map(|a| a.value())
}

#[derive(Properties, PartialEq)]
pub struct TextProps {
    /// DOM id (a `Target::dom_id`, so click-to-jump can focus it).
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or(4)]
    pub rows: u32,
    #[prop_or_default]
    pub placeholder: AttrValue,
    #[prop_or_default]
    pub hint: AttrValue,
    #[prop_or_default]
    pub disabled: bool,
    /// Hide the label visually (still read by screen readers).
    #[prop_or_default]
    pub label_hidden: bool,
    #[prop_or_default]
    pub onkeydown: Option<Callback<KeyboardEvent>>,
}

/// A labelled single- or multi-line text field.
#[component]
pub fn TextField(p: &TextProps) -> Html {
    let cb = p.onchange.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if e.is_composing() {
            return; // wait for compositionend
        }
        if let Some(v) = value_of(&e) {
            cb.emit(v);
        }
    });
    // Yew has no composition listeners: attach `compositionend` ourselves,
    // reading the latest callback from a ref so the listener is set once.
    let node = use_node_ref();
    let latest = use_mut_ref(|| p.onchange.clone());
    *latest.borrow_mut() = p.onchange.clone();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            let listener = node.get().map(|el| {
                gloo::events::EventListener::new(&el, "compositionend", move |e| {
                    if let Some(v) = value_of(e) {
                        latest.borrow().emit(v);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let hint_id = format!("{}-hint", p.id);
    let described = (!p.hint.is_empty()).then(|| AttrValue::from(hint_id.clone()));
    let onkeydown = p.onkeydown.clone().unwrap_or_default();
    let control = if p.multiline {
        html! {
            <textarea id={p.id.clone()} class="up-input up-textarea" rows={p.rows.to_string()}
                value={p.value.clone()} placeholder={p.placeholder.clone()} disabled={p.disabled}
                aria-describedby={described.clone()} {oninput} {onkeydown} ref={node.clone()} />
        }
    } else {
        html! {
            <input id={p.id.clone()} class="up-input" type="text" value={p.value.clone()}
                placeholder={p.placeholder.clone()} disabled={p.disabled}
                aria-describedby={described.clone()} {oninput} {onkeydown} ref={node.clone()} />
        }
    };
    html! {
        <div class="up-field up-text">
            <label for={p.id.clone()} class={classes!("up-label", p.label_hidden.then_some("up-sr"))}>{ p.label.clone() }</label>
            { control }
            if !p.hint.is_empty() { <p id={hint_id} class="up-hint">{ p.hint.clone() }</p> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub disabled: bool,
}

#[component]
pub fn SelectField(p: &SelectProps) -> Html {
    let cb = p.onchange.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(s) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            cb.emit(s.value());
        }
    });
    html! {
        <div class="up-field">
            <label for={p.id.clone()} class="up-label">{ p.label.clone() }</label>
            <select id={p.id.clone()} class="up-input" {onchange} disabled={p.disabled}>
                { for p.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={*v == p.value}>{ l.clone() }</option>
                }) }
            </select>
        </div>
    }
}
