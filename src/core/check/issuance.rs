//! The 文件 form (`issuance:*`, only when the plan has `issuance`): what a
//! document issued as a 文件 must carry by GB/T 9704-2012 and what the
//! exporters cannot put right by themselves.
//!
//! - `issuance:issuer` — a 发文机关标志 (7.2.4).
//! - `issuance:number` — a 发文字号 with its year in 〔〕 (7.2.5; `[2027]`,
//!   `(2027)`, `【2027】` count, they print as `〔2027〕`); case `year` when
//!   the year is missing, case `mismatch` when it is not the year of the
//!   印发日期.
//! - `issuance:signer` — a 上行文 (签发人 chosen) names its 签发人 (7.2.6).
//! - `issuance:attachments` — every attachment named (a blank line would
//!   print a number without a name, and is left out); case `mentioned` when
//!   the text refers to 附件 but the 附件说明 lists none (7.3.4).
//! - `issuance:printer`, `issuance:print-date` — the 版记's 印发机关 and a
//!   valid 印发日期 (7.4.3).
//! - `issuance:input` — text the form cannot print as typed: markup
//!   (`<script>`), control characters, characters that could not be read
//!   (U+FFFD, what a broken paste or a lone surrogate becomes) and names
//!   over `MAX_NAME` characters (lists such as 主送 and 抄送: `MAX_LIST`).
//!
//! Every finding points at `Step::Signature`, where the editor keeps the
//! 发文 settings (the same target as the form's blocks in the preview).

use super::fields::short;
use super::{Checker, Doc, Level};
use crate::core::dates;
use crate::core::export::escape::is_dropped;
use crate::core::layout::issuance::{attachment_name, has_year, normalize_number};
use crate::core::model::{Issuance, Item, Plan};
use crate::core::steps::{Step, Target};

/// Longest name the form takes (发文机关标志 line, 发文字号, 签发人, 印发机关,
/// an attachment's name), in characters.
pub const MAX_NAME: usize = 60;
/// Longest list (主送机关, 抄送机关), in characters.
pub const MAX_LIST: usize = 300;

fn here() -> Target {
    Target::step(Step::Signature)
}

/// The rules of the form, in the order the document prints them.
pub(super) fn run(c: &mut Checker, doc: &Doc) {
    let Some(i) = doc.plan.issuance.as_ref() else {
        return;
    };
    issuer(c, i);
    number(c, i);
    signer(c, i);
    attachments(c, doc.plan, i);
    record(c, i);
    input(c, i);
}

fn issuer(c: &mut Checker, i: &Issuance) {
    if i.issuer.trim().is_empty() {
        c.push(
            "issuance:issuer",
            Level::Warning,
            "按文件印发，但还没有填写发文机关标志",
            here(),
        );
    } else {
        c.ok("issuance:issuer", "发文机关标志已填写", here());
    }
}

/// The first four-digit year in 〔〕 of a (normalised) 发文字号.
fn number_year(number: &str) -> Option<i32> {
    let n = normalize_number(number);
    let chars: Vec<char> = n.chars().collect();
    chars
        .windows(6)
        .find(|w| w[0] == '〔' && w[5] == '〕' && w[1..5].iter().all(|c| c.is_ascii_digit()))
        .and_then(|w| w[1..5].iter().collect::<String>().parse().ok())
}

fn number(c: &mut Checker, i: &Issuance) {
    let n = i.number.trim();
    if n.is_empty() {
        c.push(
            "issuance:number",
            Level::Warning,
            "还没有填写发文字号",
            here(),
        );
        return;
    }
    if !has_year(n) {
        c.push_case(
            "issuance:number:year",
            "year",
            Level::Warning,
            format!(
                "发文字号「{}」没有用六角括号标注年份（应写作“某工发〔2027〕1号”）",
                short(n, 30)
            ),
            here(),
        );
        return;
    }
    let printed = i
        .print_date
        .as_deref()
        .and_then(|d| dates::parse_iso(d).ok())
        .map(|d| chrono::Datelike::year(&d));
    match (number_year(n), printed) {
        (Some(y), Some(p)) if y != p => c.push_case(
            "issuance:number:mismatch",
            "mismatch",
            Level::Warning,
            format!("发文字号的年份是{y}年，印发日期却在{p}年，请核对是否沿用了旧文号"),
            here(),
        ),
        _ => c.ok(
            "issuance:number",
            format!("发文字号「{}」格式规范", short(&normalize_number(n), 30)),
            here(),
        ),
    }
}

