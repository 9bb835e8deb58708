//! What the document is, decided once the body is read: its kind (a next
//! part makes it 总结暨计划; else the title's words; else what the opening
//! and the named parts suggest) and, when no title or next-part heading
//! names a year, its year from the signature date. Input: the plan as the
//! body, next-year and signature passes left it, with the title and the
//! outline; output: `plan.kind`, `plan.year` and the notes that say how.

use super::body::Outline;
use super::dates::find_year;
use super::normalise::{fold, strip_pinyin};
use super::parts::{Special, GUIDING_KW};
use super::signature::SignatureFound;
use super::title::Title;
use crate::core::model::{Kind, Plan};

/// `…工作计划总结` (a site's label over either): the title's first 总结 is
/// the one after 计划. A title that names the summary first
/// (`…年工作总结和…年工作计划总结报告`) names both parts.
fn plan_summary_label(t: &str) -> bool {
    match (t.find("计划总结"), t.find("总结")) {
        (Some(p), Some(s)) => s == p + "计划".len(),
        _ => false,
    }
}

/// Sets `plan.kind`; returns whether it was detected (not the fallback
/// 工作计划) and the note that says how.
pub(super) fn settle_kind(plan: &mut Plan, outline: &Outline, title: &Title) -> (bool, String) {
    let opening = fold(&strip_pinyin(&plan.guiding));
    // `现将…总结如下`, or a report on the work put to a congress for review
    // (`向全会报告工作,请予审议`)
    let report = opening.contains("报告")
        && ["报告工作", "予以审议", "请予审议"]
            .iter()
            .any(|w| opening.contains(w));
    // `下面我向领导和同志们汇报今年的工作`: a report on the year gone by
    let reports_year = opening.contains("汇报")
        && ["今年", "一年来", "全年", "本年度", "过去"]
            .iter()
            .any(|w| opening.contains(w));
    // a yearbook's entry (`【概况】…`, a 年鉴's record of the year)
    let yearbook = opening
        .chars()
        .take(40)
        .collect::<String>()
        .contains("【概况】");
    // a journal article's abstract and key words (`摘要:…` `关键词:…`): an
    // account of the union's practice, written after the fact
    let article = opening.contains('摘')
        && ["关键词", "關鍵詞", "关键字"]
            .iter()
            .any(|w| opening.contains(w));
    let summary_signal = report
        || yearbook
        || article
        || reports_year
        || speaks_on_work_done(&opening)
        || addresses_year_gone(&opening)
        || (opening.contains("如下")
            && ["总结", "汇报", "回顾"].iter().any(|w| opening.contains(w)));
    let plan_signal = !plan.schedule.is_empty()
        || outline
            .specials
            .iter()
            .any(|s| matches!(s, Special::Guiding | Special::Goals | Special::Measures))
        || GUIDING_KW.iter().any(|k| opening.contains(k))
        // a lead-in label naming goals or measures over the sections
        // (`具體目標與措施:`)
        || (opening.chars().count() <= 20
            && opening.trim_end().ends_with([':', '：'])
            && ["目标", "措施"].iter().any(|w| opening.contains(w)));
    let (kind, kind_detected, basis) = if plan.next.is_some() {
        (
            Kind::SummaryAndPlan,
            true,
            if title.kind.is_some() {
                "标题"
            } else {
                "正文"
            },
        )
    } else if title.kind == Some(Kind::SummaryAndPlan)
        && plan_signal
        && !summary_signal
        && !past_tense(plan)
    {
        // `工会总结工作计划` over 指导思想 and measures, no year looked back
        // on and no next year's part: a plan
        (Kind::Plan, true, "正文")
    } else if title.kind == Some(Kind::SummaryAndPlan)
        && !plan_signal
        && plan_summary_label(&fold(&strip_pinyin(&title.lines.concat())))
    {
        // `…工作计划总结` over the work done only: a summary
        (Kind::Summary, true, "正文")
    } else if title.kind == Some(Kind::Summary) && report_sets_out_year(plan, title) {
        // `…2009年度工会工作报告` opening on 2008 and turning to 2009
        (Kind::Plan, true, "正文")
    } else if title.kind == Some(Kind::Plan) && !plan_signal && results_reached(plan) {
        // an account of the year under a headline that calls it an
        // arrangement (`林场工会工作安排` over `…得到新发挥` `…取得新进展`)
        (Kind::Summary, true, "正文")
    } else if let Some(k) = title.kind {
        (k, true, "标题")
    } else if announces_next(&opening) {
        // `现就上半年完成的主要工作…以及下半年的主要工作安排如下`
        (Kind::SummaryAndPlan, true, "正文")
    } else if summary_signal
        || past_tense(plan)
        || super::title_year_head::reports_year(&title.lines, &opening)
        || honours_without_intent(plan)
        || results_reached(plan)
        || tally_to_date(plan)
        || super::tally_now::tally_now(&fold(&body_text(plan)))
        || super::achieved::achieved_without_intent(&fold(&strip_pinyin(&body_text(plan))))
    {
        (Kind::Summary, true, "正文")
    } else if plan_signal {
        (Kind::Plan, true, "正文")
    } else {
        (Kind::Plan, false, "")
    };
    plan.kind = kind;
    let note = if kind_detected {
        format!("根据{basis}判断为“{}”。", kind.label())
    } else {
        "没能判断这是计划还是总结，暂按“工作计划”读入，请在“基本信息”里确认类型。".into()
    };
    (kind_detected, note)
}

