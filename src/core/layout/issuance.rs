//! The blocks of the 文件 form (`plan.issuance`), as GB/T 9704-2012 places
//! them, and the pure text rules they print by.
//!
//! Order: 版头 (`Issuer` lines, `DocNumber` with the red rule under it),
//! the title, `Addressee`, the body, `Attachment` lines (附件说明), the
//! signature, then the 版记 (`CopyTo`, `Imprint`) at the foot of the last
//! page. Without `issuance` none of these blocks exist and the document is
//! what it always was.
//!
//! - 7.2.4 发文机关标志: as typed (with or without 文件), one block per line
//!   (several issuing organs stack).
//! - 7.2.5 发文字号: the year in 六角括号 — `[2027]`, `(2027)`, `（2027）`,
//!   `【2027】`, `［2027］`, `﹝2027﹞`, `〖2027〗` print as `〔2027〕`
//!   ([`normalize_number`]).
//! - 7.2.6 签发人: `签发人：姓名` in the `tail` of the `DocNumber` block; the
//!   exporters then set the number left (one character in) and the signer
//!   right (one character in) on one line, else the number is centred.
//! - 7.3.2 主送机关: under the title, flush left, ending with a full-width
//!   colon ([`addressee_text`]).
//! - 7.3.4 附件说明: one blank line under the body, two characters in,
//!   `附件：1.名称`, further attachments `2.名称` aligned under `1.`; one
//!   attachment has no number; no punctuation after a name (a trailing
//!   `。；，` typed by the user is dropped). Blank names are skipped (the
//!   checklist names them).
//! - 7.3.5 署名 and 成文日期: `seal` picks the placement
//!   (`export::escape::signature_indents_for`); without `issuance` the
//!   sealed placement, today's layout, applies.
//! - 7.4 版记: `抄送：…。` (7.4.2), then 印发机关 and `2027年1月10日印发`
//!   (7.4.3: Arabic numerals, no leading zeros) on one line.
//!
//! Every block of the form points at `Step::Signature` (the last step,
//! where the editor keeps the 发文 settings).

use super::{Block, BlockKind};
use crate::core::dates;
use crate::core::model::{DateStyle, Issuance, Plan, Shared};
use crate::core::steps::{Step, Target};

fn target() -> Target {
    Target::step(Step::Signature)
}

fn push(out: &mut Vec<Shared<Block>>, kind: BlockKind, label: &str, text: &str, tail: &str) {
    let mut b = Block::new(kind, label.to_string(), text, target());
    b.tail = tail.to_string();
    out.push(b.into());
}

/// The 文件 settings in force: `None` when the plan is not issued.
fn of(plan: &Plan) -> Option<&Issuance> {
    plan.issuance.as_ref()
}

/// The 版头: the 发文机关标志 lines and the 发文字号 line (with 签发人).
pub fn head(plan: &Plan, out: &mut Vec<Shared<Block>>) {
    let Some(i) = of(plan) else { return };
    for line in i.issuer.lines().map(str::trim).filter(|l| !l.is_empty()) {
        push(out, BlockKind::Issuer, "", line, "");
    }
    let number = normalize_number(i.number.trim());
    let signer = signer_text(i);
    if !number.is_empty() || !signer.is_empty() {
        push(out, BlockKind::DocNumber, "", &number, &signer);
    }
}

/// `签发人：姓名`, or empty when there is no 签发人 (a name typed with its
/// own `签发人：` keeps one).
pub fn signer_text(i: &Issuance) -> String {
    let Some(name) = i.signer.as_deref() else {
        return String::new();
    };
    let name = name.trim();
    let name = name
        .strip_prefix("签发人")
        .map(|r| r.trim_start_matches([':', '：', ' ', '\u{3000}']))
        .unwrap_or(name)
        .trim();
    if name.is_empty() {
        String::new()
    } else {
        format!("签发人：{name}")
    }
}

/// The 主送机关 line, under the title.
pub fn addressee(plan: &Plan, out: &mut Vec<Shared<Block>>) {
    let Some(i) = of(plan) else { return };
    let text = addressee_text(&i.addressee);
    if !text.is_empty() {
        push(out, BlockKind::Addressee, "", &text, "");
    }
}