fn signer(c: &mut Checker, i: &Issuance) {
    let Some(name) = i.signer.as_deref() else {
        return;
    };
    let name = name.trim().trim_start_matches("签发人");
    let name = name.trim_start_matches([':', '：', ' ', '\u{3000}']).trim();
    if name.is_empty() {
        c.push(
            "issuance:signer",
            Level::Warning,
            "按上行文印发（有签发人），但还没有填写签发人姓名",
            here(),
        );
    } else {
        c.ok("issuance:signer", "签发人已填写", here());
    }
}

/// True when the text of the document refers to an attachment (见附件,
/// 附件1, 详见附件).
fn mentions_attachment(plan: &Plan) -> bool {
    fn items(list: &[Item]) -> bool {
        list.iter()
            .any(|it| it.heading.contains("附件") || it.text.contains("附件") || items(&it.items))
    }
    fn part(p: &Plan) -> bool {
        [&p.guiding, &p.goals, &p.measures, &p.problems]
            .iter()
            .any(|t| t.contains("附件"))
            || p.sections
                .iter()
                .any(|s| s.heading.contains("附件") || s.body.contains("附件") || items(&s.items))
            || p.schedule
                .iter()
                .any(|e| e.activities.iter().any(|a| a.contains("附件")))
    }
    part(plan) || plan.next.as_deref().is_some_and(part)
}

fn attachments(c: &mut Checker, plan: &Plan, i: &Issuance) {
    let mut n = 0;
    for (k, a) in i.attachments.iter().enumerate() {
        if attachment_name(a).is_empty() {
            c.push(
                format!("issuance:attachments:{}", k + 1),
                Level::Warning,
                format!("第{}个附件没有名称，附件说明不会列出它", k + 1),
                here(),
            );
            n += 1;
        }
    }
    let named = i
        .attachments
        .iter()
        .filter(|a| !attachment_name(a).is_empty())
        .count();
    if named == 0 && mentions_attachment(plan) {
        c.push_case(
            "issuance:attachments:mentioned",
            "mentioned",
            Level::Warning,
            "正文提到了附件，但附件说明里没有列出附件名称",
            here(),
        );
        n += 1;
    }
    if n == 0 {
        let msg = if named == 0 {
            "正文没有提到附件，不需要附件说明".to_string()
        } else {
            format!("附件说明列出{named}个附件")
        };
        c.ok("issuance:attachments", msg, here());
    }
}

fn record(c: &mut Checker, i: &Issuance) {
    if i.printer.trim().is_empty() {
        c.push(
            "issuance:printer",
            Level::Warning,
            "版记缺少印发机关",
            here(),
        );
    } else {
        c.ok("issuance:printer", "版记有印发机关", here());
    }
    match i.print_date.as_deref().map(str::trim) {
        None | Some("") => c.push(
            "issuance:print-date",
            Level::Warning,
            "版记缺少印发日期",
            here(),
        ),
        Some(d) => match dates::parse_iso(d) {
            Ok(_) => c.ok("issuance:print-date", "版记有印发日期", here()),
            Err(_) => c.push(
                "issuance:print-date",
                Level::Warning,
                format!("印发日期「{}」无法识别，请选一个日期", short(d, 20)),
                here(),
            ),
        },
    }
}

