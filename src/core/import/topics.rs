//! Paragraphs led by their heading sentence, with no numbering anywhere
//! (`加強基層工會組織建設。重點抓好…` / `強化縣(市、區)工會建設。抓好…`):
//! each short first sentence is a level-1 heading, as written; likewise
//! short lines of their own without punctuation before paragraphs of text
//! (`劳动竞赛亮点纷呈` / `总结经验教训`), two or more. Input: the
//! body's tokens (`headings`); output: the same tokens, such paragraphs
//! made unnumbered headings (`rank::PLAIN`) whose text `body` splits at the
//! first sentence end. Only when at least three paragraphs have that form and
//! they are most of the paragraphs from the first of them on. And short
//! lines of their own over numbered items that start again at 1 under each
//! (`组织建设` / `1、…2、…` / `民主管理` / `1、…`), two or more, when no
//! numbering ranks above those items: the lines are the level-1 headings
//! and the items stay under them (`headings::level_map`), not sections.
//! And a paragraph of one sentence right over paragraphs counting `一是…`
//! `二是…` (`发挥团结教育功能,…方面持续发力。` / `一是…`), the opening aside:
//! an unnumbered heading over its points.

use super::headings::Tok;
use super::labels::rank;
use super::normalise::{char_len, fold};

/// Bounds of a heading sentence and of the text after it (characters).
const MIN_HEAD: usize = 4;
const MAX_HEAD: usize = 20;
const MIN_TEXT: usize = 20;
/// How many paragraphs must have the form.
const MIN_RUN: usize = 3;

/// Words that begin a sentence of text rather than a heading.
const OPENERS: [&str; 12] = [
    "今年",
    "本年",
    "去年",
    "明年",
    "一年来",
    "全年",
    "在",
    "我",
    "本",
    "这",
    "通过",
    "经过",
];

/// The heading sentence leading a paragraph, if the paragraph has that form.
fn heading_sentence(line: &str) -> Option<&str> {
    let (end, _) = line.char_indices().find(|(_, c)| *c == '。')?;
    let head = &line[..end + '。'.len_utf8()];
    let n = char_len(head) - 1;
    let f = fold(head);
    // one comma between two phrases of four characters or more
    // (`摸清情况,建立台账。`), as on a heading line of its own
    let phrases = f[..f.len() - '。'.len_utf8()].split([',', '，']);
    let comma = match f.matches([',', '，']).count() {
        0 => true,
        1 => phrases.clone().all(|p| char_len(p) >= 4),
        _ => false,
    };
    let lead = (MIN_HEAD..=MAX_HEAD).contains(&n)
        && comma
        && !head.contains(['；', ';', '：', ':'])
        && !f.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'X' | 'x' | '×' | '_'))
        && !OPENERS.iter().any(|o| f.starts_with(o))
        // a point counted `一是…` `二是…` is an item, not a heading
        && !counted_point(&f);
    (lead && char_len(&line[head.len()..]) >= MIN_TEXT).then_some(head)
}

/// A sentence counted as a point (`一是…`, `二是…`, `十是…`).
fn counted_point(f: &str) -> bool {
    let mut cs = f.chars();
    cs.next().is_some_and(|c| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    }) && cs.next() == Some('是')
}

/// A short line of its own with no punctuation (`劳动竞赛亮点纷呈`), before
/// a paragraph of text.
/// Also two phrases with a space between (`统筹谋划 为职工筑牢幸福之基`),
/// or with a comma between when both have four characters or more
/// (`勤学苦练,提升本领`).
fn heading_line(line: &str, next: Option<&str>) -> bool {
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let comma = |c: char| c == '，' || c == ',';
    let space = |c: char| c == ' ' || c == '\u{3000}' || comma(c);
    let quote = |c: char| c == '“' || c == '”';
    let n = line.chars().filter(|c| !space(*c) && !quote(*c)).count();
    let spaces = line.chars().filter(|c| space(*c)).count();
    // a space only between two phrases of two characters or more, a comma
    // only between two of four or more
    let least = if line.contains(comma) { 4 } else { 2 };
    let phrases = line.split(space).all(|p| char_len(p) >= least);
    // two phrases with a comma may be longer, up to MAX_COMMA_LINE
    // (`以职代会为主要形式,创建“民主建设之家”`)
    let max = if line.contains(comma) {
        MAX_COMMA_LINE
    } else {
        MAX_LINE
    };
    (2..=max).contains(&n)
        && spaces <= 1
        && phrases
        && line
            .chars()
            .all(|c| han(c) || space(c) || c == '“' || c == '”')
        && next.is_some_and(|t| char_len(t) >= MIN_TEXT && t.contains(['。', '，', ',']))
}

