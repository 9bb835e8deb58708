use super::lines::{count_lines, line_starts, no_line_start};
use super::*;
use crate::core::layout::blocks;
use crate::core::model::{Format, Issuance, Kind, PageNumbers, Plan, Section, Signature};

fn starts(s: &str, first: u32, rest: u32) -> Vec<usize> {
    let chars: Vec<char> = s.chars().collect();
    line_starts(&chars, first, rest)
}

#[test]
fn chinese_characters_count_one_and_latin_and_digits_half() {
    // 26 after the two-character indent, then 28.
    assert_eq!(count_lines(&"字".repeat(26), 52, 56), 1);
    assert_eq!(count_lines(&"字".repeat(27), 52, 56), 2);
    assert_eq!(count_lines(&"字".repeat(26 + 28), 52, 56), 2);
    assert_eq!(count_lines(&"字".repeat(26 + 29), 52, 56), 3);
    // 52 digits are 26 characters wide.
    assert_eq!(count_lines(&"1 ".repeat(26), 52, 56), 1);
    assert_eq!(
        count_lines(&format!("{}{}", "字".repeat(20), "a1".repeat(6)), 52, 56),
        1
    );
    assert_eq!(
        count_lines(&format!("{}{}", "字".repeat(20), "a1".repeat(7)), 52, 56),
        2
    );
    assert_eq!(count_lines("", 52, 56), 1);
}

#[test]
fn words_and_numbers_are_not_broken() {
    // `2027` does not fit after 25 characters (25 + 2 > 26): it moves down whole.
    let s = format!("{}2027年", "字".repeat(25));
    assert_eq!(starts(&s, 52, 56), vec![0, 25]);
    // A word longer than a line is cut where the line is full.
    assert_eq!(starts(&"a".repeat(60), 56, 56), vec![0, 56]);
}

#[test]
fn closing_punctuation_hangs_and_opening_punctuation_moves_down() {
    // 26 characters fill the first line; the full stop hangs at its end.
    let s = format!("{}。后文", "字".repeat(26));
    assert!(no_line_start('。'));
    assert_eq!(starts(&s, 52, 56), vec![0, 27]);
    // An opening bracket at the end of a line goes down with its content.
    let s = format!("{}（一）", "字".repeat(25));
    assert_eq!(starts(&s, 52, 56), vec![0, 25]);
    // Spaces at a break are swallowed.
    let s = format!("{}  后", "a".repeat(56));
    assert_eq!(starts(&s, 56, 56), vec![0, 58]);
}

fn para(n: usize) -> String {
    // 52 characters: two lines after the indent (26 + 26).
    "工".repeat(n)
}

fn plan(paragraphs: usize, chars: usize) -> Plan {
    let mut p = Plan::new(Kind::Plan, 2027);
    p.organization = "市总工会".into();
    p.title = "市总工会2027年工作计划".into();
    p.guiding = vec![para(chars); paragraphs].join("\n");
    p.signature = Signature {
        organization: "市总工会".into(),
        date: Some("2027-01-08".into()),
        ..Default::default()
    };
    p
}

fn lines_on(plan: &Plan, page: &Page) -> usize {
    let bs = blocks(plan);
    page.pieces
        .iter()
        .map(|pc| {
            let t: String = bs[pc.block]
                .full_text()
                .chars()
                .take(pc.to)
                .skip(pc.from)
                .collect();
            count_lines(&t, if pc.from == 0 { 52 } else { 56 }, 56)
        })
        .sum()
}

#[test]
fn a_page_holds_22_lines() {
    // Title (1) + a blank line, then one-line paragraphs: 20 on page 1.
    // Page 2: 18 paragraphs, two blank lines and the signature's two lines.
    let p = plan(38, 10);
    let pages = paginate(&p, &blocks(&p));
    assert_eq!(pages[0].pieces.len(), 21, "title and 20 paragraphs");
    assert_eq!(
        pages[1].pieces.len(),
        18 + 2,
        "18 paragraphs, then the signature"
    );
    // One paragraph more and the signature (kept together) moves on.
    let p = plan(39, 10);
    let pages = paginate(&p, &blocks(&p));
    assert_eq!(pages.len(), 3);
    assert_eq!(
        pages[1].pieces.len(),
        19 + 1,
        "the organisation still fits, the date not"
    );
    assert_eq!(pages[0].pieces[0].block, 0);
    assert_eq!(
        pages.iter().map(|p| p.number).collect::<Vec<_>>(),
        vec![Some(1), Some(2), Some(3)]
    );
    assert_eq!(body_pages(&pages), 3);
    assert_eq!(LINES_PER_PAGE, 22);
}

