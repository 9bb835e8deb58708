//! The one module that touches browser storage (localStorage).
//!
//! Layout under a namespace `ns` (the `storageKey` option, default
//! `union-plan`): `ns:index` is the drafts list and current draft,
//! `ns:draft:<id>` one plan JSON each, `ns:backup:<id>:<ms>` raw text we
//! could not read (kept, never deleted by us). Nothing is ever dropped
//! silently: unreadable data is backed up and reported.

use crate::core::json_read::{from_text, list, number, text, Fields, Read};
use crate::core::model::reader::kind as model_kind;
use crate::core::model::{Kind, Plan};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

// localStorage with the value as a JS string as it is, so a large draft can
// be written and compared without copying it between JS and wasm.
#[wasm_bindgen]
extern "C" {
    /// `web_sys::Storage`, with `JsValue` values.
    type RawStorage;
    #[wasm_bindgen(method, js_name = getItem)]
    fn get_item_value(this: &RawStorage, key: &str) -> JsValue;
    #[wasm_bindgen(method, js_name = setItem, catch)]
    fn set_item_value(this: &RawStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

// Saved reviews (批量审阅): only the full module has the review page.
#[cfg(not(feature = "lite"))]
mod reviews;
#[cfg(not(feature = "lite"))]
pub use reviews::Saved;

fn raw(s: &web_sys::Storage) -> &RawStorage {
    wasm_bindgen::JsCast::unchecked_ref(s)
}

#[derive(Serialize, Clone, PartialEq, Debug)]
pub struct DraftMeta {
    pub id: String,
    pub title: String,
    /// The user's name for the draft; empty = show the title.
    #[serde(default)]
    pub name: String,
    pub kind: Kind,
    /// Milliseconds since 1970 (Date.now()).
    pub updated: f64,
}

#[derive(Serialize, Clone, PartialEq, Debug, Default)]
pub struct Index {
    pub current: String,
    pub drafts: Vec<DraftMeta>,
}

// Read by hand (`core::json_read`), as the derives cost the editor ~2 KB
// gzip; the same rules: `name`, `current` and `drafts` may be missing.
impl DraftMeta {
    fn from_value(v: &Value) -> Read<DraftMeta> {
        let f = Fields::of(v)?;
        let mut d = DraftMeta {
            id: f.need("id", text)?,
            title: f.need("title", text)?,
            name: String::new(),
            kind: f.need("kind", model_kind)?,
            updated: f.need("updated", number)?,
        };
        f.set(&mut d.name, "name", text)?;
        Ok(d)
    }
}

impl Index {
    fn from_value(v: &Value) -> Read<Index> {
        let f = Fields::of(v)?;
        let mut i = Index::default();
        f.set(&mut i.current, "current", text)?;
        f.set(&mut i.drafts, "drafts", |v| list(v, DraftMeta::from_value))?;
        Ok(i)
    }
}

pub enum Loaded {
    Missing,
    Ok(Plan),
    /// Stored text that is not a plan we can read. It has been copied to
    /// `backup_key`; `error` says why in Chinese.
    Corrupt {
        raw: String,
        error: String,
        backup_key: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// No localStorage (private mode, disabled, sandboxed iframe).
    Unavailable,
    /// The browser refused the write (usually the quota is full).
    Refused,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Unavailable => write!(f, "浏览器不允许本页面保存数据（可能处于无痕模式或被禁用），修改只保存在当前页面中。请及时导出文件备份。"),
            SaveError::Refused => write!(f, "浏览器存储空间已满，最新修改未能自动保存，但仍保留在当前页面中。请先导出文件备份，再删除不需要的草稿。"),
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[derive(Clone, PartialEq)]
pub struct Store {
    ns: String,
}

impl Store {
    pub fn new(ns: &str) -> Store {
        let ns = if ns.trim().is_empty() {
            "union-plan"
        } else {
            ns.trim()
        };
        Store { ns: ns.to_string() }
    }

    fn key(&self, rest: &str) -> String {
        format!("{}:{}", self.ns, rest)
    }

    pub fn draft_key(&self, id: &str) -> String {
        self.key(&format!("draft:{id}"))
    }

    pub fn get_raw(&self, key: &str) -> Option<String> {
        storage()?.get_item(key).ok()?
    }

    fn set_raw(&self, key: &str, value: &str) -> Result<(), SaveError> {
        let s = storage().ok_or(SaveError::Unavailable)?;
        s.set_item(key, value).map_err(|_| SaveError::Refused)
    }

    /// The drafts list. An index that cannot be read is rebuilt from the
    /// `ns:draft:*` keys (its raw text is backed up by `save_index` before
    /// it is ever replaced), so no draft drops out of the list.
    pub fn index(&self) -> Index {
        match self.get_raw(&self.key("index")) {
            None => Index::default(),
            Some(raw) => {
                from_text(&raw, Index::from_value).unwrap_or_else(|_| self.rebuilt_index())
            }
        }
    }

    /// Every readable draft under our namespace; none is current, so the
    /// app starts a new draft as it does after an unreadable one.
    fn rebuilt_index(&self) -> Index {
        let prefix = self.key("draft:");
        let mut drafts = Vec::new();
        if let Some(s) = storage() {
            for i in 0..s.length().unwrap_or(0) {
                let Some(key) = s.key(i).ok().flatten() else {
                    continue;
                };
                let Some(id) = key.strip_prefix(&prefix) else {
                    continue;
                };
                if let Some(Ok(plan)) = self.get_raw(&key).map(|raw| Plan::from_json(&raw)) {
                    drafts.push(DraftMeta {
                        id: id.to_string(),
                        title: crate::core::title::effective(&plan).replace('\n', " "),
                        name: String::new(),
                        kind: plan.kind,
                        updated: 0.0,
                    });
                }
            }
        }
        drafts.sort_by(|a, b| a.id.cmp(&b.id));
        Index {
            current: String::new(),
            drafts,
        }
    }

    pub fn save_index(&self, index: &Index) -> Result<(), SaveError> {
        let key = self.key("index");
        // Keep an index we cannot read before replacing it.
        if let Some(raw) = self.get_raw(&key) {
            if from_text(&raw, Index::from_value).is_err() {
                let backup = self.key(&format!("backup:index:{}", now_ms() as u64));
                self.set_raw(&backup, &raw)?;
            }
        }
        self.set_raw(&key, &serde_json::to_string(index).unwrap_or_default())
    }

    pub fn load(&self, id: &str) -> Loaded {
        let Some(raw) = self.get_raw(&self.draft_key(id)) else {
            return Loaded::Missing;
        };
        match Plan::from_json(&raw) {
            Ok(p) => Loaded::Ok(p),
            Err(e) => {
                let backup_key = self.key(&format!("backup:{id}:{}", now_ms() as u64));
                // Best effort: if even the backup cannot be written, the raw
                // text is still under its own key, which we do not overwrite
                // until the user decides (see app: corrupt drafts get a new id).
                let _ = self.set_raw(&backup_key, &raw);
                Loaded::Corrupt {
                    raw,
                    error: e.to_string(),
                    backup_key,
                }
            }
        }
    }

    /// Whether the stored draft `id` is missing or exactly `text` (compared
    /// in JS, without copying it into wasm).
    pub fn draft_is(&self, id: &str, text: &JsValue) -> bool {
        match storage() {
            Some(s) => {
                let stored = raw(&s).get_item_value(&self.draft_key(id));
                stored.is_null() || stored == *text
            }
            None => true,
        }
    }

    /// Writes a draft and its line in the index.
    pub fn save(&self, id: &str, plan: &Plan, json: &str) -> Result<(), SaveError> {
        self.save_value(id, plan, &JsValue::from_str(json))
    }

    /// `save` with the plan's JSON already as a JS string.
    pub fn save_value(&self, id: &str, plan: &Plan, json: &JsValue) -> Result<(), SaveError> {
        let s = storage().ok_or(SaveError::Unavailable)?;
        raw(&s)
            .set_item_value(&self.draft_key(id), json)
            .map_err(|_| SaveError::Refused)?;
        let mut index = self.index();
        let title = crate::core::title::effective(plan).replace('\n', " ");
        match index.drafts.iter_mut().find(|d| d.id == id) {
            Some(d) => {
                d.title = title;
                d.kind = plan.kind;
                d.updated = now_ms();
            }
            None => index.drafts.push(DraftMeta {
                id: id.to_string(),
                title,
                name: String::new(),
                kind: plan.kind,
                updated: now_ms(),
            }),
        }
        index.current = id.to_string();
        self.save_index(&index)
    }

    pub fn rename(&self, id: &str, name: &str) -> Result<(), SaveError> {
        let mut index = self.index();
        if let Some(d) = index.drafts.iter_mut().find(|d| d.id == id) {
            d.name = name.trim().to_string();
        }
        self.save_index(&index)
    }

    /// Deletes a draft, keeping it in a one-slot trash (`ns:trash`) so the
    /// deletion can be undone. Returns what was deleted.
    pub fn trash(&self, id: &str) -> Option<DraftMeta> {
        let mut index = self.index();
        let meta = index.drafts.iter().find(|d| d.id == id)?.clone();
        let raw = self.get_raw(&self.draft_key(id)).unwrap_or_default();
        // written as text by the writers the index uses (no `Value` writer in the wasm)
        let trash = format!(
            "{{\"meta\":{},\"raw\":{}}}",
            serde_json::to_string(&meta).unwrap_or_default(),
            serde_json::to_string(&raw).unwrap_or_default()
        );
        self.set_raw(&self.key("trash"), &trash).ok()?;
        if let Some(s) = storage() {
            let _ = s.remove_item(&self.draft_key(id));
        }
        index.drafts.retain(|d| d.id != id);
        let _ = self.save_index(&index);
        Some(meta)
    }

    /// Puts the draft in the trash back. Returns its id.
    pub fn restore_trash(&self) -> Option<String> {
        let v = crate::core::json_parse::parse(&self.get_raw(&self.key("trash"))?).ok()?;
        let meta = DraftMeta::from_value(v.get("meta")?).ok()?;
        let raw = v.get("raw")?.as_str()?.to_string();
        self.set_raw(&self.draft_key(&meta.id), &raw).ok()?;
        let mut index = self.index();
        if !index.drafts.iter().any(|d| d.id == meta.id) {
            index.drafts.push(meta.clone());
        }
        let _ = self.save_index(&index);
        if let Some(s) = storage() {
            let _ = s.remove_item(&self.key("trash"));
        }
        Some(meta.id)
    }

    pub fn new_id(&self) -> String {
        let index = self.index();
        let mut n = (now_ms() as u64) % 1_000_000_000;
        loop {
            let id = format!("d{n}");
            if !index.drafts.iter().any(|d| d.id == id)
                && self.get_raw(&self.draft_key(&id)).is_none()
            {
                return id;
            }
            n += 1;
        }
    }
}
