//! Each line of the body as a token: a month heading, a numbered heading
//! (its label, the rank of the label's form, its text) or plain text; and
//! the heading levels a part uses, assigned from the ranks it uses. Input:
//! the body's lines (`title`, `signature`); output: `Vec<Tok>`, and per part
//! the rank → level map (ranks inside schedules, see `schedule`, left out).

use super::labels::{parse_label, rank};
use super::months::parse_month_line;
use super::normalise::{char_len, fold, has_sentence_punct, trim};
use super::parts::plain_heading;
use super::schedule::Role;

/// The tokens of the body's lines.
pub(super) fn tokens<'a>(lines: &[&'a str]) -> Vec<Tok<'a>> {
    lines.iter().map(|l| Tok::of(l)).collect()
}

/// One line of the body.
#[derive(Debug)]
pub(super) enum Tok<'a> {
    Month {
        raw: &'a str,
        head: &'a str,
        months: Vec<u8>,
        rest: &'a str,
    },
    Head {
        raw: &'a str,
        label: &'a str,
        rank: u8,
        text: &'a str,
    },
    Plain(&'a str),
}

impl<'a> Tok<'a> {
    pub(super) fn of(line: &'a str) -> Tok<'a> {
        if let Some(m) = parse_month_line(line) {
            let head_len = m.head_len.min(line.len());
            if line.is_char_boundary(head_len) {
                return Tok::Month {
                    raw: line,
                    head: &line[..head_len],
                    months: m.months,
                    rest: trim(&line[head_len..]),
                };
            }
        }
        if let Some((_, _)) = plain_heading(line) {
            return Tok::Head {
                raw: line,
                label: "",
                rank: rank::PLAIN,
                text: line,
            };
        }
        // `四、五月份,先后…`: months opening a sentence, no label (`month_span`)
        if super::month_span::opens_line(line) {
            return Tok::Plain(line);
        }
        if let Some((rank, len)) = parse_label(line) {
            if line.is_char_boundary(len) {
                return Tok::Head {
                    raw: line,
                    label: &line[..len],
                    rank,
                    text: trim(&line[len..]),
                };
            }
        }
        Tok::Plain(line)
    }

    pub(super) fn raw(&self) -> &'a str {
        match self {
            Tok::Month { raw, .. } | Tok::Head { raw, .. } => raw,
            Tok::Plain(l) => l,
        }
    }

    pub(super) fn rank(&self) -> Option<u8> {
        match self {
            Tok::Head { rank, .. } => Some(*rank),
            _ => None,
        }
    }
}

/// An unnumbered line naming a part of the year's work (`xx年上半年工作回顾`,
/// `2024年工作打算`) between the opening and the first `一、` heading ranks
/// as a `第一部分`: a part above those headings, its words the heading. It
/// must name a year or period (`年`), end on `工作` and a part word, and carry
/// no `的` or sentence punctuation, so a lead-in (`XX年工作的简要总结`,
/// `现将…回顾如下`) or a topic line stays as it is. One paragraph may stand
/// between it and the `一、` heading (`2008年工作回顾` / `一年来,…` / `一、…`).
pub(super) fn part_lines(toks: &mut [Tok]) {
    // a body with no numbered heading at its top: a part line over text is
    // the body's one heading of that rank (`过去五年工作回顾` / `…`)
    // (and the only short line of its own: two or more are `topics`')
    let short = |t: &Tok| matches!(t, Tok::Plain(l) if char_len(l) <= 20 && !has_sentence_punct(l));
    let unnumbered = !toks
        .iter()
        .any(|t| matches!(t.rank(), Some(r) if r <= rank::CN))
        && toks.iter().skip(1).filter(|t| short(t)).count() == 1;
    for i in 1..toks.len().saturating_sub(1) {
        let Tok::Plain(l) = toks[i] else { continue };
        let over_text = unnumbered
            && matches!(toks[i + 1], Tok::Plain(n) if char_len(n) >= 20)
            && matches!(toks[i - 1], Tok::Plain(_));
        // (or over one paragraph introducing the part, then `一、`)
        let over_intro = matches!(toks[i + 1], Tok::Plain(n) if has_sentence_punct(n))
            && toks.get(i + 2).and_then(Tok::rank) == Some(rank::CN);
        if toks[i + 1].rank() != Some(rank::CN) && !over_text && !over_intro {
            continue;
        }
        let t = trim(l);
        if is_part_line(t) {
            toks[i] = Tok::Head {
                raw: l,
                label: "",
                rank: if over_text { rank::PLAIN } else { rank::PART },
                text: t,
            };
        }
    }
    // (a review line over `(一)` parts in a body with no `一、`)
    super::review_part::promote(toks);
}