#[test]
fn a_paragraph_breaks_across_pages_after_any_line() {
    // Title + blank (2 lines), 7 paragraphs of 3 lines: the seventh has
    // two lines on page 1 (2 + 6 × 3 + 2 = 22) and one on page 2.
    let p = plan(7, 26 + 28 * 2);
    let bs = blocks(&p);
    let pages = paginate(&p, &bs);
    let last = pages[0].pieces.last().unwrap();
    assert!(last.cut, "{:?}", pages[0].pieces);
    assert_eq!(last.block, 7);
    assert_eq!(lines_on(&p, &pages[0]), 1 + 20);
    let cont = pages[1].pieces[0];
    assert_eq!((cont.block, cont.from), (7, last.to));
    assert!(!cont.cut);
    // The cut falls at a line start: 26 + 28 chars on page 1.
    assert_eq!(last.to, 26 + 28);
}

#[test]
fn a_heading_stays_with_its_next_line() {
    // Title + blank, 19 one-line paragraphs: line 22 is free, but a heading
    // there would be alone, so it moves to page 2 with its body.
    let mut p = plan(19, 10);
    p.sections.push(
        Section {
            heading: "加强学习".into(),
            body: "正文。".into(),
            ..Default::default()
        }
        .into(),
    );
    let bs = blocks(&p);
    let pages = paginate(&p, &bs);
    let h = bs
        .iter()
        .position(|b| b.kind == BlockKind::Heading(1))
        .unwrap();
    assert_eq!(pages[1].pieces[0].block, h);
    assert_eq!(pages[0].pieces.len(), 20);
    // With 18 paragraphs heading and body fit on page 1.
    let mut p = plan(18, 10);
    p.sections = vec![Section {
        heading: "加强学习".into(),
        body: "正文。".into(),
        ..Default::default()
    }
    .into()];
    let bs = blocks(&p);
    let pages = paginate(&p, &bs);
    assert!(pages[0].pieces.iter().any(|pc| pc.block == h));
}

fn issued(paragraphs: usize) -> Plan {
    let mut p = plan(paragraphs, 10);
    p.issuance = Some(Issuance {
        issuer: "市总工会文件".into(),
        number: "市工发〔2027〕1号".into(),
        addressee: "各区县总工会".into(),
        cc: "市委办公室".into(),
        printer: "市总工会办公室".into(),
        print_date: Some("2027-01-10".into()),
        ..Default::default()
    });
    p
}

#[test]
fn the_record_gets_an_even_page_of_its_own_without_a_number() {
    for n in [1, 30, 60, 90] {
        let p = issued(n);
        let bs = blocks(&p);
        let pages = paginate(&p, &bs);
        let body = body_pages(&pages);
        assert_eq!(pages.len() % 2, 0, "{n} paragraphs: {} pages", pages.len());
        let last = pages.last().unwrap();
        assert_eq!(last.sheet, Sheet::Record);
        assert_eq!(last.number, None);
        assert!(last.pieces.iter().all(|pc| bs[pc.block].kind.is_record()));
        assert_eq!(last.pieces.len(), 2);
        if body % 2 == 0 {
            assert_eq!(pages[body].sheet, Sheet::Blank);
            assert_eq!(pages[body].number, None);
            assert_eq!(pages.len(), body + 2);
        } else {
            assert_eq!(pages.len(), body + 1);
        }
        assert!(pages[..body]
            .iter()
            .all(|p| p.sheet == Sheet::Body && p.number.is_some()));
    }
    // The head takes its height: fewer body lines on page 1 than without it.
    let plain = plan(30, 10);
    let with = issued(30);
    let first = |p: &Plan| {
        paginate(p, &blocks(p))[0]
            .pieces
            .iter()
            .filter(|pc| blocks(p)[pc.block].kind == BlockKind::Body)
            .count()
    };
    assert!(
        first(&with) + 5 <= first(&plain),
        "{} vs {}",
        first(&with),
        first(&plain)
    );
}