/// The longest heading line on its own (characters, quote marks not
/// counted), and the longest of two phrases joined by a comma.
const MAX_LINE: usize = 15;
const MAX_COMMA_LINE: usize = 20;

/// Makes paragraphs led by a heading sentence, or short lines of their own
/// before paragraphs of text (two or more), unnumbered headings, when the
/// body has no numbered or month headings of its own.
pub(super) fn promote(toks: &mut [Tok]) {
    if toks.iter().any(|t| !matches!(t, Tok::Plain(_))) {
        over_items(toks);
        return;
    }
    let lines: Vec<bool> = (0..toks.len())
        .map(|i| heading_line(toks[i].raw(), toks.get(i + 1).map(|t| t.raw())))
        .collect();
    if lines.iter().filter(|l| **l).count() >= 2 {
        make_heads(toks, &lines);
        return;
    }
    let points = over_points(toks);
    if points.contains(&true) {
        make_heads(toks, &points);
        return;
    }
    let led: Vec<bool> = toks
        .iter()
        .map(|t| heading_sentence(t.raw()).is_some())
        .collect();
    let n = led.iter().filter(|l| **l).count();
    let from_first = led.len() - led.iter().position(|l| *l).unwrap_or(0);
    if n == 0 || n < MIN_RUN || n * 3 < from_first * 2 {
        // a single spaced pair of phrases between paragraphs
        // (`topic_alone`)
        let alone = super::topic_alone::lines(toks);
        if alone.contains(&true) {
            make_heads(toks, &alone);
        }
        return;
    }
    make_heads(toks, &led);
}

/// The longest one-sentence paragraph over `一是…` points (characters).
const MAX_POINTS_HEAD: usize = 80;

/// A paragraph of one sentence (`发挥团结教育功能,…方面持续发力。`), not a
/// sentence that introduces a list (`…如下:`) or one of time or place.
fn one_sentence(line: &str) -> bool {
    let t = line.trim();
    let Some(body) = t.strip_suffix('。') else {
        return false;
    };
    let f = fold(body);
    (MIN_HEAD..=MAX_POINTS_HEAD).contains(&char_len(body))
        && !body.contains(['。', '；', ';', '！', '？', '：', ':'])
        && !f.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'X' | 'x' | '×' | '_'))
        && !OPENERS.iter().any(|o| f.starts_with(o))
        && !["如下", "以下", "个方面", "几方面", "几项"]
            .iter()
            .any(|w| f.contains(w))
}