/// A line naming a part of the year's work (`xx年上半年工作回顾`), see
/// `part_lines`; `回忆` is a document site's word for `回顾` (its text layer
/// swaps words: `回顾` → `回忆`, `广大` → `宽敞`). `reflow` cuts such a line
/// out of a flattened text.
pub(super) fn is_part_line(t: &str) -> bool {
    const PART_WORDS: [&str; 10] = [
        "回顾", "回忆", "总结", "打算", "计划", "思路", "安排", "设想", "展望", "要点",
    ];
    let f = fold(t);
    // (`的` only right before the part word, `一年来工会工作的回顾`)
    let (f, of) = match PART_WORDS
        .iter()
        .find_map(|w| f.strip_suffix(&format!("工作的{w}")))
    {
        Some(head) => (format!("{head}工作"), true),
        None => (f, false),
    };
    (4..=20).contains(&char_len(t))
        && !has_sentence_punct(t)
        && !t.contains([':', '\u{ff1a}'])
        && f.contains('年')
        && !f.contains('的')
        && (of || PART_WORDS.iter().any(|w| f.ends_with(&format!("工作{w}"))))
}

/// Numbering at the top forms (`第一部分`, `一、`, `第一,`, `(一)`) that never
/// runs in sequence is no numbering: two or more labels of one form where no
/// label follows the one before it by one or two and none counts 1
/// (`二、三名` twice, the site's split of `评出一、二、三名`) are text again.
pub(super) fn demote_out_of_sequence(toks: &mut [Tok]) {
    for r in [rank::PART, rank::CN, rank::ORDINAL, rank::PAREN_CN] {
        let at: Vec<(usize, u32)> = toks
            .iter()
            .enumerate()
            .filter_map(|(i, t)| match t {
                Tok::Head { label, rank, .. } if *rank == r => {
                    Some((i, super::reflow::label_value(label)?))
                }
                _ => None,
            })
            .collect();
        // a form that starts again at 1 under each heading (`(一)` once
        // under `一、`, once under `二、`) is numbering too
        let in_sequence = at.iter().any(|(_, v)| *v == 1)
            || at
                .windows(2)
                .any(|w| w[1].1 == w[0].1 + 1 || w[1].1 == w[0].1 + 2);
        if at.len() >= 2 && !in_sequence {
            for (i, _) in at {
                let raw = toks[i].raw();
                toks[i] = Tok::Plain(raw);
            }
        }
    }
}

/// Labels of a top form (`第一,` `一、` `(一)`) that all stand inside the
/// items of a lower form counting on (`1、…` / `第一,…` `第二,…` / `2、…`):
/// the lower form counts 1 before the first of them, and each of them stands
/// between two of its labels that follow one another by one (or after the
/// last, once one run is so enclosed). They lead paragraphs inside those
/// items, so they are text again and the lower form is the top level.
pub(super) fn demote_nested(toks: &mut [Tok]) {
    for hi in [rank::CN, rank::ORDINAL, rank::PAREN_CN] {
        let his: Vec<usize> = (0..toks.len())
            .filter(|i| toks[*i].rank() == Some(hi))
            .collect();
        let Some(&first_hi) = his.first() else {
            continue;
        };
        let nested = (hi + 1..rank::PLAIN).any(|lo| {
            let los: Vec<(usize, u32)> = toks
                .iter()
                .enumerate()
                .filter_map(|(i, t)| match t {
                    Tok::Head { label, rank, .. } if *rank == lo => {
                        Some((i, super::reflow::label_value(label)?))
                    }
                    _ => None,
                })
                .collect();
            // the lower form's first label heads a line of its own (no
            // sentence in it): a heading, not an item of an opening
            let heads_line = |i: usize| match &toks[i] {
                Tok::Head { text, .. } => {
                    !text.contains(['。', '；', ';', '！', '!', '？', '?']) && char_len(text) <= 40
                }
                _ => false,
            };
            if los
                .first()
                .is_none_or(|(i, v)| *i > first_hi || *v != 1 || !heads_line(*i))
            {
                return false;
            }
            let enclosed = |h: usize| {
                los.windows(2)
                    .any(|w| w[0].0 < h && h < w[1].0 && w[1].1 == w[0].1 + 1)
            };
            let last_lo = los.last().map_or(0, |(i, _)| *i);
            enclosed(first_hi) && his.iter().all(|h| enclosed(*h) || *h > last_lo)
        });
        if nested {
            for i in his {
                let raw = toks[i].raw();
                toks[i] = Tok::Plain(raw);
            }
        }
    }
}

