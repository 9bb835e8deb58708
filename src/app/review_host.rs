//! Where the editor opens 批量审阅: a full-window layer holding the review
//! page, which lives in the full module. The page is mounted through
//! `tools` (directly in the full module; in the lite editor after
//! `union_plan.js` has loaded), so it adds nothing to the lite module.

use super::tools::{with_tools, ReviewMount};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HostProps {
    pub storage_key: AttrValue,
    pub onclose: Callback<()>,
}

#[component]
pub fn ReviewHost(p: &HostProps) -> Html {
    let node = use_node_ref();
    let status = use_state(|| Some("正在载入批量审阅……".to_string()));
    {
        let (node, status, key, onclose) = (node.clone(), status.clone(), p.storage_key.clone(), p.onclose.clone());
        use_effect_with((), move |_| {
            let handle: Rc<RefCell<Option<ReviewMount>>> = Rc::new(RefCell::new(None));
            let gone = Rc::new(std::cell::Cell::new(false));
            {
                let (handle, gone) = (handle.clone(), gone.clone());
                with_tools(move |tools| {
                    let Some(el) = node.cast::<web_sys::Element>() else { return };
                    if gone.get() {
                        return;
                    }
                    match tools.and_then(|t| t.mount_review(el, &key, onclose)) {
                        Ok(h) => {
                            *handle.borrow_mut() = Some(h);
                            status.set(None);
                        }
                        Err(e) => status.set(Some(format!("批量审阅无法打开：{e}"))),
                    }
                });
            }
            move || {
                gone.set(true);
                if let Some(h) = handle.borrow_mut().take() {
                    h.unmount();
                }
            }
        });
    }
    let onkeydown = {
        let c = p.onclose.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                c.emit(())
            }
        })
    };
    html! {
        <div class="up-rv-host" role="dialog" aria-modal="true" aria-label="批量审阅" {onkeydown}>
            if let Some(s) = &*status {
                <p class="up-hint" role="status">{ s.clone() }
                    <button type="button" class="up-btn" onclick={p.onclose.reform(|_| ())}>{ "返回编写" }</button>
                </p>
            }
            <div ref={node}></div>
        </div>
    }
}
