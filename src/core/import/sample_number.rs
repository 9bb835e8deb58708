//! A site's sample number glued before the title line: a page of model
//! texts numbers each (`1乡镇工会工作总结`, `2学校工会工作计划`) with no
//! label mark after the digits. On a line already read as the title, one or
//! two digits right before a Chinese character that is no unit of count or
//! date (`3月份…` `2届…` stay) are the site's mark, dropped (traced) by
//! `mod.rs`; `05…` stays when the body names `2005年` (a year). Input: the
//! title's first line and the body; looks at the title's first three
//! characters and the body's first five lines.

/// Characters that make the digits before them a count or a date.
fn unit(c: char) -> bool {
    matches!(
        c,
        '年' | '月'
            | '日'
            | '号'
            | '个'
            | '次'
            | '届'
            | '期'
            | '季'
            | '周'
            | '名'
            | '位'
            | '人'
            | '家'
            | '项'
            | '条'
            | '篇'
            | '部'
            | '点'
            | '大'
            | '小'
            | '种'
            | '类'
            | '件'
            | '万'
            | '千'
            | '百'
            | '十'
    )
}

/// The byte length of the sample number at the start of a title line.
/// Two digits with a leading zero (`05医院…`) are the title's year, not a
/// number, when one of the body's first lines names that year (`2005年`).
pub(super) fn number_len(line: &str, body: &[&str]) -> Option<usize> {
    let k = line.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&k) {
        return None;
    }
    let year = format!("20{}年", &line[..k]);
    if k == 2 && line.starts_with('0') && body.iter().take(5).any(|l| l.contains(&year)) {
        return None;
    }
    let c = line[k..].chars().next()?;
    let han = ('\u{4e00}'..='\u{9fff}').contains(&c);
    (han && !unit(c) && line[k..].chars().count() >= 6).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::number_len;

    #[test]
    fn a_number_glued_before_a_title_is_a_sample_number() {
        let body = ["2005年,医院工会…"];
        assert_eq!(number_len("1乡镇工会工作总结", &body), Some(1));
        assert_eq!(number_len("12学校工会工作计划", &body), Some(2));
        assert_eq!(number_len("05学校工会工作计划", &[]), Some(2));
        // a date, a count or a label stays
        assert_eq!(number_len("3月份工会工作安排", &body), None);
        assert_eq!(number_len("2024年工会工作计划", &body), None);
        assert_eq!(number_len("1、学校工会工作计划", &body), None);
        assert_eq!(number_len("1工会计划", &body), None);
        // the year the body names, its last two digits before the title
        assert_eq!(number_len("05医院工会工作总结", &body), None);
    }
}
