//! The DOCX variants the validator checks (tests/node/docx-valid.test.mjs
//! does the same through the JS API), written from the host build so an
//! OOXML validator can be run on real output without a wasm build:
//!
//! ```sh
//! UNION_PLAN_DOCX_OUT=/tmp/docx cargo test --test docx_files
//! .venv/bin/openxml-audit -f microsoft365 -r /tmp/docx
//! ```
//!
//! The `issued-*` variants are plans issued as a 文件 (bodies ending on odd
//! and on even pages, with and without 签发人 and seal, hostile text in
//! every `issuance` field); render them in LibreOffice to check the page
//! count (`soffice --headless --convert-to
//! 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'`
//! keeps the blank page before the 版记 as printing does).
//!
//! Besides its own variants it converts every `NAME.json` plan already in
//! the folder to `NAME.docx` (e.g. the large plan fixture, dumped by
//! `node -e` from tests/fixtures/large-plan.mjs). Without the variable the
//! test only checks that every variant exports.

use serde_json::json;
use union_plan::core::export;
use union_plan::core::model::Plan;

/// A string with markup, every C0 control, XML's forbidden U+FFFE/U+FFFF,
/// a lone surrogate (as JSON writes one) and emoji.
fn nasty(tag: &str) -> String {
    let controls: String = (0u8..0x20).map(|b| b as char).collect();
    format!("<script>alert('{tag}')</script>&amp;]]><![CDATA[x]]><w:p/>\"'{controls}\u{fffe}\u{ffff}LONE😀🇨🇳{tag}")
}

/// Plan JSON with hostile text in every field, `LONE` turned into an
/// escaped lone surrogate (`\ud800`) and one 100,000-character paragraph.
fn hostile(kind: &str) -> String {
    let long = "长".repeat(100_000);
    let n = |t: &str| nasty(t);
    let part = |year: i32| {
        json!({
            "kind": "plan", "title": n("title"), "organization": n("org"), "org_type": n("type"),
            "year": year, "period": { "start_month": 99 },
            "guiding": format!("{}\n{}\n\n\t{}", n("guiding"), long, n("g2")), "goals": n("goals"),
            "sections": [{ "heading": n("h1"), "body": n("body"), "items": [{ "heading": n("h2"), "text": n("t2"),
                "items": [{ "heading": n("h3"), "text": n("t3"), "items": [{ "heading": n("h4"), "text": n("t4"), "items": [
                    { "heading": n("h5"), "text": n("t5"), "items": [] }] }] }] }] }],
            "measures": n("measures"),
            "schedule": [{ "months": [7, 8, 13], "activities": [n("a1"), "", n("a2")] }, { "months": [], "activities": [n("a3")] }],
            "problems": n("problems"),
            "signature": { "organization": n("sig"), "date": n("date"), "date_style": "chinese" },
            "format": { "fonts": n("fonts"), "page_numbers": n("pn") },
        })
    };
    let mut v = part(i32::MAX);
    v["kind"] = json!(kind);
    v["next"] = part(-1);
    v.to_string().replace("LONE", "\\ud800")
}

fn sample(format: serde_json::Value) -> String {
    json!({
        "schema": 1, "kind": "summary_and_plan", "organization": "市交通运输局机关工会委员会", "year": 2027,
        "guiding": "一年来，机关工会围绕中心工作,履行维权服务职能。",
        "sections": [{ "heading": "加强思想引领", "body": "组织职工开展主题学习。",
            "items": [{ "heading": "开展学习", "text": "每月一次。", "items": [{ "heading": "建立台账", "text": "按月登记。", "items": [] }] }] }],
        "next": { "kind": "plan", "year": 2028, "guiding": "以服务职工为中心。",
            "schedule": [{ "months": [7, 8], "activities": ["暑期疗休养"] }] },
        "signature": { "organization": "市交通运输局机关工会委员会", "date": "2027-12-20" },
        "format": format,
    })
    .to_string()
}

/// The 文件 form: 版头 with a bracketed year to normalise, 主送, two
/// attachments, 抄送 and 印发. `signer` makes it a 上行文.
fn issuance(signer: Option<&str>, seal: bool) -> serde_json::Value {
    json!({
        "issuer": "市交通运输局机关工会委员会文件", "number": "市交工发[2027]1号", "signer": signer,
        "addressee": "局属各单位工会", "attachments": ["2027年工会工作要点分解表", "2027年活动安排表"],
        "cc": "市总工会，局党委办公室", "printer": "市交通运输局机关工会委员会办公室",
        "print_date": "2027-01-10", "seal": seal,
    })
}