#[test]
fn every_char_of_every_block_is_on_exactly_one_page() {
    let mut p = issued(45);
    p.guiding.push_str(&format!("\n{}", "长".repeat(3000)));
    p.format = Some(Format {
        page_numbers: PageNumbers::Center,
        ..Format::default()
    });
    let bs = blocks(&p);
    let pages = paginate(&p, &bs);
    let mut next = vec![0usize; bs.len()];
    for pc in pages.iter().flat_map(|p| &p.pieces) {
        assert_eq!(pc.from, next[pc.block], "{pc:?}");
        assert!(pc.to >= pc.from);
        next[pc.block] = pc.to;
    }
    for (i, b) in bs.iter().enumerate() {
        assert_eq!(next[i], b.full_text().chars().count(), "block {i}");
    }
    assert!(pages.len() > 5);
}

#[test]
fn an_empty_plan_is_one_page() {
    let p = Plan::default();
    let pages = paginate(&p, &blocks(&p));
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].number, Some(1));
}

#[test]
fn hostile_text_paginates_without_losing_a_char() {
    let nasty = [
        "\u{0}\u{1}\u{8}\u{b}\u{1f}\u{fffe}\u{feff}\u{200b}".repeat(40),
        "a".repeat(500),
        "，".repeat(300),
        "（".repeat(300),
        " ".repeat(300) + "字",
        "字 ".repeat(200),
        "😀🇨🇳".repeat(100),
        "<script>alert(1)</script>&amp;".repeat(20),
        String::new(),
    ];
    for s in &nasty {
        let mut p = issued(3);
        p.guiding = format!("{s}\n正文。\n{s}");
        p.sections.push(
            Section {
                heading: s.clone(),
                body: s.clone(),
                ..Default::default()
            }
            .into(),
        );
        let i = p.issuance.as_mut().unwrap();
        i.issuer = format!("{s}\n{s}");
        i.number = s.clone();
        i.attachments = vec![s.clone(), "名单".into()];
        i.cc = s.repeat(3);
        let bs = blocks(&p);
        let pages = paginate(&p, &bs);
        let mut next = vec![0usize; bs.len()];
        for pc in pages.iter().flat_map(|p| &p.pieces) {
            assert_eq!(pc.from, next[pc.block]);
            next[pc.block] = pc.to;
        }
        for (k, b) in bs.iter().enumerate() {
            assert_eq!(next[k], b.full_text().chars().count(), "{s:?} block {k}");
            // Lines start inside the text, in order.
            let starts = lines_of(b);
            assert!(starts.windows(2).all(|w| w[0] < w[1]), "{s:?}");
            assert!(starts.last().is_some_and(|&l| l <= next[k]));
        }
        assert_eq!(pages.len() % 2, 0);
    }
}

#[test]
fn the_line_cache_gives_the_same_pages_while_the_text_changes() {
    let mut p = plan(1, 10);
    let mut paras: Vec<String> = (0..40).map(|i| para(20 + i * 7)).collect();
    let mut cache = LineCache::default();
    for step in 0..6 {
        // A paragraph grows (typing), one is inserted, one removed, one shrinks.
        match step {
            1 => paras[3].push_str("再加一句话，让这一段多出一行。"),
            2 => paras.insert(5, para(75)),
            3 => {
                paras.remove(0);
            }
            4 => paras[10] = "短".into(),
            _ => {}
        }
        p.guiding = paras.join("\n");
        let bs = blocks(&p);
        let cached = paginate_cached(&p, &bs, &mut cache);
        assert_eq!(cached, paginate(&p, &bs), "step {step}");
        assert!(cached.len() > 3, "the plan fills pages");
    }
}