/// Level (1..=4) of each rank used outside schedules, by order of rank.
///
/// Unnumbered headings (`rank::PLAIN`) are level 1. When a container among
/// them (`主要工作` on its own line, or a named part on its own line with
/// numbered lines right under it) holds numbering below the top forms
/// (`1、`, `(一)`), that numbering starts at level 2 under it; otherwise
/// numbered headings keep their levels beside them.
pub(super) fn level_map(toks: &[Tok], roles: &[Role]) -> [u8; rank::COUNT] {
    let mut used = [false; rank::COUNT];
    let mut plain_container = false;
    for (i, (t, r)) in toks.iter().zip(roles).enumerate() {
        if let (Some(rank), Role::Normal | Role::Open) = (t.rank(), r) {
            if let Some(u) = used.get_mut(rank as usize) {
                *u = true;
            }
            if rank == rank::PLAIN {
                // a container, or a named part on a line of its own with
                // numbered lines right under it (`工作思路:` then `1、…`)
                let numbered_next = toks
                    .get(i + 1)
                    .and_then(Tok::rank)
                    .is_some_and(|r| r < rank::PLAIN);
                // or a short line of its own over items (`topics`)
                plain_container |= match plain_heading(t.raw()) {
                    Some((c, len)) => c || (numbered_next && len == t.raw().len()),
                    None => numbered_next,
                };
            }
        }
    }
    let top_numbered = used[..rank::PLAIN as usize].iter().position(|u| *u);
    let mut map = [4u8; rank::COUNT];
    map[rank::PLAIN as usize] = 1;
    let over_top = top_numbered.is_some_and(|r| container_over_top(toks, roles, r as u8));
    let mut level =
        if over_top || plain_container && top_numbered.is_some_and(|r| r as u8 > rank::ORDINAL) {
            2u8
        } else {
            1u8
        };
    for (rank, u) in used.iter().enumerate().take(rank::PLAIN as usize) {
        if *u {
            map[rank] = level.min(4);
            level += 1;
        }
    }
    map
}

/// `指导思想:…` then `重点工作:` on a line of its own right over the first
/// `一、`: the unnumbered parts are the top level and the container holds
/// every heading of the top numbered form (none comes before it).
fn container_over_top(toks: &[Tok], roles: &[Role], top: u8) -> bool {
    let counted = |i: usize| matches!(roles.get(i), Some(Role::Normal | Role::Open));
    let Some(ic) = toks.iter().enumerate().position(|(i, t)| {
        counted(i)
            && t.rank() == Some(rank::PLAIN)
            && plain_heading(t.raw()).is_some_and(|(c, len)| c && len == t.raw().len())
    }) else {
        return false;
    };
    let before = &toks[..ic];
    toks.get(ic + 1).and_then(Tok::rank) == Some(top)
        && !before.iter().any(|t| t.rank() == Some(top))
        && before
            .iter()
            .enumerate()
            .any(|(i, t)| counted(i) && t.rank() == Some(rank::PLAIN))
}

#[cfg(test)]
mod tests {
    use crate::core::import::import_text;

    #[test]
    fn a_part_label_ranks_above_the_cn_headings() {
        let text = "2024年工会工作报告\n各位代表:现在我向大会报告工作。\n\
            第一部分 回顾与总结\n一、强化思想引领\n1.提高政治站位\n坚持学习。\n\
            二、维护职工权益\n开好教代会。\n第二部分:2025年工作打算\n一、加强自身建设\n做好培训。";
        let p = import_text(text).plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert!(heads.contains(&"回顾与总结"), "{heads:?}");
        let first = p
            .sections
            .iter()
            .find(|s| s.heading == "回顾与总结")
            .unwrap();
        let items: Vec<_> = first.items.iter().map(|i| i.heading.as_str()).collect();
        assert_eq!(items, ["强化思想引领", "维护职工权益"]);
        assert_eq!(first.items[0].items[0].heading, "提高政治站位");
        assert!(!heads.contains(&"强化思想引领") && !heads.contains(&"加强自身建设"));
    }

    #[test]
    fn an_unnumbered_part_line_over_the_cn_headings_ranks_as_a_part() {
        let text = "县总工会半年工作总结\n半年来,我县各级工会扎实推进各项工作。\n\
            xx年上半年工作回顾\n一、贯彻会议精神\n汇报工会工作。\n二、融入发展大局\n凝聚职工。";
        let p = import_text(text).plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(heads, ["xx年上半年工作回顾"]);
        let items: Vec<_> = p.sections[0]
            .items
            .iter()
            .map(|i| i.heading.as_str())
            .collect();
        assert_eq!(items, ["贯彻会议精神", "融入发展大局"]);
        // a lead-in sentence or a line without a year stays text
        for line in [
            "现将上半年工作回顾如下",
            "主要工作回顾",
            "XX年工作的简要总结",
        ] {
            let text = format!("工会工作总结\n半年来,各项工作扎实推进。\n{line}\n一、贯彻会议精神\n汇报。\n二、融入大局\n凝聚。");
            let p = import_text(&text).plan;
            let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
            assert_eq!(heads, ["贯彻会议精神", "融入大局"], "{line}");
        }
    }

