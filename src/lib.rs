//! union-plan: a guided editor, checklist and exporter for trade-union work
//! plans and summaries. `core` is pure Rust; everything else is the browser
//! shell and exists only on wasm32. See ARCHITECTURE.md.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod storage;