/// What is wrong with one field's text: (id suffix, Chinese message),
/// empty when nothing.
pub fn input_problems(text: &str, max: usize, multi_line: bool) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if has_markup(text) {
        out.push((
            "markup",
            "含有网页标记（如 <script>），会照原样印出".to_string(),
        ));
    }
    let control = text
        .chars()
        .any(|c| (is_dropped(c) && !(multi_line && c == '\r')) || c == '\u{7f}');
    let breaks = !multi_line && text.trim().contains(['\n', '\r']);
    if control || breaks {
        out.push((
            "control",
            "含有控制字符或换行，导出时会被删去或并成一行".to_string(),
        ));
    }
    if text.contains('\u{fffd}') {
        out.push((
            "unreadable",
            "含有无法识别的字符（�），多半是复制时损坏的文字".to_string(),
        ));
    }
    let longest = if multi_line {
        text.lines()
            .map(|l| l.trim().chars().count())
            .max()
            .unwrap_or(0)
    } else {
        text.trim().chars().count()
    };
    if longest > max {
        out.push((
            "long",
            format!("长达{longest}字，超过{max}字，印出来会挤满版面"),
        ));
    }
    out
}

/// `<` followed by a letter, `/` or `!`: an HTML or XML tag.
fn has_markup(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

fn input(c: &mut Checker, i: &Issuance) {
    // (id, name, text, limit, several lines allowed)
    let mut fields: Vec<(String, String, &str, usize, bool)> = vec![
        (
            "issuer".into(),
            "发文机关标志".into(),
            &i.issuer,
            MAX_NAME,
            true,
        ),
        (
            "number".into(),
            "发文字号".into(),
            &i.number,
            MAX_NAME,
            false,
        ),
    ];
    if let Some(s) = i.signer.as_deref() {
        fields.push(("signer".into(), "签发人".into(), s, MAX_NAME, false));
    }
    fields.push((
        "addressee".into(),
        "主送机关".into(),
        &i.addressee,
        MAX_LIST,
        false,
    ));
    for (k, a) in i.attachments.iter().enumerate() {
        fields.push((
            format!("attachment-{}", k + 1),
            format!("第{}个附件的名称", k + 1),
            a,
            MAX_NAME,
            false,
        ));
    }
    fields.push(("cc".into(), "抄送机关".into(), &i.cc, MAX_LIST, false));
    fields.push((
        "printer".into(),
        "印发机关".into(),
        &i.printer,
        MAX_NAME,
        false,
    ));
    fields.push((
        "print-date".into(),
        "印发日期".into(),
        i.print_date.as_deref().unwrap_or(""),
        MAX_NAME,
        false,
    ));
    let mut n = 0;
    for (id, name, text, max, multi) in fields {
        for (kind, problem) in input_problems(text, max, multi) {
            c.push(
                format!("issuance:input:{id}:{kind}"),
                Level::Warning,
                format!("{name}{problem}"),
                here(),
            );
            n += 1;
        }
    }
    if n == 0 {
        c.ok("issuance:input", "发文信息里没有异常字符", here());
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check, progress, Finding, Level};
    use crate::core::model::{Issuance, Kind, Plan, Section};

    fn plan(i: Issuance) -> Plan {
        let mut p = Plan::new(Kind::Plan, 2027);
        p.organization = "市总工会".into();
        p.sections.push(
            Section {
                heading: "加强学习".into(),
                body: "学习安排见附件1。".into(),
                ..Default::default()
            }
            .into(),
        );
        p.issuance = Some(i);
        p
    }

    fn good() -> Issuance {
        Issuance {
            issuer: "市总工会文件".into(),
            number: "市工发[2027]1号".into(),
            signer: None,
            addressee: "各区县总工会".into(),
            attachments: vec!["学习安排".into()],
            cc: "市委办公室".into(),
            printer: "市总工会办公室".into(),
            print_date: Some("2027-01-10".into()),
            seal: true,
        }
    }

    fn ours(p: &Plan) -> Vec<Finding> {
        check(p)
            .into_iter()
            .filter(|f| f.id.starts_with("issuance"))
            .collect()
    }

    fn ids(fs: &[Finding]) -> Vec<&str> {
        fs.iter().map(|f| f.id.as_str()).collect()
    }

    #[test]
    fn a_plan_without_issuance_gets_none_of_these_rules() {
        let mut p = plan(good());
        p.issuance = None;
        assert!(ours(&p).is_empty());
    }

    #[test]
    fn a_complete_form_passes_every_rule_with_ok_findings() {
        let fs = ours(&plan(good()));
        assert_eq!(
            ids(&fs),
            vec![
                "issuance:issuer",
                "issuance:number",
                "issuance:attachments",
                "issuance:printer",
                "issuance:print-date",
                "issuance:input",
            ]
        );
        assert!(fs.iter().all(|f| f.level == Level::Ok));
        assert!(fs.iter().all(|f| !f.why.is_empty()));
        assert_eq!(fs[1].message, "发文字号「市工发〔2027〕1号」格式规范");
        let mut with_signer = good();
        with_signer.signer = Some("张三".into());
        assert!(ids(&ours(&plan(with_signer))).contains(&"issuance:signer"));
    }

    #[test]
    fn missing_printer_date_issuer_and_signer_are_warned() {
        let i = Issuance {
            signer: Some(" ".into()),
            printer: " ".into(),
            print_date: None,
            issuer: String::new(),
            ..good()
        };
        let fs = ours(&plan(i));
        for (id, msg) in [
            ("issuance:issuer", "按文件印发，但还没有填写发文机关标志"),
            (
                "issuance:signer",
                "按上行文印发（有签发人），但还没有填写签发人姓名",
            ),
            ("issuance:printer", "版记缺少印发机关"),
            ("issuance:print-date", "版记缺少印发日期"),
        ] {
            let f = fs
                .iter()
                .find(|f| f.id == id)
                .unwrap_or_else(|| panic!("{id}"));
            assert_eq!((f.level, f.message.as_str()), (Level::Warning, msg));
        }
        let bad_date = Issuance {
            print_date: Some("明年一月".into()),
            ..good()
        };
        let f = ours(&plan(bad_date))
            .into_iter()
            .find(|f| f.id == "issuance:print-date")
            .unwrap();
        assert_eq!(f.level, Level::Warning);
        assert!(f.message.contains("明年一月"));
    }

    #[test]
    fn a_number_needs_its_year_in_brackets_and_the_year_of_printing() {
        for (number, id) in [
            ("市工发1号", Some("issuance:number:year")),
            ("市工发2027年1号", Some("issuance:number:year")),
            ("市工发〔20xx〕1号", Some("issuance:number:year")),
            ("", Some("issuance:number")),
            ("市工发（2027）1号", None),
            ("市工发〔2026〕9号", Some("issuance:number:mismatch")),
        ] {
            let fs = ours(&plan(Issuance {
                number: number.into(),
                ..good()
            }));
            let f = fs
                .iter()
                .find(|f| f.id.starts_with("issuance:number"))
                .unwrap();
            match id {
                Some(id) => {
                    assert_eq!((f.id.as_str(), f.level), (id, Level::Warning), "{number}");
                    assert!(!f.why.is_empty());
                }
                None => assert_eq!(f.level, Level::Ok, "{number}"),
            }
        }
        let why = |id: &str| {
            ours(&plan(Issuance {
                number: if id == "year" {
                    "1号"
                } else {
                    "〔2020〕1号"
                }
                .into(),
                ..good()
            }))
            .into_iter()
            .find(|f| f.id.starts_with("issuance:number"))
            .unwrap()
            .why
        };
        assert!(why("year").contains("六角括号"));
        assert!(why("mismatch").contains("旧文件"));
    }

    #[test]
    fn attachments_must_be_named_and_a_mentioned_attachment_listed() {
        let fs = ours(&plan(Issuance {
            attachments: vec!["名单".into(), "  ".into(), "。".into()],
            ..good()
        }));
        let att: Vec<&Finding> = fs
            .iter()
            .filter(|f| f.id.starts_with("issuance:attachments"))
            .collect();
        assert_eq!(
            ids(&att.iter().map(|f| (*f).clone()).collect::<Vec<_>>()),
            vec!["issuance:attachments:2", "issuance:attachments:3"]
        );
        assert_eq!(att[0].message, "第2个附件没有名称，附件说明不会列出它");
        // The text says 见附件 but nothing is listed.
        let fs = ours(&plan(Issuance {
            attachments: Vec::new(),
            ..good()
        }));
        let f = fs
            .iter()
            .find(|f| f.id == "issuance:attachments:mentioned")
            .unwrap();
        assert!(f.why.contains("见附件"));
        // Neither mentioned nor listed: fine.
        let mut p = plan(Issuance {
            attachments: Vec::new(),
            ..good()
        });
        p.sections[0].body = "学习安排。".into();
        let f = ours(&p)
            .into_iter()
            .find(|f| f.id == "issuance:attachments")
            .unwrap();
        assert_eq!(f.level, Level::Ok);
    }

    #[test]
    fn bad_input_is_named_field_by_field() {
        let i = Issuance {
            issuer: "<script>alert(1)</script>文件".into(),
            number: "市工发〔2027〕\u{1}1号".into(),
            signer: Some("张\u{fffd}".into()),
            addressee: "各单位".repeat(120),
            attachments: vec!["名".repeat(61)],
            cc: "市委\n办公室".into(),
            printer: "办公室".into(),
            print_date: Some("2027-01-10".into()),
            seal: false,
        };
        let fs = ours(&plan(i));
        let input: Vec<&Finding> = fs
            .iter()
            .filter(|f| f.id.starts_with("issuance:input"))
            .collect();
        let got: Vec<(&str, &str)> = input
            .iter()
            .map(|f| (f.id.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "issuance:input:issuer:markup",
                    "发文机关标志含有网页标记（如 <script>），会照原样印出"
                ),
                (
                    "issuance:input:number:control",
                    "发文字号含有控制字符或换行，导出时会被删去或并成一行"
                ),
                (
                    "issuance:input:signer:unreadable",
                    "签发人含有无法识别的字符（�），多半是复制时损坏的文字"
                ),
                (
                    "issuance:input:addressee:long",
                    "主送机关长达360字，超过300字，印出来会挤满版面"
                ),
                (
                    "issuance:input:attachment-1:long",
                    "第1个附件的名称长达61字，超过60字，印出来会挤满版面"
                ),
                (
                    "issuance:input:cc:control",
                    "抄送机关含有控制字符或换行，导出时会被删去或并成一行"
                ),
            ]
        );
        assert!(input
            .iter()
            .all(|f| f.level == Level::Warning && !f.why.is_empty()));
        // A two-line 发文机关标志 (two organs issuing together) is fine.
        let two = ours(&plan(Issuance {
            issuer: "市总工会\n市人社局".into(),
            ..good()
        }));
        assert!(two
            .iter()
            .any(|f| f.id == "issuance:input" && f.level == Level::Ok));
    }

    #[test]
    fn progress_counts_the_form_rules_once_each() {
        let p = plan(Issuance {
            printer: String::new(),
            attachments: vec!["".into(), "".into()],
            ..good()
        });
        let fs = check(&p);
        let before = progress(&check(&Plan {
            issuance: None,
            ..p.clone()
        }));
        let after = progress(&fs);
        // issuer, number, attachments, printer, print-date, input.
        assert_eq!(after.total, before.total + 6);
        assert_eq!(after.ok, before.ok + 4);
        let mut seen = std::collections::HashSet::new();
        assert!(fs.iter().all(|f| seen.insert(f.id.clone())), "unique ids");
    }
}