/// Punctuation that may end what the user typed but not what is printed.
const TRAILING: &[char] = &[
    ':', '：', ',', '，', ';', '；', '.', '。', '、', ' ', '\u{3000}', '\t', '\n', '\r',
];

/// `各区县总工会，市直各单位工会：` — the typed text with one full-width
/// colon at the end (a half-width one, or a stray comma or full stop,
/// replaced); empty when nothing was typed.
pub fn addressee_text(s: &str) -> String {
    let t = s.trim().trim_end_matches(TRAILING);
    if t.is_empty() {
        String::new()
    } else {
        format!("{t}：")
    }
}

/// The 附件说明 lines (after the body and any next year's part).
pub fn attachments(plan: &Plan, out: &mut Vec<Shared<Block>>) {
    let Some(i) = of(plan) else { return };
    let names: Vec<&str> = i
        .attachments
        .iter()
        .map(|a| attachment_name(a))
        .filter(|a| !a.is_empty())
        .collect();
    let single = names.len() == 1;
    for (n, name) in names.iter().enumerate() {
        let label = match (n, single) {
            (0, true) => "附件：".to_string(),
            (0, false) => "附件：1.".to_string(),
            (n, _) => format!("{}.", n + 1),
        };
        push(out, BlockKind::Attachment, &label, name, "");
    }
}

/// An attachment's name as printed: trimmed and without the punctuation
/// GB/T 9704 7.3.4 leaves off after a name.
pub fn attachment_name(s: &str) -> &str {
    s.trim().trim_end_matches(TRAILING).trim()
}

/// The 版记: the 抄送 line and the 印发机关 / 印发日期 line.
pub fn record(plan: &Plan, out: &mut Vec<Shared<Block>>) {
    let Some(i) = of(plan) else { return };
    let cc = i.cc.trim().trim_end_matches(TRAILING);
    if !cc.is_empty() {
        push(out, BlockKind::CopyTo, "抄送：", &format!("{cc}。"), "");
    }
    let printer = i.printer.trim();
    let date = i
        .print_date
        .as_deref()
        .map(print_date_text)
        .unwrap_or_default();
    if !printer.is_empty() || !date.is_empty() {
        push(out, BlockKind::Imprint, "", printer, &date);
    }
}

/// `2027年1月10日印发` from `2027-01-10` (GB/T 9704 7.4.3: Arabic numerals,
/// the full year, no leading zeros); a date that is not `YYYY-MM-DD` prints
/// as typed (the checklist points at it); blank is empty.
pub fn print_date_text(iso: &str) -> String {
    let t = iso.trim();
    if t.is_empty() {
        return String::new();
    }
    let d = dates::format_iso(t, DateStyle::Arabic).unwrap_or_else(|_| t.to_string());
    format!("{d}印发")
}

/// True when the signature is placed for a sealed document (GB/T 9704
/// 7.3.5.1), which is also the placement of a document without `issuance`.
pub fn sealed(plan: &Plan) -> bool {
    of(plan).is_none_or(|i| i.seal)
}

/// Blank lines between the body (or 附件说明) and the signature: one for a
/// document without a seal (7.3.5.2 下空一行), two where the seal goes
/// (7.3.5.1: the seal's top within one line of the text above, its centre a
/// little above the signature and date).
pub fn lines_before_signature(plan: &Plan) -> u32 {
    if sealed(plan) {
        2
    } else {
        1
    }
}

/// Brackets officers type around the year instead of 〔〕 (and 〔〕 itself).
const OPEN: &[char] = &[
    '[', '(', '（', '【', '［', '〔', '﹝', '〖', '〘', '{', '｛', '<', '《', '〈',
];
const CLOSE: &[char] = &[
    ']', ')', '）', '】', '］', '〕', '﹞', '〗', '〙', '}', '｝', '>', '》', '〉',
];

