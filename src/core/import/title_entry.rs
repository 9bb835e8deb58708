//! A yearbook entry's heading: a short line of its own (`县总工会`,
//! `工会`) right above the line that opens on `【概况】`, the entry's
//! overview. It names what the entry records, the way a title does, though
//! it holds no title word. Only asked when `title` found no title.

use super::normalise::{char_len, trim};

/// The longest entry heading (characters).
const MAX_ENTRY: usize = 20;

/// 1 when the first line is such a heading, else 0.
pub(super) fn over_overview(lines: &[&str]) -> usize {
    let (Some(first), Some(next)) = (lines.first(), lines.get(1)) else {
        return 0;
    };
    let first = trim(first);
    let heading = (2..=MAX_ENTRY).contains(&char_len(first))
        && first
            .chars()
            .all(|c| ('\u{3400}'..='\u{9fff}').contains(&c));
    let overview = ["【概况】", "【概況】"]
        .iter()
        .any(|w| trim(next).starts_with(w));
    usize::from(heading && overview)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_line_over_the_overview_is_the_entrys_heading() {
        assert_eq!(
            over_overview(&["县总工会", "【概况】  县总工会下设三个部室。"]),
            1
        );
        assert_eq!(
            over_overview(&["  工会", "  【概況】  全縣共有工會八十家。"]),
            1
        );
    }

    #[test]
    fn a_byline_or_a_line_over_other_text_is_no_heading() {
        assert_eq!(
            over_overview(&["主席:某某", "【概况】  委员会下设两个部。"]),
            0
        );
        assert_eq!(over_overview(&["县总工会", "全县共有工会八十家。"]), 0);
    }
}
