//! Lone UTF-16 surrogate escapes in JSON text (moved out of `model.rs`
//! for its length; behaviour unchanged).

/// JSON from JavaScript may escape lone UTF-16 surrogates (`"\ud800"`,
/// what `JSON.stringify` writes for a broken string); serde_json rejects
/// them. They become U+FFFD so the rest of the text is kept.
pub(super) fn replace_lone_surrogates(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("\\u") && !text.contains("\\U") {
        return std::borrow::Cow::Borrowed(text);
    }
    let b = text.as_bytes();
    let hex = |i: usize| -> Option<u16> {
        let s = text.get(i..i + 4)?;
        u16::from_str_radix(s, 16).ok()
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut last = 0;
    while i + 1 < b.len() {
        if b[i] == b'\\' {
            if b[i + 1] == b'u' {
                if let Some(u) = hex(i + 2) {
                    let is_high = (0xD800..0xDC00).contains(&u);
                    let is_low = (0xDC00..0xE000).contains(&u);
                    let paired = is_high
                        && b.get(i + 6) == Some(&b'\\')
                        && b.get(i + 7) == Some(&b'u')
                        && hex(i + 8).is_some_and(|l| (0xDC00..0xE000).contains(&l));
                    if paired {
                        i += 12;
                        continue;
                    }
                    if is_high || is_low {
                        out.push_str(&text[last..i]);
                        out.push_str("\\ufffd");
                        i += 6;
                        last = i;
                        continue;
                    }
                }
            }
            i += 2; // skip the escaped character (also `\\\\`)
            continue;
        }
        i += 1;
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}
