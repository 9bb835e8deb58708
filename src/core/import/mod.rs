//! Importing an existing plan or summary: plain text (pasted, .txt, .md),
//! a Word .docx, or a plan JSON this tool exported, turned into a `Plan`.
//!
//! The text parser works line by line: title at the top, signature at the
//! end, numbered headings in the forms offices really use (`一、` `(一)`
//! `1、` `(1)` `①` …, levels assigned per document by which forms occur),
//! the named parts (指导思想, 工作目标, 落实措施, 存在问题, 活动安排) into
//! their fields, month headings into the schedule, and next year's plan of a
//! combined summary into `next`. Numbering is never stored (it is derived
//! when rendering), so labels and month headings are consumed; every other
//! character of the input ends up somewhere in the plan. Half-width
//! `, ; : ? ! ( )` in Chinese text are then set full-width (`core::punct`).
//!
//! The passes, in pipeline order, are listed below and called in that order
//! by `import_bytes` and `import_traced`; each file says what it reads and
//! what it hands on.

// bytes → a plan JSON, the text of a .docx (`docx`, its automatic numbering `docx_numbering`), or text
mod decode;
mod docx;
mod docx_numbering;
// text → text without a document site's page chunks (`1、…` `2、…` cut anywhere)
mod chunks;
// text → text with a month table's month numbers taken off its items' (`11、` → `1月:` / `1、`)
mod month_table;

// text → text with line breaks where the author meant them (flattened, PDF-wrapped, glued titles)
mod marks;
// a site's page marks run into a line (`…宣扬第2页共144页今年…`), a page number in a heading (`page_digit`)
mod page_digit;
mod page_marks;
mod reflow;
// a flattened heading ending on a quoted term before a clause of basis
mod quote_basis;
// a flattened text's signature run on after its last sentence
mod tail_date;
// an opening's `…如下:` with the first heading run on after it
mod lead_in;
// a flattened schedule's month heading glued to the word before it
mod glued_label;
mod glued_month;
mod glued_title;
// a weekday list broken by a page after each 星期
mod weekdays;
// (its step that joins PDF-wrapped lines)
mod wrap;
// a `三、…` heading run onto the end of the line before it after a space
mod circumstance;
mod heading_wrap;
// … and one broken inside a bracket listing things (`…(即…、` / `…)`)
mod bracket_wrap;
mod tail_label;
mod title_lead_year;

// text → clean lines: no blanks, Markdown marks or page numbers
mod lines;
// a site's hidden-text note inside a line (`……此处隐藏N个字……`)
pub(crate) mod hidden_note;
// a site's address after a line, its category after a title's dash
mod site_tails;

// lines → a 公文 header block (发文机关标志, 发文字号) into `issuance` …
mod header;
mod joint_issuers;
mod series_line;

// … a notice issuing the document above its title (`现将《…》印发给你们`) …
mod notice;
mod notice_flat;
// … its issuing body before 关于, its 文号 and a site's 来源 line (`notice_issuer`)
mod notice_issuer;
mod openers;

// … the title (kind, year, organisation) at the top …
mod title;
// whether a title's words after 总结 name work to come (`title_forward`)
mod title_forward;
// a site's sample number before the title line (`1乡镇…总结`)
mod sample_number;
mod site_labels;
// a document site's file name line above the title (`….docx`)
mod file_name;
// a report's title glued to its speaker's date and the salutation
mod title_account;
mod title_date;
// a second copy of the title glued to the first part's label
mod title_copy;
// a news headline naming the union after a dash (`…--工会办:…`)
mod title_echo;
mod title_news;
mod url_head;
// a motto title right above the salutation (`各位代表:`)
mod title_address;
// a notice's title run into addressees naming everyone (`全校各位教工:`)
mod salute_all;
// a yearbook entry's heading over its `【概况】`
mod title_entry;
// a flattened report's `——在…上的报告` subtitle on a line of its own
mod title_subtitle;
// a flattened title glued to `第一部分`, or to `第一章` after a title word (`title_chapter`)
mod title_chapter;
mod title_part;
// a first line opening with `一、` is no glued title (`title_label`)
mod title_label;
// a report title, dash and motto (`headline`); spaced short phrases (`title_motto`); a headline over `2017年,…工会`
mod headline;
mod title_motto;
mod title_words;
mod title_year_head;

// … and the signature at the end (or under the title); the body is what lies between
mod sig_head;
mod sig_month_day;
mod sig_org_only;
mod signature;

