//! Picking the files: many files, a folder (`webkitdirectory`), or a drop;
//! then reading and checking them one by one, yielding to the browser
//! every ~30 ms so the page stays responsive and the progress bar moves.
//! Files are read one at a time, so a batch over the limits (500 files or
//! 50 MB) is never held in memory at once.

use crate::core::review::{too_large, Options, Review, Reviewer, MAX_FILE_BYTES};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// A file to review, with the name shown for it (its path in a folder).
#[derive(Clone, PartialEq)]
pub struct Picked {
    pub file: web_sys::File,
    pub name: String,
    pub size: u64,
}

/// The files of a list; from a folder, hidden and temporary files
/// (`.DS_Store`, `~$` Word lock files) are left out.
fn picked(list: Option<web_sys::FileList>) -> Vec<Picked> {
    let Some(list) = list else { return Vec::new() };
    let mut out = Vec::new();
    for i in 0..list.length() {
        let Some(file) = list.get(i) else { continue };
        let base = file.name();
        if base.starts_with('.') || base.starts_with("~$") {
            continue;
        }
        let path = js_sys::Reflect::get(&file, &"webkitRelativePath".into())
            .ok()
            .and_then(|v| v.as_string())
            .filter(|p| !p.is_empty());
        let size = file.size() as u64;
        out.push(Picked {
            name: path.unwrap_or(base),
            size,
            file,
        });
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct IntakeProps {
    pub busy: bool,
    pub onfiles: Callback<Vec<Picked>>,
}

#[component]
pub fn Intake(p: &IntakeProps) -> Html {
    let dragging = use_state(|| false);
    let onchange = {
        let onfiles = p.onfiles.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            onfiles.emit(picked(input.files()));
            input.set_value("");
        })
    };
    let ondrop = {
        let (onfiles, dragging) = (p.onfiles.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            onfiles.emit(picked(e.data_transfer().and_then(|d| d.files())));
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let accept = ".docx,.txt,.md,.json,.doc,.wps,text/plain,text/markdown,application/json";
    html! {
        <div class={classes!("up-drop", "up-rv-drop", dragging.then_some("up-drop-active"))} {ondrop} {ondragover} {ondragleave}>
            <p class="up-label">{ "把各单位报送的文件拖到这里，或：" }</p>
            <div>
                <input id="up-rv-files" class="up-rv-file" type="file" multiple=true {accept} disabled={p.busy} onchange={onchange.clone()} />
                <label class="up-btn" for="up-rv-files">{ "选择文件（可多选）" }</label>
                <input id="up-rv-folder" class="up-rv-file" type="file" webkitdirectory=true multiple=true disabled={p.busy} {onchange} />
                <label class="up-btn" for="up-rv-folder">{ "选择文件夹" }</label>
            </div>
            <p class="up-hint">{ "支持 .docx、.txt、.md 和本工具导出的 .json；.doc 等读不了的文件也会列出并说明原因。一次最多 500 个文件或 50 MB，更多时会分几部分依次读取。" }</p>
        </div>
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Lets the browser render and handle input (a zero-delay timer: runs in
/// background tabs too, unlike animation frames).
async fn yield_to_browser() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(p).await;
}

async fn read(file: &web_sys::File) -> Result<Vec<u8>, ()> {
    let buf = JsFuture::from(file.array_buffer()).await.map_err(|_| ())?;
    if !buf.is_instance_of::<js_sys::ArrayBuffer>() {
        return Err(());
    }
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

const READ_FAILED: &str = "读取这个文件失败（可能是文件夹、已被移动或没有读取权限）。拖入文件夹时请改用“选择文件夹”按钮，或重新选择这个文件。";

/// Reads and checks the files in order, reporting `(done, total)` now and
/// then, and the finished review at the end.
pub fn run(
    files: Vec<Picked>,
    options: Options,
    progress: Callback<(usize, usize)>,
    done: Callback<Review>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let total = files.len();
        let mut reviewer = Reviewer::new(options);
        let mut since = now();
        for (i, p) in files.into_iter().enumerate() {
            if p.size > MAX_FILE_BYTES {
                reviewer.add_unread(&p.name, p.size, &too_large(p.size));
            } else {
                match read(&p.file).await {
                    Ok(bytes) => {
                        reviewer.add(&p.name, &bytes, crate::gb18030::decode);
                    }
                    Err(()) => {
                        reviewer.add_unread(&p.name, p.size, READ_FAILED);
                    }
                }
            }
            if now() - since > 30.0 {
                progress.emit((i + 1, total));
                yield_to_browser().await;
                since = now();
            }
        }
        progress.emit((total, total));
        yield_to_browser().await;
        done.emit(reviewer.finish());
    });
}
