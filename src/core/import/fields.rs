//! A 方案's unnumbered field labels as its level-1 headings: `活动主题:和谐、
//! 友谊、进步`, `活动时间:9月下旬`, `活动地点:` (left blank), `比赛规则:` over
//! numbered rules. A label is a short word before a colon at a line's start
//! that ends on a word such parts end on (目的, 主题, 时间, 地点, 项目, 规则,
//! 办法, 预算 …); fill-in lines (`裁判员:`, `参加人数:`) and events
//! (`第一项:`) are no such labels. Only when three or more lines have that
//! form and nothing in the body is numbered at the top forms (`一、`,
//! `(一)`, `第一,`, `第一部分`), which would make them sub-headings. Input:
//! the body's tokens (`headings`); output: the same tokens, the labelled
//! lines made unnumbered headings (`rank::PLAIN`) whose text `body` splits
//! at the colon.

use super::headings::Tok;
use super::labels::rank;
use super::normalise::{char_len, fold};

/// Words a 方案's field label ends on (compared folded, so traditional too).
const FIELD_ENDS: [&str; 30] = [
    "目的", "意义", "主题", "宗旨", "口号", "时间", "地点", "地址", "对象", "范围", "内容", "形式",
    "方式", "安排", "项目", "规则", "办法", "预算", "经费", "要求", "事项", "流程", "程序", "设置",
    "组织", "奖励", "背景", "原则", "目标", "包括",
];

/// The label's length bounds (characters, without the colon).
const MIN_LABEL: usize = 2;
/// (`送清凉活动范围`, `送清凉慰问品包括`: the activity's name before the field)
const MAX_LABEL: usize = 8;
/// How many labelled lines make the form.
const MIN_LINES: usize = 3;

/// The label of a line led by one (`活动主题:…` → `活动主题`).
pub(super) fn field_label(line: &str) -> Option<&str> {
    // the colon within the longest label (a flattened text asks at every
    // sentence end: never scan the rest of the line)
    let (k, _) = line
        .char_indices()
        .take(MAX_LABEL + 1)
        .find(|(_, c)| matches!(*c, ':' | '：'))?;
    let label = &line[..k];
    let n = char_len(label);
    let han = label
        .chars()
        .all(|c| ('\u{3400}'..='\u{9fff}').contains(&c));
    let f = fold(label);
    ((MIN_LABEL..=MAX_LABEL).contains(&n)
        && han
        && !label.starts_with('第')
        && FIELD_ENDS.iter().any(|w| f.ends_with(w)))
    .then_some(label)
}

/// Makes field-labelled lines unnumbered headings when the body has the
/// form (see the module note).
pub(super) fn promote(toks: &mut [Tok]) {
    let top_numbered = toks
        .iter()
        .any(|t| t.rank().is_some_and(|r| r <= rank::PAREN_CN));
    if top_numbered {
        return;
    }
    let which: Vec<bool> = toks
        .iter()
        .map(|t| matches!(t, Tok::Plain(l) if field_label(l).is_some()))
        .collect();
    if which.iter().filter(|w| **w).count() < MIN_LINES {
        return;
    }
    // a label said again (`地址:` `时间:` under each of seven routes) gives
    // the entries of a list their details, not the document its parts
    let mut seen: Vec<&str> = Vec::new();
    for t in toks.iter() {
        if let Tok::Plain(l) = t {
            if let Some(label) = field_label(l) {
                if seen.contains(&label) {
                    return;
                }
                seen.push(label);
            }
        }
    }
    super::topics::make_heads(toks, &which);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads(lines: &[&str]) -> Vec<String> {
        let mut toks: Vec<Tok> = lines.iter().map(|l| Tok::of(l)).collect();
        promote(&mut toks);
        toks.iter()
            .filter_map(|t| match t {
                Tok::Head {
                    label: "", text, ..
                } => Some(text.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_schemes_field_labels_become_headings() {
        let lines = [
            "为丰富职工文化生活,街道机关工会举办趣味比赛。",
            "活动主题:和谐、友谊、进步",
            "活动时间:9月下旬",
            "活动地点:",
            "比赛项目:",
            "第一项:共同进步(双人跳绳)",
            "参加人数:每个工会小组4名,共16人",
            "裁判员:",
        ];
        assert_eq!(
            heads(&lines),
            [
                "活动主题:和谐、友谊、进步",
                "活动时间:9月下旬",
                "活动地点:",
                "比赛项目:"
            ]
        );
        // traditional labels too
        let trad = ["活動目的:增進友誼。", "活動時間:9月", "活動地點:操場"];
        assert_eq!(heads(&trad).len(), 3);
    }

    #[test]
    fn labels_naming_the_activity_before_the_field_word_count() {
        let lines = [
            "活动目标:人人过好节。",
            "送温暖活动范围:困难职工",
            "慰问品包括:米、油",
            "送温暖活动安排:元月",
        ];
        assert_eq!(heads(&lines).len(), 4);
        // nine characters before the colon is a sentence, not a label
        assert_eq!(field_label("全体会员都要积极参加:"), None);
    }

    #[test]
    fn too_few_labels_or_numbered_headings_keep_them_text() {
        let two = ["活动主题:和谐", "活动时间:9月下旬", "大家踊跃参加。"];
        assert!(heads(&two).is_empty());
        let numbered = [
            "一、比赛安排",
            "活动主题:和谐",
            "活动时间:9月下旬",
            "活动地点:操场",
        ];
        assert!(heads(&numbered).is_empty());
        // a sentence with a colon is no label
        let sentences = [
            "今年的主要时间:安排在暑假",
            "我们的工作要求如下:",
            "具体时间另行通知:请留意",
        ];
        assert!(heads(&sentences).is_empty());
        // the same labels again under each entry of a list
        let entries = [
            "甲线路:某某度假村",
            "地址:某某路1号",
            "时间:8月2日",
            "乙线路:某某山庄",
            "地址:某某路2号",
            "时间:8月21日",
        ];
        assert!(heads(&entries).is_empty());
    }
}