/// One-sentence paragraphs right over paragraphs counting `一是…`, `二是…`
/// (`发挥团结教育功能,…持续发力。` / `一是…` / `二是…`), the first paragraph
/// aside (the opening): unnumbered headings over their points.
fn over_points(toks: &[Tok]) -> Vec<bool> {
    let starts = |j: usize, w: &str| toks.get(j).is_some_and(|t| t.raw().trim().starts_with(w));
    // a point (`三是…`) of one sentence does not end the run
    let point = |j: usize| {
        let mut cs = toks[j].raw().trim().chars();
        cs.next().is_some_and(|c| {
            matches!(
                c,
                '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        }) && cs.next() == Some('是')
    };
    (0..toks.len())
        .map(|i| {
            i > 0
                && starts(i + 1, "一是")
                && one_sentence(toks[i].raw())
                && (i + 2..toks.len())
                    .take_while(|&j| point(j) || !one_sentence(toks[j].raw()))
                    .any(|j| starts(j, "二是"))
        })
        .collect()
}

/// Whether a numbering label counts 1 (`1、` `(一)` `①` `第一,`).
pub(super) fn counts_one(label: &str) -> bool {
    let s = label.trim_start_matches(['第', '(', '（']);
    s.starts_with(['1', '１', '一', '①', '⑴', '⒈'])
        && !s[s.chars().next().map_or(0, char::len_utf8)..].starts_with(|c: char| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '０' | '１' | '２' | '３' | '４' | '５' | '６' | '７' | '８' | '９' | '十'
                )
        })
}

/// Short lines of their own, each right above a numbered item counting 1,
/// made unnumbered headings when there are two or more and no numbering in
/// the body ranks above their items (a `一、` over them makes them
/// sub-headings, not level 1).
fn over_items(toks: &mut [Tok]) {
    let item_rank = |t: Option<&Tok>| match t {
        Some(Tok::Head { label, rank, .. }) if counts_one(label) => Some(*rank),
        _ => None,
    };
    let over: Vec<Option<u8>> = (0..toks.len())
        .map(|i| match &toks[i] {
            Tok::Plain(l) if is_topic_line(l) => item_rank(toks.get(i + 1)).or_else(|| {
                // one sentence introducing the items between (`组织网络化` /
                // `…组织得以保证。` / `1、…`)
                let intro = matches!(toks.get(i + 1), Some(Tok::Plain(p)) if intro_sentence(p));
                intro.then(|| item_rank(toks.get(i + 2))).flatten()
            }),
            _ => None,
        })
        .collect();
    let Some(top) = over.iter().flatten().min().copied() else {
        return;
    };
    let higher = toks
        .iter()
        .any(|t| t.rank().is_some_and(|r| r < top) || matches!(t, Tok::Month { .. }));
    if top <= rank::ORDINAL || higher || over.iter().filter(|o| o.is_some()).count() < 2 {
        return;
    }
    let which: Vec<bool> = over.iter().map(|o| *o == Some(top)).collect();
    make_heads(toks, &which);
}

/// A short line of Chinese characters with no punctuation but a colon at
/// its end (`组织建设:`), or one comma between two phrases of four
/// characters or more (`组织网络化,实现全面覆盖`).
pub(super) fn is_topic_line(line: &str) -> bool {
    let line = line.trim_end_matches([':', '：']);
    let comma = |c: char| c == ',' || c == '，';
    let phrases = line.split(comma).count();
    let n = line.chars().filter(|c| !comma(*c)).count();
    (2..=MAX_LINE).contains(&n)
        && (phrases == 1 || phrases == 2 && line.split(comma).all(|p| char_len(p) >= 4))
        && !["如下", "以下"].iter().any(|w| line.contains(w))
        && line
            .chars()
            .all(|c| ('\u{3400}'..='\u{9fff}').contains(&c) || c == '“' || c == '”' || comma(c))
}

/// The longest sentence introducing a topic's items (characters).
const MAX_INTRO: usize = 60;

/// A paragraph of one short sentence (`“两线一站”组织得以保证。`).
fn intro_sentence(line: &str) -> bool {
    let t = line.trim();
    t.strip_suffix('。')
        .is_some_and(|b| char_len(b) <= MAX_INTRO && !b.contains(['。', '；', ';', '：', ':']))
}

/// The lines marked in `which` as unnumbered headings (`rank::PLAIN`);
/// `fields` uses it too.
pub(super) fn make_heads(toks: &mut [Tok], which: &[bool]) {
    for (t, l) in toks.iter_mut().zip(which) {
        if *l {
            let raw = t.raw();
            *t = Tok::Head {
                raw,
                label: "",
                rank: rank::PLAIN,
                text: raw,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads(lines: &[&str]) -> Vec<String> {
        let mut toks: Vec<Tok> = lines.iter().map(|l| Tok::Plain(l)).collect();
        promote(&mut toks);
        toks.iter()
            .filter_map(|t| match t {
                Tok::Head { text, .. } => heading_sentence(text).map(str::to_string),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn paragraphs_led_by_a_heading_sentence_become_headings() {
        let lines = [
            "加強基層工會組織建設。重點抓好改制企業、外商投資企業、民營企業工會組建工作,確保會員不流失。",
            "強化縣(市、區)工會建設。抓好鄉鎮(街道)工會工作意見的貫徹落實,做好成立總工會的試點工作。",
            "不斷提高工會幹部的理論素養和業務能力。通過培訓、學習調研、研討等方法,提高工會幹部綜合素質。",
        ];
        assert_eq!(
            heads(&lines),
            [
                "加強基層工會組織建設。",
                "強化縣(市、區)工會建設。",
                "不斷提高工會幹部的理論素養和業務能力。"
            ]
        );
    }

    /// The lines `promote` makes headings, whole.
    fn whole_heads<'a>(lines: &[&'a str]) -> Vec<&'a str> {
        let mut toks: Vec<Tok> = lines.iter().map(|l| Tok::Plain(l)).collect();
        promote(&mut toks);
        toks.iter()
            .filter_map(|t| match t {
                Tok::Head { text, .. } => Some(*text),
                _ => None,
            })
            .collect()
    }

    /// Whether `promote` leaves every line plain text.
    fn all_plain(lines: &[&str]) -> bool {
        let mut toks: Vec<Tok> = lines.iter().map(|l| Tok::Plain(l)).collect();
        promote(&mut toks);
        toks.iter().all(|t| matches!(t, Tok::Plain(_)))
    }

    fn made(lines: &[&str]) -> Vec<bool> {
        let mut toks: Vec<Tok> = lines.iter().map(|l| Tok::Plain(l)).collect();
        promote(&mut toks);
        toks.iter().map(|t| matches!(t, Tok::Head { .. })).collect()
    }

    #[test]
    fn a_one_sentence_paragraph_over_counted_points_is_a_heading() {
        let lines = [
            "2020年,煤矿工会紧紧围绕企业中心任务开展工作。荣获职工之家称号。",
            "发挥团结教育功能,切实加强对职工的思想政治引领,在建设“文化之家”方面持续发力。",
            "一是出台下发了广播系统运行方案,发挥了引领思想的作用。",
            "二是组织开展主题教育系列活动。",
        ];
        assert_eq!(made(&lines), [false, true, false, false]);
        // the opening, a list's lead-in, or points that never reach 二是: text
        for lines in [
            [
                "煤矿工会紧紧围绕企业中心任务开展工作。",
                "一是出台了方案。",
                "二是开展了活动。",
                "三是做好帮扶。",
            ],
            [
                "今年工会开展了多项工作。荣获称号。",
                "主要做了以下几方面工作。",
                "一是出台了方案。",
                "二是开展了活动。",
            ],
            [
                "今年工会开展了多项工作。荣获称号。",
                "发挥团结教育功能,切实加强思想政治引领。",
                "一是出台了方案。",
                "做好帮扶工作,关心职工生活。",
            ],
            [
                "今年工会开展了多项工作。荣获称号。",
                "工会主要抓了三个方面的工作。",
                "一是出台了方案。",
                "二是开展了活动。",
            ],
        ] {
            assert!(!made(&lines).contains(&true), "{lines:?}");
        }
    }

    #[test]
    fn short_lines_of_their_own_before_paragraphs_become_headings() {
        let lines = [
            "在过去的一年里,我们工会组织了一系列劳动竞赛活动,取得了显著的成绩。",
            "劳动竞赛亮点纷呈",
            "为了提升员工的专业技能和服务水平,我们精心策划并实施了多项劳动竞赛。",
            "总结经验教训",
            "回顾这一年的努力,我们也深刻认识到自身存在的不足之处。",
        ];
        let heads = whole_heads(&lines);
        assert_eq!(heads, ["劳动竞赛亮点纷呈", "总结经验教训"]);
        // one such line alone, or one followed by another short line, stays
        let one = [lines[0], lines[1], lines[2]];
        assert!(all_plain(&one));
    }

    #[test]
    fn short_lines_of_two_phrases_with_a_comma_become_headings() {
        let lines = [
            "这个季度,我们分会围绕职工的需要办了几件实事,大家反映良好。",
            "勤学苦练,提升本领",
            "分会请来技术骨干为青年职工讲解操作要领,组织了三场岗位练兵。",
            "走访慰问,传递温暖",
            "节日前夕,分会走访了生病住院的职工,送去慰问品和大家的问候。",
        ];
        let heads = whole_heads(&lines);
        assert_eq!(heads, ["勤学苦练,提升本领", "走访慰问,传递温暖"]);
        // short phrases around a comma (a greeting) stay text
        let greet = [
            lines[0],
            "同志们,大家好",
            lines[2],
            "谢谢大家,再见",
            lines[4],
        ];
        assert!(all_plain(&greet));
    }

    fn promoted(lines: &[&str]) -> Vec<String> {
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
    fn short_lines_over_items_counting_from_one_become_headings() {
        let lines = [
            "组织建设",
            "1、健全工会组织,完善各项制度。",
            "2、加强工会干部培训。",
            "民主管理",
            "1、开好教代会。",
            "2、推进校务公开。",
        ];
        assert_eq!(promoted(&lines), ["组织建设", "民主管理"]);
        let colons = ["组织建设:", lines[1], "民主管理：", lines[4]];
        assert_eq!(promoted(&colons), ["组织建设:", "民主管理："]);
        let lists = ["主要做法如下:", lines[1], "具体安排如下:", lines[4]];
        assert!(promoted(&lists).is_empty());
        // one such line only, items that go on counting, or a `一、` above
        assert!(promoted(&lines[..3]).is_empty());
        let counting = [lines[0], lines[1], lines[3], "3、开好教代会。"];
        assert!(promoted(&counting).is_empty());
        let under = ["一、主要工作", lines[0], lines[1], lines[3], lines[4]];
        assert!(promoted(&under).is_empty());
        // a line with punctuation is text
        let text = ["今年要做好以下工作:", lines[1], "具体如下,", lines[4]];
        assert!(promoted(&text).is_empty());
    }

    #[test]
    fn ordinary_paragraphs_stay_text() {
        // sentences of text (a comma, a word of time, a subject) and too few
        let lines = [
            "今年工会工作取得了显著成绩。全年共组织各类活动二十余次,职工参与率超过九成。",
            "我们坚持以职工为中心。围绕中心工作开展劳动竞赛,组织技能比武,选树先进典型。",
            "在上级工会的指导下,我们完成了换届选举。新一届委员会分工明确,运转良好。",
            "加强基层工会组织建设。重点抓好非公企业工会组建,确保会员不流失,组织不弱化。",
        ];
        assert!(heads(&lines).is_empty());
        let two = [lines[3], lines[3]];
        assert!(heads(&two).is_empty());
    }

    #[test]
    fn topic_lines_with_a_comma_and_an_intro_sentence_head_their_items() {
        let lines = [
            "机构健全,做到全面覆盖",
            "各级组织在领导重视下都已建立。",
            "1、班组建设。每个班组都有一名工会小组长,负责日常联系和信息反馈。",
            "2、分会建设。按车间建立分会,分会主席由车间推选产生并报备。",
            "制度完善,保证工作实效",
            "1、学习制度。每月组织一次集中学习,做到有计划、有记录、有考核。",
        ];
        assert_eq!(
            promoted(&lines),
            ["机构健全,做到全面覆盖", "制度完善,保证工作实效"]
        );
        // a paragraph of two sentences between: not an introduction
        let mut long = lines;
        long[1] = "各级组织在领导重视下都已建立。各矿井建立了以工会主席为主任的委员会,下属队班相应建立分会和小组,保证每班都有人。";
        assert!(promoted(&long).is_empty());
    }
}
