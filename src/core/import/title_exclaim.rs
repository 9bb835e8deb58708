//! A headline that ends on an exclamation mark, as a WeChat account heads
//! its review of a union's year (`…,2027年某区工会这样干!`): the first line,
//! 30 characters at most, naming a union body (工会, 工青妇, 工联会) and a
//! year, with one comma at most and no other sentence punctuation before
//! its final `!`, over more lines. Input: the first line and the next;
//! output: whether the first line is the title.

use super::normalise::{char_len, fold};

/// Whether `l0` is such a headline (`next`: the line under it).
pub(super) fn exclaimed(l0: &str, next: Option<&str>) -> bool {
    let l = l0.trim();
    if next.is_none() || char_len(l) > 30 {
        return false;
    }
    let Some(head) = l.strip_suffix(['!', '！']) else {
        return false;
    };
    let f = fold(head);
    let year = f.char_indices().any(|(i, c)| {
        c.is_ascii_digit()
            && f[i..].len() > 6
            && f.as_bytes()[i..i + 4].iter().all(u8::is_ascii_digit)
            && f[i + 4..].starts_with('年')
    });
    year && ["工会", "工青妇", "工联会"].iter().any(|w| f.contains(w))
        && f.matches([',', '，']).count() <= 1
        && !f.contains(['。', '；', ';', '！', '!', '？', '?', '：', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exclaimed_headline_naming_a_union_and_a_year_is_a_title() {
        let next = Some("时间过得真快");
        assert!(exclaimed("乘风破浪,2027年某区工青妇这样干!", next));
        assert!(exclaimed("2027年,某某街道总工会交出亮眼答卷！", next));
        // traditional (`工青婦` folded)
        assert!(exclaimed("乘風破浪,2027年某區工青婦這樣幹!", next));
        // a cry with no union or no year, or a sentence, is none
        assert!(!exclaimed("2027年,我们一起加油!", next));
        assert!(!exclaimed("同志们,工会是职工之家!", next));
        assert!(!exclaimed("今年工会做了很多事,大家满意,我们高兴!", next));
        assert!(!exclaimed("乘风破浪,2027年某区工青妇这样干!", None));
    }
}
