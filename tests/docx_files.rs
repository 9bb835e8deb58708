//! The DOCX variants the validator checks (tests/node/docx-valid.test.mjs
//! does the same through the JS API), written from the host build so an
//! OOXML validator can be run on real output without a wasm build:
//!
//! ```sh
//! UNION_PLAN_DOCX_OUT=/tmp/docx cargo test --test docx_files
//! .venv/bin/openxml-audit -f microsoft365 -r /tmp/docx
//! ```
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
    if let Some(dir) = &out {
        eprintln!("wrote {} DOCX files to {}", plans.len(), dir.display());
    }
}