/// An issued plan whose body fills about `paragraphs` × 3 lines (a
/// paragraph of 80 characters is three lines of 28), so the body ends on an
/// odd or an even page.
fn issued(paragraphs: usize, issuance: serde_json::Value, format: serde_json::Value) -> String {
    let para = "机关工会坚持以职工为中心的工作导向，围绕局党委中心工作，认真履行维护、建设、参与、教育职能，团结动员广大干部职工立足岗位建功立业，推动各项工作提质增效。";
    let body: Vec<&str> = std::iter::repeat_n(para, paragraphs).collect();
    json!({
        "schema": 1, "kind": "plan", "organization": "市交通运输局机关工会委员会", "year": 2027,
        "guiding": body.join("\n"),
        "sections": [{ "heading": "加强思想政治引领", "body": "详见附件。", "items": [] }],
        "signature": { "organization": "市交通运输局机关工会委员会", "date": "2027-01-08" },
        "format": format,
        "issuance": issuance,
    })
    .to_string()
}

/// Hostile text in every `issuance` field (markup, controls, a lone
/// surrogate, a 100,000-character name, attachments of the wrong type).
fn hostile_issuance() -> String {
    let long = "长".repeat(100_000);
    let mut v: serde_json::Value =
        serde_json::from_str(&issued(2, serde_json::Value::Null, serde_json::Value::Null)).unwrap();
    v["issuance"] = json!({
        "issuer": format!("{}\n{}", nasty("issuer"), long), "number": nasty("number"), "signer": nasty("signer"),
        "addressee": nasty("addressee"), "attachments": [nasty("a1"), "", long.clone(), 5, null],
        "cc": nasty("cc"), "printer": format!("{}{}", nasty("printer"), long), "print_date": nasty("date"), "seal": "yes",
    });
    v.to_string().replace("LONE", "\\ud800")
}

/// (file stem, plan JSON) for every variant.
fn variants() -> Vec<(&'static str, String)> {
    vec![
        ("empty", "{\"schema\":1,\"kind\":\"plan\"}".into()),
        (
            "empty-summary-and-plan",
            "{\"kind\":\"summary_and_plan\",\"year\":0}".into(),
        ),
        ("sample", sample(serde_json::Value::Null)),
        (
            "standard-center",
            sample(json!({ "fonts": "standard", "page_numbers": "center" })),
        ),
        (
            "standard-outside",
            sample(json!({ "fonts": "standard", "page_numbers": "outside" })),
        ),
        (
            "gb2312-none",
            sample(json!({ "fonts": "gb2312", "page_numbers": "none" })),
        ),
        (
            "standard-none",
            sample(json!({ "fonts": "standard", "page_numbers": "none" })),
        ),
        ("hostile-plan", hostile("plan")),
        (
            "issued-short",
            issued(2, issuance(None, false), serde_json::Value::Null),
        ),
        (
            "issued-1page",
            issued(7, issuance(None, true), serde_json::Value::Null),
        ),
        (
            "issued-2pages",
            issued(12, issuance(Some("王五"), false), serde_json::Value::Null),
        ),
        (
            "issued-3pages",
            issued(20, issuance(Some("王五"), true), serde_json::Value::Null),
        ),
        (
            "issued-standard-center",
            issued(
                12,
                issuance(None, true),
                json!({ "fonts": "standard", "page_numbers": "center" }),
            ),
        ),
        (
            "issued-none",
            issued(12, issuance(None, false), json!({ "page_numbers": "none" })),
        ),
        ("issued-hostile", hostile_issuance()),
        ("hostile-summary-and-plan", hostile("summary_and_plan")),
    ]
}

#[test]
fn writes_docx_variants_for_the_validator() {
    let out = std::env::var_os("UNION_PLAN_DOCX_OUT").map(std::path::PathBuf::from);
    let mut plans = Vec::new();
    for (stem, text) in variants() {
        let plan = Plan::from_json(&text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        plans.push((stem.to_string(), plan));
    }
    if let Some(dir) = &out {
        std::fs::create_dir_all(dir).expect("create UNION_PLAN_DOCX_OUT");
        let mut found: Vec<_> = std::fs::read_dir(dir)
            .expect("read UNION_PLAN_DOCX_OUT")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        found.sort();
        for path in found {
            let text = std::fs::read_to_string(&path).expect("read plan JSON");
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let plan = Plan::from_json(&text).unwrap_or_else(|e| panic!("{stem}: {e}"));
            plans.push((stem, plan));
        }
    }
    for (stem, plan) in &plans {
        let bytes = export::export(plan, "docx").expect("docx export");
        assert!(bytes.starts_with(b"PK\x03\x04"), "{stem} is a ZIP");
        if let Some(dir) = &out {
            std::fs::write(dir.join(format!("{stem}.docx")), &bytes).expect("write docx");
        }
    }
    // The body of `issued-1page` ends on page 2 (LibreOffice): told so, the
    // writer puts a real blank page before the 版记 (see `docx_paged`).
    let (_, one_page) = plans.iter().find(|(s, _)| s == "issued-1page").unwrap();
    let paged = export::docx::docx_paged(one_page, Some(2));
    assert!(paged.starts_with(b"PK\x03\x04"));
    if let Some(dir) = &out {
        std::fs::write(dir.join("issued-1page-paged.docx"), &paged).expect("write docx");
    }
    if let Some(dir) = &out {
        eprintln!("wrote {} DOCX files to {}", plans.len(), dir.display());
    }
}
