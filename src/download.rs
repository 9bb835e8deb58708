//! The one module that starts browser downloads.

use wasm_bindgen::JsCast;

/// Offers `bytes` as a file download named `name`.
pub fn download(bytes: &[u8], name: &str, mime: &str) -> Result<(), String> {
    let fail = |what: &str| format!("无法开始下载（{what}）。请换用最新版浏览器再试。");
    let window = web_sys::window().ok_or_else(|| fail("无窗口"))?;
    let document = window.document().ok_or_else(|| fail("无文档"))?;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes).into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|_| fail("Blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("URL"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("a"))?
        .dyn_into()
        .map_err(|_| fail("a"))?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document.body().ok_or_else(|| fail("body"))?;
    let _ = body.append_child(&a);
    a.click();
    let _ = body.remove_child(&a);
    // Revoke later: some browsers read the URL after click() returns.
    let u = url.clone();
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&u);
    })
    .forget();
    Ok(())
}

#[cfg(not(feature = "tools"))]
pub fn mime(format: &str) -> &'static str {
    match format {
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "html" => "text/html;charset=utf-8",
        "md" => "text/markdown;charset=utf-8",
        "txt" => "text/plain;charset=utf-8",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}