// body lines → tokens (month heading, numbered heading, plain) and levels; a review line over `(一)` parts (`review_part`)
mod headings;
mod review_part;
// a bare list of `1、` lines is no outline
mod lists;
// an outline of the headings written above the title
mod outline;
// a document site's cover words above the formal title
mod cover;
// a part's label written again inside each numbered part is text
mod repeated_parts;
// a title's last word on the next line (`…的` / `通   知`)
mod title_notice_wrap;
mod title_serial;
mod title_split;
// a flattened notice's 文号 and title at its head
mod header_flat;

// paragraphs led by a heading sentence, no numbering anywhere → headings
mod topics;
// a single spaced heading line between paragraphs
mod topic_alone;
// a part heading whose number the copy lost (`lost_label`)
mod lost_label;
// paragraphs led by `——` and their heading sentence
// `【组织建设】  …` lines as unnumbered headings (yearbooks, briefings)
mod brackets;
mod dashes;

// a 方案's unnumbered field labels (`活动主题:…`) → headings
mod fields;
mod flat_guiding;
mod flat_part;
// a topic glued to its first item in flattened text (`flat_topic`)
mod flat_topic;

// a heading run into its text without punctuation: where the text begins (used by
// `labels::split_heading`); its fallbacks (`runin_clause`, `runin_long`, `runin_phrases`,
// `runin_short_label`, `runin_subject`), the plain section names a heading may be run into
// (`section_names`: `计划背景`, `现状分析`) and the filters on its word lists (`word_masks`)
mod couplet;
mod runin;
// … a chapter's heading run into its first article, `总则第一条…` (`runin_article`)
mod runin_article;
mod runin_bare_label;
mod runin_clause;
mod runin_echo;
mod runin_long;
mod runin_phrases;
mod runin_short_label;
mod runin_subject;
mod section_names;
mod space_placeholder;
mod title_exclaim;
mod word_masks;

// tokens → this year's and next year's (read into `plan.next`)
mod next_year;

// tokens → the plan's fields, sections and items …
mod achieved;
mod addressees;
mod body;
// … with the schedule's regions and entries …
mod schedule;
// … and the named parts, their headings kept as written
mod parts;

// the plan → its kind and year (parts headed by results reached: `result_heads`)
mod event_year;
mod facts;
mod result_heads;
mod tally_now;
// a 文号 cited in the body, else the one year the body speaks of (`body_year`), gives the year when nothing else does
mod body_year;
mod cited_year;
// a report's bracketed date under its title (`（2013年3月7日）`): a signature date for the year
mod byline_date;
// a summary's goals heading → one of its sections; a plan's goals in its opening (`opening_goals`)
mod opening_goals;
mod summary_goals;

// tables as text (`|`, tabs, one cell per line) → duties and schedule entries (taken out first)
mod tables;

// the plan and the notes → the report
mod report;

// shared by the passes: line recognisers, and the trace of what was consumed
mod dates;
mod labels;
// a plan's items led by a year and month are its schedule
mod dated_items;
// a `.` joining a heading's two short phrases before its `。`
mod dot_phrase;
mod month_span;
mod months;
mod normalise;
mod trace;

#[cfg(test)]
mod tests;

use super::model::{LoadError, Plan};
use decode::Decoded;

pub use docx::docx_to_text;
#[cfg(test)]
pub(crate) use parts::is_part_name;
#[cfg(test)]
pub(crate) use tables::is_table_text;
pub(crate) use trace::Dropped;

/// The imported document and what the importer found.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub plan: Plan,
    pub report: Report,
}

/// What the importer recognised, for the import preview.
#[derive(Default, Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Report {
    /// The title line(s) as found at the top (empty: no title).
    pub title_lines: Vec<String>,
    /// True when the kind was read from the title or the content, false
    /// when the importer fell back to 工作计划.
    pub kind_detected: bool,
    /// Level-1 headings as found (without their numbers), including the
    /// named parts that went into their own fields.
    pub sections: Vec<String>,
    /// The months of each schedule entry, in document order.
    pub schedule: Vec<Vec<u8>>,
    /// Signature: organisation, ISO date.
    pub signature: Option<(String, Option<String>)>,
    /// Notes for the user, in Chinese.
    pub notes: Vec<String>,
    /// Each decision the importer took, in Chinese, in reading order
    /// (`“存在的不足” → 存在问题（标题照原文保留）`, `“七、八月份” → 一个月份条目，7—8 月`).
    pub decisions: Vec<String>,
}