    #[test]
    fn a_part_line_over_text_in_an_unnumbered_body_is_its_heading() {
        let text = "港务局工会工作报告\n各位代表:现在我向大会报告工作,请予审议。\n\
            过去三年工作回顾\n三年来,我们紧紧围绕港口生产经营中心,组织职工开展劳动竞赛和技术比武。";
        let p = import_text(text).plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(heads, ["过去三年工作回顾"]);
        // flattened, between two sentences
        let more = "职工队伍的素质不断提高,工会组织的凝聚力进一步增强。".repeat(8);
        let flat = format!("港务局工会工作报告 各位代表:现在我向大会报告工作,请予审议。 过去三年工作回忆 三年来,我们紧紧围绕港口生产经营中心,组织职工开展劳动竞赛和技术比武。{more}");
        let p = import_text(&flat).plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(heads, ["过去三年工作回忆"]);
    }

    #[test]
    fn numbering_that_never_runs_in_sequence_is_text() {
        let text = "区交通局活动方案\n比赛规则:\n1、拔河比赛,最后评出\n一、\n二、三名。\n\
            评奖办法:分别评出\n一、\n二、三等奖,共计九个奖项。\n活动地点:操场";
        let p = import_text(text).plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert!(!heads.iter().any(|h| h.contains("三名")), "{heads:?}");
        assert!(!heads.iter().any(|h| h.contains("三等奖")), "{heads:?}");
        // a sequence with a number skipped keeps its headings
        let p = import_text("工会工作计划\n一、组织建设\n建家。\n三、民主管理\n开好会。").plan;
        assert_eq!(p.sections.len(), 2);
    }

    #[test]
    fn enclosed_numerals_rank_as_paren_cn() {
        let text = "医院工会工作总结\n今年工会做了以下工作。\n\
            ㈠强化思想教育,推进职工队伍建设。工会组织学习。\n㈡发挥维权职能,保护职工权益。开好职代会。";
        let p = import_text(text).plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(
            heads,
            [
                "强化思想教育，推进职工队伍建设。",
                "发挥维权职能，保护职工权益。"
            ]
        );
    }

    #[test]
    fn ordinals_inside_arabic_items_are_text() {
        let text = "镇工会工作计划\n1、抓住机遇,努力实现重点工作的新突破\n\
            第一,健全教代会制度,全面推进校务公开。\n第二,突出履行维护职能。\n\
            2、加强工会自身建设,提高工会自身素质\n换届选举新的工会领导班子。";
        let p = import_text(text).plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(
            heads,
            [
                "抓住机遇，努力实现重点工作的新突破",
                "加强工会自身建设，提高工会自身素质"
            ]
        );
        assert!(p.guiding.trim().is_empty(), "{}", p.guiding);
        // `一、` headings between items numbered on across them, after an
        // item of the opening, keep their rank
        let p = import_text(
            "工会工作总结\n今年主要做了:\n1、召开教代会,审议了工作报告。\n一、组织建设\n\
             2、建家。\n二、民主管理\n3、开好会。",
        )
        .plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(heads, ["组织建设", "民主管理"]);
        // `第一,` headings over `1、` items keep their rank
        let p = import_text(
            "工会工作计划\n第一,组织建设\n1、建家。\n2、建组。\n第二,民主管理\n1、开好会。",
        )
        .plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(heads, ["组织建设", "民主管理"]);
    }

    #[test]
    fn a_container_after_an_unnumbered_part_holds_the_cn_headings() {
        let text = "学校工会计划\n指导思想:以工会精神为指导,为教育事业建功立业。\n重点工作:\n\
            一、推进学校民主建设。\n1、提高教代会的质量。\n二、加强教职工队伍建设。\n1、组织学习。";
        let p = import_text(text).plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(heads, ["重点工作："], "{heads:?}");
        assert!(p.guiding.contains("以工会精神为指导"));
        let items: Vec<_> = p.sections[0]
            .items
            .iter()
            .map(|i| i.heading.as_str())
            .collect();
        assert_eq!(items, ["推进学校民主建设。", "加强教职工队伍建设。"]);
        // without the unnumbered part before it, the container stays beside them
        let p = import_text("学校工会计划\n重点工作:\n一、推进民主建设。\n二、加强队伍建设。").plan;
        assert!(p.sections.len() >= 2, "{:?}", p.sections);
    }

    #[test]
    fn without_part_labels_the_cn_headings_stay_level_one() {
        let p =
            import_text("工会工作计划\n一、强化思想引领\n1.提高站位\n二、维护权益\n开好会。").plan;
        let heads: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(heads, ["强化思想引领", "维护权益"]);
    }
}
