//! Saved reviews (批量审阅), kept like drafts under the same namespace:
//! `ns:reviews` is the list, `ns:review:<id>` one review JSON each,
//! `ns:review-trash` the one review last deleted (undo). A review too
//! large for the browser's quota is saved without the documents' text
//! (rows, problems, links and feedback stay), and the caller is told.

use super::{now_ms, storage, SaveError, Store};
use crate::core::review::Review;
use serde::{Deserialize, Serialize};

/// One line of the saved reviews list.
#[derive(Serialize, Deserialize, Clone, PartialEq, Debug, Default)]
#[serde(default)]
pub struct ReviewMeta {
    pub id: String,
    pub name: String,
    pub files: usize,
    /// Milliseconds since 1970.
    pub updated: f64,
}

/// How a review was saved.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Saved {
    Whole,
    /// Without the documents' text (over the quota).
    WithoutText,
}

impl Store {
    fn review_key(&self, id: &str) -> String {
        self.key(&format!("review:{id}"))
    }

    /// The saved reviews, newest first.
    pub fn reviews(&self) -> Vec<ReviewMeta> {
        let mut list: Vec<ReviewMeta> = self
            .get_raw(&self.key("reviews"))
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default();
        list.sort_by(|a, b| b.updated.total_cmp(&a.updated));
        list
    }

    fn save_reviews(&self, list: &[ReviewMeta]) -> Result<(), SaveError> {
        self.set_raw(
            &self.key("reviews"),
            &serde_json::to_string(list).unwrap_or_default(),
        )
    }

    /// A new review id.
    pub fn new_review_id(&self) -> String {
        let list = self.reviews();
        let mut n = (now_ms() as u64) % 1_000_000_000;
        loop {
            let id = format!("r{n}");
            if !list.iter().any(|r| r.id == id) && self.get_raw(&self.review_key(&id)).is_none() {
                return id;
            }
            n += 1;
        }
    }

    /// Saves a review and its line in the list.
    pub fn save_review(&self, id: &str, name: &str, review: &Review) -> Result<Saved, SaveError> {
        let saved = match self.set_raw(&self.review_key(id), &review.to_json()) {
            Ok(()) => Saved::Whole,
            Err(SaveError::Refused) => {
                let mut light = review.clone();
                for r in &mut light.rows {
                    r.plan = None;
                }
                self.set_raw(&self.review_key(id), &light.to_json())?;
                Saved::WithoutText
            }
            Err(e) => return Err(e),
        };
        let mut list = self.reviews();
        list.retain(|r| r.id != id);
        list.push(ReviewMeta {
            id: id.to_string(),
            name: name.to_string(),
            files: review.rows.len(),
            updated: now_ms(),
        });
        self.save_reviews(&list)?;
        Ok(saved)
    }

    /// A saved review, or why it cannot be read (in Chinese).
    pub fn load_review(&self, id: &str) -> Result<Review, String> {
        let raw = self
            .get_raw(&self.review_key(id))
            .ok_or_else(|| "这份审阅记录已不存在（可能在其他标签页中被删除）。".to_string())?;
        Review::from_json(&raw)
    }

    /// Deletes a review, keeping it in a one-slot trash for undo.
    pub fn trash_review(&self, id: &str) -> Option<ReviewMeta> {
        let mut list = self.reviews();
        let meta = list.iter().find(|r| r.id == id)?.clone();
        let raw = self.get_raw(&self.review_key(id)).unwrap_or_default();
        let trash = serde_json::json!({ "meta": meta, "raw": raw });
        self.set_raw(&self.key("review-trash"), &trash.to_string())
            .ok()?;
        if let Some(s) = storage() {
            let _ = s.remove_item(&self.review_key(id));
        }
        list.retain(|r| r.id != id);
        let _ = self.save_reviews(&list);
        Some(meta)
    }

    /// Puts the review last deleted back. Returns its id.
    pub fn restore_review(&self) -> Option<String> {
        let v: serde_json::Value =
            serde_json::from_str(&self.get_raw(&self.key("review-trash"))?).ok()?;
        let meta: ReviewMeta = serde_json::from_value(v.get("meta")?.clone()).ok()?;
        let raw = v.get("raw")?.as_str()?;
        self.set_raw(&self.review_key(&meta.id), raw).ok()?;
        let mut list = self.reviews();
        if !list.iter().any(|r| r.id == meta.id) {
            list.push(meta.clone());
        }
        let _ = self.save_reviews(&list);
        if let Some(s) = storage() {
            let _ = s.remove_item(&self.key("review-trash"));
        }
        Some(meta.id)
    }
}