/// The 发文字号 with every bracketed four-digit year in 六角括号:
/// `工发[2027]1号` → `工发〔2027〕1号`; full-width digits become ASCII and
/// spaces inside the brackets go. Anything else is kept as typed.
pub fn normalize_number(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 4);
    let mut i = 0;
    while i < chars.len() {
        if OPEN.contains(&chars[i]) {
            if let Some((year, end)) = bracketed_year(&chars, i + 1) {
                out.push('〔');
                out.push_str(&year);
                out.push('〕');
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// After an opening bracket at `start - 1`: spaces, four digits, spaces and
/// a closing bracket give the year (ASCII digits) and the index after it.
fn bracketed_year(chars: &[char], start: usize) -> Option<(String, usize)> {
    let space = |c: char| c == ' ' || c == '\u{3000}';
    let mut j = start;
    while j < chars.len() && space(chars[j]) {
        j += 1;
    }
    let mut year = String::with_capacity(4);
    while j < chars.len() && year.len() < 5 {
        match chars[j] {
            c @ '0'..='9' => year.push(c),
            c @ '０'..='９' => year.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
            _ => break,
        }
        j += 1;
    }
    if year.len() != 4 {
        return None;
    }
    while j < chars.len() && space(chars[j]) {
        j += 1;
    }
    (j < chars.len() && CLOSE.contains(&chars[j])).then_some((year, j + 1))
}

/// True when the (normalised) 发文字号 has its year in 〔〕: `〔2027〕`.
pub fn has_year(number: &str) -> bool {
    let n = normalize_number(number);
    let chars: Vec<char> = n.chars().collect();
    chars
        .windows(6)
        .any(|w| w[0] == '〔' && w[5] == '〕' && w[1..5].iter().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::super::blocks;
    use super::*;
    use crate::core::model::{Kind, Section, Signature};

    #[test]
    fn year_brackets_become_hexagonal() {
        for typed in [
            "市工发[2027]1号",
            "市工发(2027)1号",
            "市工发（2027）1号",
            "市工发【2027】1号",
            "市工发［2027］1号",
            "市工发﹝2027﹞1号",
            "市工发〖2027〗1号",
            "市工发〔2027〕1号",
            "市工发[ 2027 ]1号",
            "市工发（２０２７）1号",
            "市工发[2027）1号",
        ] {
            assert_eq!(normalize_number(typed), "市工发〔2027〕1号", "{typed}");
            assert!(has_year(typed), "{typed}");
        }
        // Not a four-digit year in brackets: kept as typed.
        for kept in [
            "市工发2027年1号",
            "市工发[27]1号",
            "市工发[20271]1号",
            "市工发[2027",
            "(1)",
            "",
            "[abcd]",
        ] {
            assert_eq!(normalize_number(kept), kept);
            assert!(!has_year(kept), "{kept}");
        }
        assert_eq!(normalize_number("[2026][2027]"), "〔2026〕〔2027〕");
        assert_eq!(normalize_number("<script>(2027)"), "<script>〔2027〕");
    }

    #[test]
    fn addressee_ends_with_one_full_width_colon() {
        assert_eq!(addressee_text("各区县总工会"), "各区县总工会：");
        assert_eq!(addressee_text("各区县总工会:"), "各区县总工会：");
        assert_eq!(addressee_text(" 各区县总工会： "), "各区县总工会：");
        assert_eq!(addressee_text("各区县总工会，"), "各区县总工会：");
        assert_eq!(addressee_text("  "), "");
    }

    #[test]
    fn print_dates_use_arabic_numerals_without_leading_zeros() {
        assert_eq!(print_date_text("2027-01-10"), "2027年1月10日印发");
        assert_eq!(print_date_text(" 2027-10-01 "), "2027年10月1日印发");
        assert_eq!(print_date_text("明年"), "明年印发");
        assert_eq!(print_date_text(""), "");
    }

    #[test]
    fn signer_is_named_once() {
        let mut i = Issuance::default();
        assert_eq!(signer_text(&i), "");
        i.signer = Some(" ".into());
        assert_eq!(signer_text(&i), "");
        i.signer = Some("张三".into());
        assert_eq!(signer_text(&i), "签发人：张三");
        i.signer = Some("签发人: 张三".into());
        assert_eq!(signer_text(&i), "签发人：张三");
    }

    fn issued() -> Plan {
        let mut p = Plan::new(Kind::Plan, 2027);
        p.organization = "市总工会".into();
        p.guiding = "正文第一段。".into();
        p.sections.push(
            Section {
                heading: "加强学习".into(),
                body: "见附件。".into(),
                ..Default::default()
            }
            .into(),
        );
        p.signature = Signature {
            date: Some("2027-01-08".into()),
            ..Default::default()
        };
        p.issuance = Some(Issuance {
            issuer: "市总工会文件".into(),
            number: "市工发[2027]1号".into(),
            signer: None,
            addressee: "各区县总工会".into(),
            attachments: vec!["名单。".into(), " ".into(), "日程安排".into()],
            cc: "市委办公室，市政府办公室".into(),
            printer: "市总工会办公室".into(),
            print_date: Some("2027-01-10".into()),
            seal: false,
        });
        p
    }

    #[test]
    fn issued_blocks_come_in_gbt_order() {
        let bs = blocks(&issued());
        let got: Vec<(BlockKind, String)> = bs.iter().map(|b| (b.kind, b.full_text())).collect();
        let want = vec![
            (BlockKind::Issuer, "市总工会文件"),
            (BlockKind::DocNumber, "市工发〔2027〕1号"),
            (BlockKind::Title, "市总工会2027年工作计划"),
            (BlockKind::Addressee, "各区县总工会："),
            (BlockKind::Body, "正文第一段。"),
            (BlockKind::Heading(1), "一、加强学习"),
            (BlockKind::Body, "见附件。"),
            (BlockKind::Attachment, "附件：1.名单"),
            (BlockKind::Attachment, "2.日程安排"),
            (BlockKind::SignatureOrg, "市总工会"),
            (BlockKind::SignatureDate, "2027年1月8日"),
            (BlockKind::CopyTo, "抄送：市委办公室，市政府办公室。"),
            (BlockKind::Imprint, "市总工会办公室2027年1月10日印发"),
        ];
        let want: Vec<(BlockKind, String)> =
            want.into_iter().map(|(k, t)| (k, t.to_string())).collect();
        assert_eq!(got, want);
        assert!(bs.iter().filter(|b| b.kind.is_record()).count() == 2);
        assert!(!sealed(&issued()));
        assert_eq!(lines_before_signature(&issued()), 1);
    }

    #[test]
    fn one_attachment_has_no_number_and_the_signer_shares_the_number_line() {
        let mut p = issued();
        let i = p.issuance.as_mut().unwrap();
        i.attachments = vec!["".into(), "名单".into()];
        i.signer = Some("李四".into());
        i.issuer = "市总工会\n市人社局\n".into();
        i.seal = true;
        let bs = blocks(&p);
        let att: Vec<String> = bs
            .iter()
            .filter(|b| b.kind == BlockKind::Attachment)
            .map(|b| b.full_text())
            .collect();
        assert_eq!(att, vec!["附件：名单"]);
        let num = bs.iter().find(|b| b.kind == BlockKind::DocNumber).unwrap();
        assert_eq!(
            (num.text.as_str(), num.tail.as_str()),
            ("市工发〔2027〕1号", "签发人：李四")
        );
        let issuers: Vec<&str> = bs
            .iter()
            .filter(|b| b.kind == BlockKind::Issuer)
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(issuers, vec!["市总工会", "市人社局"]);
        assert!(sealed(&p));
        assert_eq!(lines_before_signature(&p), 2);
    }

    #[test]
    fn without_issuance_nothing_changes_and_an_empty_one_adds_nothing() {
        let mut p = issued();
        p.issuance = None;
        let plain = blocks(&p);
        assert!(plain.iter().all(|b| !matches!(
            b.kind,
            BlockKind::Issuer
                | BlockKind::DocNumber
                | BlockKind::Addressee
                | BlockKind::Attachment
                | BlockKind::CopyTo
                | BlockKind::Imprint
        )));
        assert!(sealed(&p));
        p.issuance = Some(Issuance {
            seal: true,
            ..Issuance::default()
        });
        assert_eq!(blocks(&p), plain);
    }

    #[test]
    fn attachments_follow_next_years_part_and_every_block_targets_the_signature_step() {
        let mut p = issued();
        p.kind = Kind::SummaryAndPlan;
        p.normalize();
        p.next.as_mut().unwrap().guiding = "明年。".into();
        let bs = blocks(&p);
        let part = bs
            .iter()
            .position(|b| b.kind == BlockKind::PartTitle)
            .unwrap();
        let att = bs
            .iter()
            .position(|b| b.kind == BlockKind::Attachment)
            .unwrap();
        assert!(att > part);
        for b in bs.iter().filter(|b| {
            matches!(
                b.kind,
                BlockKind::Issuer | BlockKind::Attachment | BlockKind::Imprint
            )
        }) {
            assert_eq!(b.target, Target::step(Step::Signature));
        }
    }
}