/// A speaker who says what the speech reports on: the work done
/// (`下面我就…重点工作开展情况做交流发言`, `…工作完成情况作个汇报`), in
/// one sentence of the opening.
/// A report titled for year Y (`…2009年度工会工作报告`, no 总结 in it)
/// whose opening starts on the year before (`2008年,是…的一年`) and then
/// names Y (`2009年是…`): a report at the start of Y that looks back in
/// its opening and sets out Y's work in its parts.
fn report_sets_out_year(plan: &Plan, title: &Title) -> bool {
    let t = fold(&strip_pinyin(&title.lines.concat()));
    let Some(y) = title.year else {
        return false;
    };
    if t.contains("总结") || !t.contains("报告") {
        return false;
    }
    let o = fold(&strip_pinyin(&plan.guiding));
    let this = format!("{y}年");
    o.starts_with(&format!("{}年", y - 1)) && o[4..].contains(&this)
}

fn speaks_on_work_done(opening: &str) -> bool {
    // (`開` is not folded: `開展` ends no run-in label the way `开展` does)
    const DONE: [&str; 4] = ["开展情况", "開展情况", "工作情况", "完成情况"];
    const SPEECH: [&str; 3] = ["发言", "汇报", "报告"];
    opening.split(['。', '；', ';', '!', '！']).any(|s| {
        s.contains("下面")
            && DONE.iter().any(|w| s.contains(w))
            && SPEECH.iter().any(|w| s.contains(w))
    })
}

/// A report spoken to a congress or committee (`各位代表:` `同志们:`)
/// whose text opens on the period gone by (`过去一年,…` `一年来,…`): an
/// account of the work done, as such reports are read. Only the first 40
/// characters are looked at.
fn addresses_year_gone(opening: &str) -> bool {
    const GONE: [&str; 6] = [
        "过去一年",
        "过去的一年",
        "一年来",
        "过去五年",
        "过去的五年",
        "过去三年",
    ];
    let head: String = opening.chars().take(40).collect();
    let Some(colon) = head.find([':', '：']) else {
        return false;
    };
    let (salute, rest) = head.split_at(colon);
    let rest = rest[rest.chars().next().map_or(0, char::len_utf8)..].trim_start();
    (salute.starts_with("各位") || salute.ends_with("同志们"))
        && salute.chars().count() <= 16
        && GONE.iter().any(|w| rest.starts_with(w))
}

/// An opening whose `…如下` sentence announces both the work done and the
/// coming period's arrangements (`现就上半年完成的主要工作和存在的差距,以及
/// 下半年的主要工作安排如下`, `現將上半年工作情況及下半年工作要點報告如下`):
/// a combined document even when its copy ends before the second part.
fn announces_next(opening: &str) -> bool {
    // (`未来`: `现将今年工作及未来计划报告如下`)
    const PERIOD: [&str; 7] = [
        "下半年",
        "明年",
        "下一年",
        "来年",
        "下阶段",
        "下一阶段",
        "未来",
    ];
    const PLAN: [&str; 7] = ["安排", "计划", "打算", "思路", "要点", "设想", "重点"];
    // (`年工作及`: a year's work joined to what comes, `今年工作及未来计划`)
    const DONE: [&str; 9] = [
        "完成",
        "总结",
        "回顾",
        "情况",
        "成绩",
        "开展",
        "做了",
        "年工作及",
        "年工作和",
    ];
    opening
        .split(['。', '；', ';', '!', '！'])
        .filter(|s| s.contains("如下"))
        .any(|s| {
            PERIOD.iter().filter_map(|p| s.find(p)).any(|at| {
                let (before, after) = s.split_at(at);
                DONE.iter().any(|w| before.contains(w))
                    && PLAN
                        .iter()
                        .any(|w| after[..after.find("如下").unwrap_or(after.len())].contains(w))
            })
        })
}

