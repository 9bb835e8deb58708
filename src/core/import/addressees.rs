//! A 关于… title that ends on a title word, run into the addressees of the
//! document in a flattened copy (`关于开展某某活动的实施方案各镇工会,各直属
//! 单位工会:为…`): the title ends where the addressees (`各…`, closed by a
//! colon) begin. Input: the flattened first line; only its first 40
//! characters, and the 40 after the title, are looked at.

use super::normalise::{fold, has_sentence_punct, strip_pinyin};

/// The longest title looked for, and the longest list of addressees.
const MAX_TITLE: usize = 40;
const MAX_ADDRESSEES: usize = 40;

/// Where the title ends, if the line opens on such a title and addressees.
pub(super) fn title_before_addressees(line: &str) -> Option<usize> {
    let window_end = line
        .char_indices()
        .nth(MAX_TITLE)
        .map_or(line.len(), |(i, _)| i);
    let window = &line[..window_end];
    if !fold(window).starts_with("关于") {
        return None;
    }
    window.match_indices('各').find_map(|(k, _)| {
        let title = strip_pinyin(line[..k].trim_end());
        let after: String = line[k..].chars().take(MAX_ADDRESSEES).collect();
        // the addressees end on a colon, with no sentence before it
        let closed = after
            .find([':', '：'])
            .is_some_and(|c| !after[..c].contains(['。', '；', ';']));
        (super::title::ends_on_title_word(&title) && !has_sentence_punct(&title) && closed)
            .then_some(k)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_run_into_its_addressees_ends_before_them() {
        let l = "关于开展某某活动的实施方案各镇工会,各直属单位工会:为丰富职工生活,现制定本方案。一、活动时间";
        let k = title_before_addressees(l).unwrap();
        assert_eq!(&l[..k], "关于开展某某活动的实施方案");
    }

    #[test]
    fn other_lines_are_left_alone() {
        // no 关于 at the start
        let l = "开展某某活动的实施方案各镇工会,各直属单位工会:为丰富职工生活,现制定本方案。";
        assert_eq!(title_before_addressees(l), None);
        // 各 inside the title, no title word before it
        let l = "关于各基层工会做好会员实名制工作的意见:各工会要抓紧落实。";
        assert_eq!(title_before_addressees(l), None);
        // no colon closing the addressees
        let l = "关于开展某某活动的实施方案各单位要高度重视,认真组织,确保活动取得实效。";
        assert_eq!(title_before_addressees(l), None);
    }
}