/// Why a file could not be imported. `Display` says, in Chinese, what
/// happened and what to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// No text at all.
    Empty,
    /// A text file that is not UTF-8 (the browser shell then decodes it as
    /// GB18030 and calls `import_text`).
    NotUtf8,
    /// A .docx that could not be read; the detail is for the message.
    BadDocx(String),
    /// A .json that is not a plan of this tool.
    BadJson(LoadError),
    /// A file type the importer cannot read (the extension, e.g. ".doc").
    Unsupported(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => write!(f, "文件里没有读到任何文字。请确认选对了文件，或者直接把原文复制粘贴进来。"),
            ImportError::NotUtf8 => write!(
                f,
                "无法识别这个文本文件的编码。请用记事本或 WPS 打开后“另存为”UTF-8 编码再导入，或者直接把原文复制粘贴进来。"
            ),
            ImportError::BadDocx(d) => write!(
                f,
                "这个 Word 文件读取失败（{d}）。请用 Word 或 WPS 打开后另存为 .docx 再试，或者直接把全文复制粘贴进来。"
            ),
            ImportError::BadJson(e) => write!(f, "{e}"),
            ImportError::Unsupported(ext) => {
                let e = ext.trim_start_matches('.').to_ascii_lowercase();
                match e.as_str() {
                    "doc" | "wps" => write!(
                        f,
                        "暂时读不了旧版 Word/WPS 文件（{ext}）。请在 Word 或 WPS 中“另存为”.docx 格式再导入，或者直接把全文复制粘贴进来。"
                    ),
                    _ => write!(
                        f,
                        "暂不支持导入 {ext} 文件。请导入 .docx、.txt 或本工具导出的 .json 文件，或者直接把全文复制粘贴进来。"
                    ),
                }
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Imports a file by its extension: `.json` (a plan this tool exported),
/// `.docx`, and anything else as UTF-8 text (a UTF-8 BOM is skipped; text
/// with a UTF-16 BOM is decoded too).
pub fn import_bytes(bytes: &[u8], file_name: &str) -> Result<Imported, ImportError> {
    Ok(match decode::decode(bytes, file_name)? {
        Decoded::Plan(plan) => Imported {
            report: report::of_plan(&plan),
            plan: *plan,
        },
        Decoded::Docx(d) => {
            let mut imported = import_text(&d.text);
            imported.report.notes.extend(decode::docx_notes(&d));
            imported
        }
        Decoded::Text(text) => import_text(&text),
    })
}

/// The note when `import_text` set half-width punctuation full-width.
pub const PUNCT_NOTE: &str = "汉字间的半角标点（逗号、分号、冒号、问号、叹号、括号）已改为全角。";

/// Parses a plan or summary text. Never panics; every non-blank character
/// is kept except page-number lines and what numbering derives again
/// (labels, month headings, the names of the standard parts, the date).
pub fn import_text(text: &str) -> Imported {
    import_traced(text).0
}

/// The parser with its trace of consumed text (for the property test).
pub(crate) fn import_traced(text: &str) -> (Imported, Vec<(Dropped, String)>) {
    let mut ctx = trace::Ctx::default();
    // tables first (`tables`): a 序号 line would otherwise read as a page number
    let (rest, found) = tables::extract_text(text, &mut ctx);
    let text = rest.as_deref().unwrap_or(text);
    // a forum's anti-copy codes after lines (`marks`)
    let uncoded = marks::strip_codes(text, &mut ctx);
    if uncoded.is_some() {
        ctx.decide("原文每行末尾带有论坛的防复制乱码（如 `Y3(MKq`），已去掉。".into());
    }
    let text = uncoded.as_deref().unwrap_or(text);
    // a site's page marks run into lines (`page_marks`)
    let unpaged = page_marks::strip(text, &mut ctx);
    if unpaged.is_some() {
        ctx.decide("原文句子中间夹着文档网站的页码（如“第2页共144页”），已去掉。".into());
    }
    let text = unpaged.as_deref().unwrap_or(text);
    // a site's article labels around the title (`site_labels`)
    let unlabelled = site_labels::strip(text, &mut ctx);
    if unlabelled.is_some() {
        ctx.decide(
            "原文标题前后带有网站的栏目标签（如“文章标题:”“第一篇:”“篇一”），已去掉。".into(),
        );
    }
    let text = unlabelled.as_deref().unwrap_or(text);
    // a document site's file name line above the title (`file_name`)
    let unnamed = file_name::strip(text, &mut ctx);
    if unnamed.is_some() {
        ctx.decide("原文标题上面是文档网站的文件名（如“….docx”），已去掉。".into());
    }
    let text = unnamed.as_deref().unwrap_or(text);
    let joined = chunks::join_chunks(text).map(|(t, labels)| {
        for l in &labels {
            ctx.drop(Dropped::Label, l);
        }
        ctx.decide(format!(
            "原文是文档网站的分页片段（{} 段，编号 1、2、…），编号已去掉，片段已接回。",
            labels.len()
        ));
        t
    });
    let text = joined.as_deref().unwrap_or(text);
    // a site's addresses run into the first line (`url_head`)
    let headless = url_head::strip(text, &mut ctx);
    let text = headless.as_deref().unwrap_or(text);
    // a month table's numbers run into its items' (`month_table`)
    let unglued = month_table::unglue(text);
    if unglued.is_some() {
        ctx.decide(
            "原文是按月份排的表格，月份数字和第一项的编号连在一起（如“11、”是一月第 1 项），已分开。"
                .into(),
        );
    }
    let text = unglued.as_deref().unwrap_or(text);
    // a weekday list broken into `一、星期` lines (`weekdays`)
    let days = weekdays::join(text);
    let text = days.as_deref().unwrap_or(text);
    // part headings set as two-line couplets (`couplet`)
    let coupled = couplet::join(text, &mut ctx);
    let (text, reflowed) = reflow::reflow(coupled.as_deref().unwrap_or(text));
    ctx.decisions.extend(reflowed.decisions());
    let (lines, pages) = lines::clean_lines(&text, &mut ctx);

    // a header block, the title at the top, the signature at the end, the
    // body between
    let (mut issuance, head) = header::detect(&lines).map_or((None, 0), |(i, n)| (Some(i), n));
    if let Some(i) = &issuance {
        ctx.decide(report::header_decision(i));
    }
    let lines = &lines[head..];
    // a cover's short lines above the formal title stay text, in the
    // opening, as an outline above the title does (`cover`, `outline`)
    let cover = cover::cover_len(lines);
    if cover > 0 {
        ctx.decide(format!(
            "原文标题上面是 {cover} 行封面上的短行（标题拆开的字词），没有当作标题或章节，放在开头一段里，可以删去。"
        ));
    }
    let above = if cover > 0 {
        cover
    } else {
        outline::outline_len(lines)
    };
    let (outline_lines, lines) = lines.split_at(above);
    if cover == 0 && !outline_lines.is_empty() {
        ctx.decide(format!(
            "原文标题上面是 {} 行提纲（各部分标题的目录），没有当作标题或章节，放在开头一段里，可以删去。",
            outline_lines.len()
        ));
    }
    let notice = notice::detect(lines);
    let top = notice.as_ref().map_or(0, |n| n.lines);
    let notice_text = notice.as_ref().map_or(0, |n| n.text_lines);
    let notice_annex = notice.as_ref().and_then(|n| n.annex);
    let (notice_lines, lines) = lines.split_at(top);
    // a notice's 文号 under its title goes into the issuance (`notice_issuer`)
    let number = notice.as_ref().and_then(|n| n.number);
    if let (Some((_, l)), None) = (number, &issuance) {
        let i = crate::core::model::Issuance {
            number: l.trim().to_string(),
            ..Default::default()
        };
        ctx.decide(report::header_decision(&i));
        issuance = Some(i);
    }
    let notice_lines: Vec<&str> = notice_lines
        .iter()
        .enumerate()
        .filter(|(i, _)| number.is_none_or(|(k, _)| k != *i))
        .map(|(_, l)| *l)
        .collect();
    let notice_text = notice_text - usize::from(number.is_some());
    // a spaced motto title with the union's name after it (`title_motto`):
    // the name, a byline, starts the text
    let bylined: Option<Vec<&str>> = lines.first().and_then(|l0| {
        let k = title_motto::byline(l0, lines.get(1).copied())?;
        let (t, name) = (normalise::trim(&l0[..k]), normalise::trim(&l0[k..]));
        Some(
            [t, name]
                .into_iter()
                .chain(lines[1..].iter().copied())
                .collect(),
        )
    });
    if let Some(b) = &bylined {
        ctx.decide(format!(
            "标题后面的“{}”是署名的单位，没有算进标题，放在开头一段里。",
            b[1]
        ));
    }
    let lines = bylined.as_deref().unwrap_or(lines);
    let n = match title::detect_title(lines) {
        _ if bylined.is_some() => 1,
        // the document the notice above names (`notice`: `《X》` is the line
        // under its date), whatever word it ends on (`…办法`)
        0 if notice.is_some() => 1,
        0 => match title_address::over_salutation(lines) {
            0 => title_entry::over_overview(lines),
            n => n,
        },
        n => n,
    };
    let (title_lines, body) = lines.split_at(n);
    let (sig, body) = sig_head::detect(body, &mut ctx);
    // the notice's text stays in the body; its issuer and date sign a
    // document whose end has none (else they stay text too)
    let (preamble, annex) = if sig.is_some() {
        (&notice_lines[..], None)
    } else {
        (&notice_lines[..notice_text], notice_annex)
    };
    let sig = sig.or_else(|| {
        let n = notice?;
        ctx.drop(trace::Dropped::Date, n.date_line);
        Some(n.signature)
    });
    let kept = sig
        .as_ref()
        .and_then(|s| Some(normalise::trim(&body.last()?[s.keep.clone()?])));
    let mut body: Vec<&str> = outline_lines
        .iter()
        .chain(preamble)
        .copied()
        .chain(annex)
        .chain(
            body[..body.len() - sig.as_ref().map_or(0, |s| s.lines)]
                .iter()
                .copied(),
        )
        .collect();
    body.extend(kept);
    let body = &body[..];
    // a site's category after the title's dash (`site_tails`)
    // (a text layer may break the category onto the next line: `… - 工会工`
    // / `作总结`)
    let mut title_lines = title_lines.to_vec();
    let n = title_lines.len();
    if let Some(last) = title_lines.last_mut() {
        if let Some(k) = site_tails::title_category(last).or_else(|| site_tails::title_tag(last)) {
            ctx.drop(trace::Dropped::SiteMark, &last[k..]);
            *last = normalise::trim(&last[..k]);
        }
    }
    if n == 2 {
        let joined = title_lines.concat();
        if let Some(k) = site_tails::title_category(&joined).filter(|k| *k < title_lines[0].len()) {
            ctx.drop(trace::Dropped::SiteMark, &joined[k..]);
            title_lines = vec![normalise::trim(&title_lines[0][..k])];
        }
    }
    // a site's sample number before the title (`sample_number`)
    if let Some(first) = title_lines.first_mut() {
        if let Some(k) = sample_number::number_len(first, body) {
            ctx.drop(trace::Dropped::SiteMark, &first[..k]);
            *first = &first[k..];
        }
    }
    let title = title::read_title(&title_lines);
    if !title.lines.is_empty() {
        ctx.decide(format!("“{}” → 标题", title.lines.join("")));
    }
    let mut plan = title.start_plan();
    plan.issuance = issuance;

    // a second copy of the title glued to the first part's label (`title_copy`)
    let split = outline_lines
        .is_empty()
        .then(|| title_copy::split_first(body, &title.lines.concat()))
        .flatten();
    let body = split.as_deref().unwrap_or(body);
    // the body as tokens; next year's part split off and read on its own
    let mut toks = headings::tokens(body);
    for t in toks.iter_mut().take(outline_lines.len()) {
        *t = headings::Tok::Plain(t.raw());
    }
    headings::part_lines(&mut toks);
    repeated_parts::demote(&mut toks);
    headings::demote_out_of_sequence(&mut toks);
    headings::demote_nested(&mut toks);
    lists::demote_bare_lists(&mut toks);
    dashes::promote(&mut toks);
    brackets::promote(&mut toks);
    topics::promote(&mut toks);
    lost_label::promote(&mut toks);
    fields::promote(&mut toks);
    dated_items::apply(&mut toks, title.kind);
    let (this_year, next_year) = next_year::split(&toks, &title);
    let outline = body::parse_part(this_year, &mut ctx).into_plan(&mut plan);
    next_year::read(next_year, &mut plan, title.year, &mut ctx);

    // what the document is, who signed it, and what the user should know
    let (kind_detected, kind_note) = facts::settle_kind(&mut plan, &outline, &title);
    summary_goals::apply(&mut plan, &outline, &mut ctx);
    opening_goals::apply(&mut plan, &mut ctx);
    let mut notes = vec![kind_note];
    notes.extend(next_year::note(&plan));
    let signature = signature::sign(&mut plan, sig.as_ref());
    notes.extend(title.note());
    notes.extend(facts::settle_year(&mut plan, &title, sig.as_ref()));
    plan.org_type = title::org_type_of(&plan.organization).to_string();
    notes.extend(report::closing_notes(&plan, pages, ctx.unplaced, &outline));

    tables::apply(&mut plan, found, &mut ctx);

    // half-width , ; : ? ! ( ) in Chinese text set full-width (core::punct),
    // after parsing, so every pass reads the text as written
    if super::punct::fix_plan(&mut plan) {
        notes.push(PUNCT_NOTE.into());
    }

    // schema, month ranges, and an empty next part for a combined kind
    plan.normalize();
    let mut report = report::report(
        title.lines,
        kind_detected,
        &outline,
        &plan,
        signature,
        notes,
    );
    report.decisions = std::mem::take(&mut ctx.decisions);
    (Imported { plan, report }, ctx.dropped)
}
