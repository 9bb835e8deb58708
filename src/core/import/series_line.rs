//! An announcement's series line above the document it carries
//! (`某某学校工会第十二届教代会公告(4)` / `某某学校工会委员会选举办法`): a
//! 公告 with its number in brackets, set over another title like the 版头
//! of a 公文, no part of that title. Input: the first two lines; output:
//! whether the first is such a line. Looks at those two lines only.

use super::normalise::{char_len, has_sentence_punct, trim};

/// The longest series line (characters).
const MAX_LINE: usize = 40;

/// `…公告(4)`, `…公告（第4号）` over a line of a title.
pub(super) fn series_line(l0: &str, l1: &str) -> bool {
    let a = trim(l0);
    let Some(open) = a.rfind(['(', '（']) else {
        return false;
    };
    let inner = a[open..]
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）']);
    let number = inner
        .trim_start_matches('第')
        .trim_end_matches(['号', '號']);
    let b = trim(l1);
    char_len(a) <= MAX_LINE
        && a.ends_with([')', '）'])
        && a[..open].ends_with("公告")
        && (1..=3).contains(&char_len(number))
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        && (4..=MAX_LINE).contains(&char_len(b))
        && !has_sentence_punct(b)
        && !b.starts_with(['一', '1', '(', '（'])
}

#[cfg(test)]
mod tests {
    use super::series_line;

    #[test]
    fn a_numbered_announcement_over_another_title_is_its_header() {
        assert!(series_line(
            "某某学校工会第十二届教代会公告(4)",
            "某某学校工会委员会选举办法"
        ));
        assert!(series_line(
            "某某学校工会公告（第2号）",
            "某某学校第十届教代会议程"
        ));
        // a serial number alone, a sentence or a numbered item under it: no
        assert!(!series_line("某某学校工会公告", "（第1号）"));
        assert!(!series_line(
            "某某学校工会公告(4)",
            "一、定于下月召开教代会。"
        ));
        assert!(!series_line("某某学校工会公告(4)", "（第1号）"));
    }
}