/// The level-1 headings (folded), each stating a result reached, two or
/// more (`result_heads`).
fn results_reached(plan: &Plan) -> bool {
    let heads: Vec<String> = plan
        .sections
        .iter()
        .map(|s| fold(&strip_pinyin(&s.heading)))
        .collect();
    super::result_heads::results_reached(&heads)
}

/// The body's pieces one by one (opening, named parts, section texts,
/// items), for `body_year`.
fn body_pieces(plan: &Plan) -> Vec<&str> {
    fn items<'a>(its: &'a [crate::core::model::Item], v: &mut Vec<&'a str>) {
        for it in its {
            v.push(&it.heading);
            v.push(&it.text);
            items(&it.items, v);
        }
    }
    let mut v: Vec<&str> = vec![&plan.guiding, &plan.goals, &plan.measures, &plan.problems];
    for sec in &plan.sections {
        v.push(&sec.heading);
        v.push(&sec.body);
        items(&sec.items, &mut v);
    }
    v
}

/// All the text of the plan's body, for the signals below.
fn body_text(plan: &Plan) -> String {
    let mut s = String::new();
    for f in [&plan.guiding, &plan.goals, &plan.measures, &plan.problems] {
        s.push_str(f);
    }
    fn items(its: &[crate::core::model::Item], s: &mut String) {
        for it in its {
            s.push_str(&it.heading);
            s.push_str(&it.text);
            items(&it.items, s);
        }
    }
    for sec in &plan.sections {
        s.push_str(&sec.heading);
        s.push_str(&sec.body);
        items(&sec.items, &mut s);
    }
    s
}

/// A record of honours won (`获评`, `荣获`, `被评为`, `入选`) at least twice
/// with no word of intention (`要`, `将`, `力争`, `争取`, `计划`, `打算`): an
/// account of work done, even one told with few 了 (an untitled page).
fn honours_without_intent(plan: &Plan) -> bool {
    const HONOURS: [&str; 4] = ["获评", "荣获", "评为", "入选"];
    const INTENT: [&str; 6] = ["要", "将", "力争", "争取", "计划", "打算"];
    let text = fold(&body_text(plan));
    let count = |w: &&str| text.matches(*w).count();
    HONOURS.iter().map(count).sum::<usize>() >= 2 && INTENT.iter().map(count).sum::<usize>() == 0
}

/// A tally of results up to a past date in the body (`截止到2021年6月，
/// 共新建工会12家`): `截至` or `截止` followed within a dozen characters by a
/// month (`…年…月`), then `共` in the same sentence, with no word of
/// intention in it (a plan's `截至年底，力争…` sets a target). One sentence
/// per match looked at, up to its end or 60 characters.
fn tally_to_date(plan: &Plan) -> bool {
    const INTENT: [&str; 6] = ["要", "将", "力争", "争取", "达到", "确保"];
    let text: Vec<char> = fold(&body_text(plan)).chars().collect();
    (0..text.len().saturating_sub(2)).any(|i| {
        if text[i] != '截' || !matches!(text[i + 1], '至' | '止') {
            return false;
        }
        let sentence: String = text[i..]
            .iter()
            .take(60)
            .take_while(|c| !matches!(c, '。' | '；' | ';'))
            .collect();
        let head: String = sentence.chars().take(14).collect();
        head.contains('年')
            && head.contains('月')
            && sentence.contains('共')
            && !INTENT.iter().any(|w| sentence.contains(w))
    })
}

/// A report on what was done: 了 (the completed-action particle) at least
/// 5 times per 1000 characters. Plans say what will be done and use it
/// rarely (0-4.5 per 1000 in the real-text corpus, summaries mostly 6-25).
fn past_tense(plan: &Plan) -> bool {
    // a summary told month by month (`五月份:…组织了…`) has its record in
    // the month entries: they count too
    let mut text = body_text(plan);
    for e in &plan.schedule {
        e.activities.iter().for_each(|a| text.push_str(a));
    }
    let n = text.chars().count();
    n >= 60 && text.chars().filter(|c| *c == '了').count() * 1000 >= 5 * n
}

