//! Page chunks of document sites: the text of a .docx shown as numbered
//! chunks of a few hundred characters (`1、XX工会2024年工作要点2024年,…的`
//! / `2、首要政治任务,…`), each cut wherever the chunk ended, often inside
//! a word (`保障他们生` / `2、活有序`). The chunk numbers are no headings:
//! they are dropped (as labels) and each chunk runs on into the one before.
//! Recognised only when the numbers run 1, 2, 3 … from the first chunk,
//! at least two of them, and every chunk before a numbered one is long and
//! stops inside a sentence — or holds two numbering labels after spaces
//! (`1、XX工会上半年工作总结 一、… (一)…`: a text layer writing paragraph
//! breaks as spaces, whose chunk may end with its sentence). Input: the text; output: the text without the
//! chunk breaks and the labels dropped, or None.

use super::labels::parse_label;
use super::normalise::{arabic_prefix, char_len, is_space, trim};

/// A chunk before the next one is at least this long.
const CHUNK_MIN: usize = 80;

/// `N、` at the start of a line: (N, byte length of the label).
fn chunk_label(l: &str) -> Option<(u32, usize)> {
    let (n, len) = arabic_prefix(l)?;
    let rest = &l[len..];
    rest.starts_with('、').then_some((n, len + '、'.len_utf8()))
}

/// Numbering labels after a space in a line (`… 一、…`, `… (一)…`),
/// counted up to two.
fn spaced_labels(l: &str) -> usize {
    let mut n = 0;
    let mut chars = l.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let Some(&(j, next)) = chars.peek() else {
            break;
        };
        if is_space(c) && !is_space(next) && parse_label(&l[j..]).is_some() {
            n += 1;
            if n == 2 {
                break;
            }
        }
    }
    n
}

/// The text joined again, and the chunk labels dropped.
pub(super) fn join_chunks(text: &str) -> Option<(String, Vec<String>)> {
    let lines: Vec<&str> = text.lines().map(trim).filter(|l| !l.is_empty()).collect();
    let first = lines
        .iter()
        .position(|l| chunk_label(l).is_some_and(|(n, _)| n == 1))?;
    let mut want = 2;
    let mut starts = vec![first];
    for (i, l) in lines.iter().enumerate().skip(first + 1) {
        match chunk_label(l) {
            Some((n, _)) if n == want => {
                let prev = lines[i - 1];
                let cut = prev.chars().last().is_some_and(|c| {
                    !matches!(
                        c,
                        '。' | '！'
                            | '？'
                            | '；'
                            | '!'
                            | '?'
                            | ';'
                            | '：'
                            | ':'
                            | '”'
                            | '」'
                            | '）'
                            | ')'
                    )
                });
                let cut = cut || spaced_labels(prev) >= 2;
                if !cut || char_len(prev) < CHUNK_MIN || i - 1 < first {
                    return None;
                }
                starts.push(i);
                want += 1;
            }
            // other numbering between chunks: not a site's chunks
            Some(_) => return None,
            None => {}
        }
    }
    if starts.len() < 2 {
        return None;
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut labels = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        match chunk_label(l).filter(|_| starts.contains(&i)) {
            Some((_, len)) => {
                labels.push(l[..len].to_string());
                let rest = trim(&l[len..]);
                // a space after the number: the chunk begins a paragraph
                // (the text layer writes paragraph breaks as spaces), so
                // the chunk before ended with its paragraph (`…二、积极推动
                // 厂务公开活动` / `3、 开展厂务公开,…`)
                let new_paragraph = l[len..].starts_with(is_space);
                match out.last_mut() {
                    Some(prev) if i != first && !new_paragraph => prev.push_str(rest),
                    _ => out.push(rest.to_string()),
                }
            }
            None => out.push(l.to_string()),
        }
    }
    Some((out.join("\n"), labels))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long(s: &str) -> String {
        s.repeat(12)
    }

    #[test]
    fn numbered_page_chunks_run_on_into_each_other() {
        let a = long("全面贯彻工会工作要求，");
        let text = format!("某工会年度工作要点\n1、{a}保障他们生\n2、活有序，今年建会三个。\n");
        let (out, labels) = join_chunks(&text).expect("chunks");
        assert_eq!(
            out,
            format!("某工会年度工作要点\n{a}保障他们生活有序，今年建会三个。")
        );
        assert_eq!(labels, vec!["1、", "2、"]);
    }

    #[test]
    fn a_chunk_whose_number_is_followed_by_a_space_begins_a_paragraph() {
        let a = long("全面贯彻工会工作要求，");
        let text =
            format!("1、{a}推进\n2、{a}会员发展。 二、做好帮扶送温暖\n3、 走访慰问困难会员。\n");
        let (out, labels) = join_chunks(&text).expect("chunks");
        assert_eq!(
            out,
            format!("{a}推进{a}会员发展。 二、做好帮扶送温暖\n走访慰问困难会员。")
        );
        assert_eq!(labels, vec!["1、", "2、", "3、"]);
    }

    #[test]
    fn a_chunk_with_paragraphs_written_as_spaces_may_end_a_sentence() {
        let a = long("全面贯彻工会工作要求，");
        let text = format!("1、某工会工作总结 一、主要工作 (一)组建工会 {a}完成。\n2、{a}完成。\n");
        let (out, labels) = join_chunks(&text).expect("chunks");
        assert_eq!(
            out,
            format!("某工会工作总结 一、主要工作 (一)组建工会 {a}完成。{a}完成。")
        );
        assert_eq!(labels, vec!["1、", "2、"]);
        // one label after a space is not enough
        let text = format!("1、某工会工作 一、主要工作{a}完成。\n2、{a}完成。\n");
        assert!(join_chunks(&text).is_none());
    }

    #[test]
    fn numbered_items_ending_sentences_are_no_chunks() {
        let a = long("全面贯彻工会工作要求，");
        let text = format!("1、{a}完成。\n2、{a}完成。\n");
        assert!(join_chunks(&text).is_none());
        // short items are no chunks either
        assert!(join_chunks("1、开展活动\n2、组织培训\n").is_none());
        // a single 1、 is no chunk
        assert!(join_chunks(&format!("1、{a}\n")).is_none());
    }
}
