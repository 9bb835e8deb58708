//! Sentences of Chinese text and their differences: a text splits after
//! 。；！？ (and at line breaks); two lists of sentences are compared as
//! wholes (longest common subsequence), so a difference is a sentence
//! added, removed or changed, never character-by-character noise.

use serde::Serialize;

/// Whether a part, a priority or a sentence was added, removed, changed
/// or left unchanged (JSON: exactly these English words).
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Added,
    Removed,
    Changed,
    Unchanged,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Added => "added",
            Status::Removed => "removed",
            Status::Changed => "changed",
            Status::Unchanged => "unchanged",
        }
    }

    /// The Chinese word shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Status::Added => "新增",
            Status::Removed => "删去",
            Status::Changed => "改写",
            Status::Unchanged => "未改",
        }
    }
}

/// The sentences of a text, each with its closing mark, trimmed; empty
/// ones dropped.
pub fn split(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c == '\n' || c == '\r' {
            push(&mut out, &mut cur);
            continue;
        }
        cur.push(c);
        if matches!(c, '。' | '；' | '！' | '？' | ';' | '!' | '?') {
            push(&mut out, &mut cur);
        }
    }
    push(&mut out, &mut cur);
    out
}

fn push(out: &mut Vec<String>, cur: &mut String) {
    let t = cur.trim();
    if !t.is_empty() {
        out.push(t.to_string());
    }
    cur.clear();
}

/// The key two sentences are compared by: no white space, full-width and
/// half-width sentence marks alike.
pub fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            ';' => '；',
            '!' => '！',
            '?' => '？',
            ',' => '，',
            _ => c,
        })
        .collect()
}

/// One step of a sentence-level difference. `index` is the sentence's
/// position in its list (the new one, or the old one for a removal).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Step {
    Same(usize, usize),
    Added(usize),
    Removed(usize),
}

/// The longest-common-subsequence difference of two sentence lists.
/// Lists are small (a part's sentences); the table is `old × new`, capped
/// by falling back to a plain in-order match for very long parts.
pub fn diff(old: &[String], new: &[String]) -> Vec<Step> {
    let a: Vec<String> = old.iter().map(|s| key(s)).collect();
    let b: Vec<String> = new.iter().map(|s| key(s)).collect();
    let (n, m) = (a.len(), b.len());
    if n.saturating_mul(m) > 4_000_000 {
        return greedy(&a, &b);
    }
    let mut t = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[at(i, j)] = if a[i] == b[j] {
                t[at(i + 1, j + 1)] + 1
            } else {
                t[at(i + 1, j)].max(t[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(n.max(m));
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push(Step::Same(i, j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || t[at(i, j + 1)] >= t[at(i + 1, j)]) {
            out.push(Step::Added(j));
            j += 1;
        } else {
            out.push(Step::Removed(i));
            i += 1;
        }
    }
    out
}

fn greedy(a: &[String], b: &[String]) -> Vec<Step> {
    let mut out = Vec::new();
    let mut i = 0;
    for (j, s) in b.iter().enumerate() {
        match a[i..].iter().position(|x| x == s) {
            Some(k) => {
                out.extend((i..i + k).map(Step::Removed));
                out.push(Step::Same(i + k, j));
                i += k + 1;
            }
            None => out.push(Step::Added(j)),
        }
    }
    out.extend((i..a.len()).map(Step::Removed));
    out
}

/// Similarity of two texts, 0.0..=1.0: the Dice coefficient of their
/// character pairs (bigrams), white space and punctuation ignored.
pub fn similarity(a: &str, b: &str) -> f64 {
    let grams = |s: &str| {
        let c: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
        let mut v: Vec<(char, char)> = c.windows(2).map(|w| (w[0], w[1])).collect();
        if v.is_empty() {
            v.extend(c.first().map(|x| (*x, *x)));
        }
        v.sort_unstable();
        v
    };
    let (x, y) = (grams(a), grams(b));
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    2.0 * common as f64 / (x.len() + y.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_chinese_sentence_marks() {
        assert_eq!(
            split("第一句。第二句；第三句！\n第四句？ 末尾没有句号"),
            vec![
                "第一句。",
                "第二句；",
                "第三句！",
                "第四句？",
                "末尾没有句号"
            ]
        );
        assert!(split("  \n ").is_empty());
    }

    #[test]
    fn diff_keeps_whole_sentences() {
        let old = split("甲。乙。丙。");
        let new = split("甲。乙改。丙。丁。");
        let d = diff(&old, &new);
        assert_eq!(
            d,
            vec![
                Step::Same(0, 0),
                Step::Added(1),
                Step::Removed(1),
                Step::Same(2, 2),
                Step::Added(3)
            ]
        );
        assert_eq!(
            greedy(&old, &old),
            vec![Step::Same(0, 0), Step::Same(1, 1), Step::Same(2, 2)]
        );
    }

    #[test]
    fn similarity_of_texts() {
        assert_eq!(similarity("加强自身建设", "加强自身建设"), 1.0);
        assert!(similarity("加强工会自身建设", "加强自身建设") > 0.6);
        assert!(similarity("开展文体活动", "维护职工权益") < 0.2);
    }
}
