//! Reading JSON by hand from a `serde_json::Value`: the helpers of the plan
//! reader (`model::reader`), the drafts index (`storage`), a jump target
//! (`steps::Target`) and the tools module's answers (`app::tools`).
//!
//! A derived `Deserialize` instantiates a visitor per type, each with a map
//! and a sequence form; in the editor module they came to ~20 KB gzip
//! (ARCHITECTURE.md "Size"). An error names where it is
//! (`sections[2].heading：应为文字`) so the user's message can say it.

use serde_json::{Map, Value};

pub(crate) type Read<T> = Result<T, String>;

/// The fields of a JSON object, each read by a reader of its own.
pub(crate) struct Fields<'v>(&'v Map<String, Value>);

impl<'v> Fields<'v> {
    pub(crate) fn of(v: &'v Value) -> Read<Fields<'v>> {
        v.as_object().map(Fields).ok_or_else(|| wrong("对象"))
    }

    pub(crate) fn get(&self, key: &str) -> Option<&'v Value> {
        self.0.get(key)
    }

    /// Reads a field into `to` when present (`null` is a wrong type here);
    /// a missing field leaves `to` at its default. Readers fill a default
    /// value field by field: an error then drops one value, not each field
    /// read so far (smaller code).
    pub(crate) fn set<T>(&self, to: &mut T, key: &str, read: fn(&Value) -> Read<T>) -> Read<()> {
        if let Some(v) = self.get(key) {
            *to = read(v).map_err(|e| under(key, e))?;
        }
        Ok(())
    }

    /// An optional field: missing or `null` leaves `to` at `None`.
    pub(crate) fn set_some<T>(
        &self,
        to: &mut Option<T>,
        key: &str,
        read: fn(&Value) -> Read<T>,
    ) -> Read<()> {
        match self.get(key) {
            None | Some(Value::Null) => {}
            Some(v) => *to = Some(read(v).map_err(|e| under(key, e))?),
        }
        Ok(())
    }

    /// A field that must be there (a draft's id in the index).
    pub(crate) fn need<T>(&self, key: &str, read: fn(&Value) -> Read<T>) -> Read<T> {
        match self.get(key) {
            None => Err(format!("{key}：缺少")),
            Some(v) => read(v).map_err(|e| under(key, e)),
        }
    }

    /// The value of a lenient field when it is an object.
    pub(crate) fn object(&self, key: &str) -> Option<&'v Value> {
        self.get(key).filter(|v| v.is_object())
    }
}

/// "应为…" for a value of the wrong type.
pub(crate) fn wrong(expected: &str) -> String {
    format!("：应为{expected}")
}

/// An error inside `key` (or inside list position `key` = "[3]").
pub(crate) fn under(key: &str, e: String) -> String {
    if e.starts_with('：') || e.starts_with('[') {
        format!("{key}{e}")
    } else {
        format!("{key}.{e}")
    }
}

pub(crate) fn text(v: &Value) -> Read<String> {
    v.as_str().map(str::to_string).ok_or_else(|| wrong("文字"))
}

/// A whole number that fits `T` (a year, a month, a count).
pub(crate) fn whole<T: TryFrom<i64>>(v: &Value) -> Read<T> {
    v.as_i64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| wrong("整数"))
}

pub(crate) fn number(v: &Value) -> Read<f64> {
    v.as_f64().ok_or_else(|| wrong("数字"))
}

pub(crate) fn list<T>(v: &Value, read: fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    let a = v.as_array().ok_or_else(|| wrong("列表"))?;
    let mut out = Vec::with_capacity(a.len());
    for (i, x) in a.iter().enumerate() {
        out.push(read(x).map_err(|e| at(i, e))?);
    }
    Ok(out)
}

/// An error inside list position `i`.
pub(crate) fn at(i: usize, e: String) -> String {
    under(&format!("[{i}]"), e)
}

/// An optional value inside a list (`tracking`, `duties`): `null` is none.
pub(crate) fn maybe<T>(v: &Value, read: fn(&Value) -> Read<T>) -> Read<Option<T>> {
    match v {
        Value::Null => Ok(None),
        v => read(v).map(Some),
    }
}

/// One of a closed set of ids (`kind`, `status`, `date_style`).
pub(crate) fn one_of<T: Copy>(v: &Value, ids: &[(&str, T)]) -> Read<T> {
    let s = v.as_str().ok_or_else(|| wrong("文字"))?;
    ids.iter()
        .find(|(id, _)| *id == s)
        .map(|(_, t)| *t)
        .ok_or_else(|| format!("：不认识的取值“{s}”"))
}

pub(crate) fn flag(v: &Value) -> Read<bool> {
    v.as_bool().ok_or_else(|| wrong("是或否"))
}

/// Reads JSON text with `read` (used by the wasm-only storage and app): syntax errors in serde_json's words, shape
/// errors in ours.
#[allow(dead_code)] // not in the native and tools builds (no storage, no app)
pub(crate) fn from_text<T>(text: &str, read: fn(&Value) -> Read<T>) -> Read<T> {
    let v = super::json_parse::parse(text)?;
    read(&v)
}
