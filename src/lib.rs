//! union-plan: a guided editor, checklist and exporter for trade-union work
//! plans and summaries. `core` is pure Rust; everything else is the browser
//! shell and exists only on wasm32. See ARCHITECTURE.md.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(all(target_arch = "wasm32", not(feature = "tools")))]
mod app;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod gb18030;
#[cfg(all(target_arch = "wasm32", not(feature = "tools")))]
mod storage;

/// The tools module (feature `tools`, `union_plan_tools.js`) has no editor:
/// of the shell only the plain-DOM views it draws into the lite editor, the
/// comparison (`renderComparison`), 导入's body (`renderImport`) and
/// 执行跟踪 (`renderTracking`).
#[cfg(all(target_arch = "wasm32", feature = "tools"))]
mod app {
    pub mod compare_view;
    mod dom;
    pub mod import_view;
    mod sheet_parts;
    pub mod tracking_view;
}
