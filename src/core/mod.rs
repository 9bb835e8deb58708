//! The pure core: plain data and functions. Nothing in here imports `yew`,
//! `web_sys`, `gloo`, `wasm_bindgen` or `js_sys`, does IO or reads a clock;
//! it is tested on the host by `cargo test`.

pub mod calendar;
pub mod check;
pub mod dates;
pub mod edit;
pub mod export;
pub mod import;
pub mod json_parse;
pub(crate) mod json_read;
pub mod layout;
pub mod model;
pub mod numbering;
pub mod paginate;
pub mod punct;
pub mod read;
pub mod review;
pub mod steps;
pub mod suggestions;
pub mod summarize;
pub mod templates;
pub mod title;
pub mod title_lines;
pub mod training;
pub mod yoy;
