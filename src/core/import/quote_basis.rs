//! A flattened heading that ends on a quoted term, run into its text that
//! opens on a clause of basis or purpose (`一、围绕一个“中心”按照县委、县政府
//! “强化工业…”的思路,…`): the heading ends at the closing quote. `split_flat`
//! asks before it cuts a short heading at a space (which here falls inside
//! the text). Input: the text after a label; looks at its first 24
//! characters.

/// Words that open a sentence of basis or purpose.
const OPENERS: [&str; 5] = ["按照", "根据", "依据", "为了", "随着"];

/// Where the text begins after a closing quote in the heading's first 24
/// characters (the heading two characters at least).
pub(super) fn quote_basis(after: &str) -> Option<usize> {
    after
        .char_indices()
        .take(24)
        .skip(2)
        .find(|(i, c)| {
            matches!(*c, '”' | '」' | '》')
                && OPENERS
                    .iter()
                    .any(|w| after[i + c.len_utf8()..].starts_with(w))
        })
        .map(|(i, c)| i + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::quote_basis;

    #[test]
    fn a_quoted_term_ends_the_heading_before_a_clause_of_basis() {
        let a = "抓好一个“重点”按照上级要求 “扎实推进”的思路,做好工作。";
        assert_eq!(&a[..quote_basis(a).expect("cut")], "抓好一个“重点”");
        // a quote inside the heading, text after it not of basis
        assert_eq!(quote_basis("开展“工人先锋号”创建活动 全年创建三个。"), None);
    }
}