/// The year the opening names (`2023年，我们工会…`, `在2011年…`), when
/// the title names none: the first year in the first 200 characters, a
/// second copy of the title at its start left out (a title written twice
/// before a long opening, `…现将二○○六年上半年…`).
fn opening_year(plan: &Plan) -> Option<i32> {
    // a second copy of the title with its year after it on a line of its
    // own (`工会工作总结 2020`, a text layer's title line written twice)
    if !plan.title.is_empty() {
        let first = plan.guiding.lines().next().unwrap_or_default();
        if let Some(rest) = first.trim().strip_prefix(plan.title.as_str()) {
            let rest = rest.trim();
            if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
                let y: i32 = rest.parse().ok()?;
                if (1949..=2199).contains(&y) {
                    return Some(y);
                }
            }
        }
    }
    let text = body_text(plan);
    let text = match text.strip_prefix(plan.title.as_str()) {
        Some(rest) if !plan.title.is_empty() => rest.trim_start(),
        _ => text.as_str(),
    };
    let head: String = text.chars().take(200).collect();
    let (y, start, end) = first_year_not_founding(&head)?;
    // a byline's bracketed date (`（2013年3月7日）`): the day it was given
    if let Some(m) = super::byline_date::bracketed_month(&head, start, end) {
        return Some(super::byline_date::year_spoken_of(y, m, plan.kind));
    }
    // a plan that opens on the year before and then names the year it
    // sets out (`2009年,…做出了贡献。…全力做好2010年工会工作:`), in the
    // opening's first 200 characters without a site's pinyin
    let next = format!("{}年", y + 1);
    let plain: String = strip_pinyin(&text.chars().take(400).collect::<String>())
        .chars()
        .take(200)
        .collect();
    let plan_like = matches!(plan.kind, Kind::Plan | Kind::KeyPoints);
    Some(
        if plan_like && plain.starts_with(&format!("{y}年")) && plain.contains(&next) {
            y + 1
        } else {
            y
        },
    )
}

/// The first year in `head` that is not a founding date: a year whose next
/// dozen characters, before any sentence end, say `成立` or `建立` (`于1949年5月
/// 成立`, a yearbook's overview) is the organisation's history, not the
/// year the text is about.
fn first_year_not_founding(head: &str) -> Option<(i32, usize, usize)> {
    let mut from = 0;
    while let Some((y, start, end)) = find_year(&head[from..]) {
        let after: String = head[from + end..]
            .chars()
            .take(12)
            .take_while(|c| !matches!(c, '。' | '，' | ',' | '；' | ';'))
            .collect();
        if !(after.contains("成立") || after.contains("建立")) {
            return Some((y, from + start, from + end));
        }
        from += end;
    }
    None
}

/// The year that opens the first level-1 heading (`一、2013年所做的主要
///工作`, `2019年工作整体情况`), when the title names none: the year the
/// document reports on or plans for.
fn heading_year(plan: &Plan) -> Option<i32> {
    let h = plan.sections.first()?.heading.as_str();
    find_year(h)
        .filter(|(_, start, _)| *start == 0)
        .map(|(y, _, _)| y)
}

/// The year of the body's full dates (`2016年3月12日`, or a template's
/// `2016年 X月 X日`), when they all fall in one year (a 方案's 活动时间 far
/// from its opening).
fn dated_year(plan: &Plan) -> Option<i32> {
    let cs: Vec<char> = body_text(plan).chars().collect();
    let mut year = None;
    for i in 0..cs.len().saturating_sub(6) {
        let y = &cs[i..i + 4];
        let before_digit = i > 0 && cs[i - 1].is_ascii_digit();
        if before_digit || !y.iter().all(char::is_ascii_digit) || cs[i + 4] != '年' {
            continue;
        }
        if !dated_month(&cs[i + 5..]) {
            continue;
        }
        let y: i32 = y.iter().collect::<String>().parse().ok()?;
        if year.is_some_and(|x| x != y) {
            return None;
        }
        year = Some(y);
    }
    year.filter(|y| (1949..=2199).contains(y))
}

