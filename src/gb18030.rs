//! Decodes GB18030/GBK text (old Windows files) with the browser's
//! `TextDecoder`, for `core::read::read_import` and the review; in every
//! build (editor, tools, full).

/// The text, or `None` if the bytes are not GB18030 either.
#[cfg(not(feature = "lite"))]
pub(crate) fn decode(bytes: &[u8]) -> Option<String> {
    let opts = web_sys::TextDecoderOptions::new();
    opts.set_fatal(true);
    let dec = web_sys::TextDecoder::new_with_label_and_options("gb18030", &opts).ok()?;
    dec.decode_with_u8_array(bytes).ok()
}
