//! The toolbar's 批量审阅: the review page of the full module in a
//! full-window layer over the page (in both modules). Plain DOM, no
//! component, so the lite editor carries only this function; the page is
//! mounted through `tools` (`Tools::mount_review`) once they are here.

use super::tools::{with_tools, ReviewMount};
use std::rc::Rc;
use yew::Callback;

/// Opens 批量审阅 (the review page of the full module) in a full-window
/// layer over the page, mounted once the tools are here; its 返回编写
/// button removes it. Plain DOM, no component: the lite module only
/// carries this function.
pub fn open(storage_key: &str) {
    let doc = gloo::utils::document();
    if doc.query_selector(".up-rv-host").ok().flatten().is_some() {
        return;
    }
    let (Ok(host), Ok(status), Some(body)) = (
        doc.create_element("div"),
        doc.create_element("p"),
        doc.body(),
    ) else {
        return;
    };
    host.set_class_name("union-plan up-rv-host");
    let _ = host.set_attribute("role", "dialog");
    let _ = host.set_attribute("aria-modal", "true");
    let _ = host.set_attribute("aria-label", "批量审阅");
    status.set_class_name("up-hint");
    let _ = status.set_attribute("role", "status");
    status.set_text_content(Some("正在载入批量审阅……"));
    let _ = host.append_child(&status);
    let _ = body.append_child(&host);
    let slot: Rc<std::cell::RefCell<Option<ReviewMount>>> = Rc::default();
    let onclose = {
        let (slot, host) = (slot.clone(), host.clone());
        // After the click that asked for it: the page is not destroyed
        // while it handles its own event.
        Callback::from(move |_: ()| {
            let (slot, host) = (slot.clone(), host.clone());
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(m) = slot.borrow_mut().take() {
                    m.unmount();
                }
                host.remove();
            })
            .forget();
        })
    };
    let key = storage_key.to_string();
    let el = doc.create_element("div");
    let (host_for_page, onclose_for_page) = (host.clone(), onclose.clone());
    let done = move |mounted: Result<ReviewMount, String>| match mounted {
        Ok(m) => {
            status.remove();
            *slot.borrow_mut() = Some(m);
            // Keyboard and screen-reader users start in the layer.
            let _ = host.set_attribute("tabindex", "-1");
            if let Some(h) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&host) {
                let _ = h.focus();
            }
        }
        Err(e) => {
            status.set_text_content(Some(&format!("批量审阅无法打开：{e}")));
            if let Ok(b) = doc.create_element("button") {
                b.set_class_name("up-btn");
                b.set_text_content(Some("关闭"));
                let close =
                    wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || onclose.emit(()));
                let _ = b.add_event_listener_with_callback(
                    "click",
                    wasm_bindgen::JsCast::unchecked_ref(close.as_ref()),
                );
                close.forget();
                let _ = status.append_child(&b);
            }
        }
    };
    with_tools(move |tools| {
        let t = match tools {
            Ok(t) => t,
            Err(e) => return done(Err(e)),
        };
        match el {
            Ok(el) => {
                let _ = host_for_page.append_child(&el);
                t.mount_review(el, &key, onclose_for_page, done)
            }
            Err(_) => done(Err("无法创建页面元素".to_string())),
        }
    });
}