/// A month after a year's 年: one or two digits then 月 (`3月`), or a
/// template's masked month (`X月`, `xx月`, `__月`), a space before and
/// after it allowed (`2016年 X月 X日`, as a PDF text layer spaces masks).
fn dated_month(cs: &[char]) -> bool {
    let masked = |c: &char| matches!(*c, 'X' | 'x' | 'Ｘ' | 'ｘ' | '×' | '_' | '＿');
    let mut k = usize::from(cs.first() == Some(&' '));
    let digits = cs[k..]
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let masks = cs[k..].iter().take(3).take_while(|c| masked(c)).count();
    let n = if digits > 0 { digits } else { masks };
    if !(1..=2).contains(&n) {
        return false;
    }
    k += n;
    if masks > 0 && cs.get(k) == Some(&' ') {
        k += 1;
    }
    cs.get(k) == Some(&'月')
}

/// When neither the title nor next year's heading names a year: the year
/// from the signature date (a summary signed from June on is that year's,
/// a plan signed from October on the next year's), else the default kept;
/// returns the note that says which.
pub(super) fn settle_year(
    plan: &mut Plan,
    title: &Title,
    sig: Option<&SignatureFound>,
) -> Option<String> {
    if title.year.is_some()
        || plan
            .next
            .as_ref()
            .is_some_and(|n| find_year(&n.title).is_some())
    {
        return None;
    }
    let kind = plan.kind;
    let from_sig = sig.and_then(|s| {
        let y: i32 = s.date.get(..4)?.parse().ok()?;
        let m: u32 = s.date.get(5..7)?.parse().ok()?;
        Some(match kind {
            Kind::Summary | Kind::SummaryAndPlan => {
                if m >= 6 {
                    y
                } else {
                    y - 1
                }
            }
            _ => {
                // a notice's or one event's plan: its own year (`event_year`;
                // an untitled notice by its closing `特此通知`)
                if m >= 10
                    && !super::event_year::event_title(&title.lines)
                    && !super::event_year::closes_as_notice(&body_text(plan))
                {
                    y + 1
                } else {
                    y
                }
            }
        })
    });
    if let (None, Some(y)) = (from_sig, opening_year(plan)) {
        plan.year = y;
        if let Some(n) = plan.next.as_mut() {
            n.year = y + 1;
        }
        return Some(format!(
            "标题里没有年份，按正文开头提到的年份推定为 {y} 年，请核对。"
        ));
    }
    if let (None, false, Some(y)) = (from_sig, title.placeholder_year, heading_year(plan)) {
        plan.year = y;
        if let Some(n) = plan.next.as_mut() {
            n.year = y + 1;
        }
        return Some(format!(
            "标题里没有年份，按第一个标题里的年份推定为 {y} 年，请核对。"
        ));
    }
    if let (None, false, Some(y)) = (from_sig, title.placeholder_year, dated_year(plan)) {
        plan.year = y;
        if let Some(n) = plan.next.as_mut() {
            n.year = y + 1;
        }
        return Some(format!(
            "标题里没有年份，按正文里的日期推定为 {y} 年，请核对。"
        ));
    }
    if let (None, false, Some(y)) = (
        from_sig,
        title.placeholder_year,
        super::cited_year::cited_year(&body_text(plan)),
    ) {
        plan.year = y;
        return Some(format!(
            "标题里没有年份，按正文引用的文号年份推定为 {y} 年，请核对。"
        ));
    }
    let body_year = (from_sig.is_none() && !title.placeholder_year)
        .then(|| super::body_year::body_year(body_pieces(plan)))
        .flatten();
    if let Some(y) = body_year {
        plan.year = y;
        if let Some(n) = plan.next.as_mut() {
            n.year = y + 1;
        }
        return Some(format!(
            "标题里没有年份，按正文里反复提到的年份推定为 {y} 年，请核对。"
        ));
    }
    Some(match from_sig {
        Some(y) => {
            plan.year = y;
            if let Some(n) = plan.next.as_mut() {
                n.year = y + 1;
            }
            format!("标题里没有年份，按落款日期推定为 {y} 年，请核对。")
        }
        None if title.placeholder_year => format!(
            "标题里的年份是占位写法（如“20xx”），年份暂定为 {} 年，请在“基本信息”里改正。",
            plan.year
        ),
        None => format!(
            "没有找到年份，暂定为 {} 年，请在“基本信息”里改正。",
            plan.year
        ),
    })
}
