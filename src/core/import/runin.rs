//! A heading run into its text with no punctuation between them, as
//! flattened copies and careless typing leave it: `根据区委意见调整工会中层
//! 机构组织体制区总工会将根据…`, `加强学习,努力提高…业务水平学校工会积极…`,
//! `工作成果在2023年度,…`, `…民主政治建设1坚持…`, `…基层工会活力,我们将…`.
//! The heading is the short label before the first sentence-like text (the
//! last such place in its first 24 characters): after a word headings end
//! on (工作, 建设, 水平, 活动 …) when what follows begins a sentence of its
//! own (a subject such as `区总工会` or `学校工会`, a place in time `在2023年`,
//! a first sub-item `1坚持`, or after a two-phrase label a short sentence of
//! its own), before a word of time (`每学期`), or after a comma before a
//! first-person subject (`我们`, `我校`). After a label of two phrases a
//! word that opens a sentence (`首先`, `为了`, `随着`) begins the text, as
//! do a clause of purpose `为全面…` and this year's month `今年4月`; a
//! named part's keyword (`工作目标`, `工作安排`) is the whole label when a
//! sentence or a month (`一月`) runs on after it. A space after the label
//! counts as its end before a sentence opener or a word of time; a label
//! of three phrases (up to 48 characters) ends where its last phrase runs
//! straight into a verb that opens a text of more than one clause.
//! Input: a heading's first sentence (`labels::split_heading`); output: the
//! byte index where its text begins. Used for every numbered heading, so it
//! only acts on a long first sentence and a short label.

use super::normalise::{fold_char, is_space, pinyin_len};
use super::word_masks::{first_mask, last_mask, may_be};

/// Words a heading often ends on (compared folded, so traditional too).
pub(super) const HEAD_ENDS: [&str; 38] = [
    "工作",
    // `工作主题|2011年公司…`, `活动主题|…`
    "主题",
    // `…责任分工和工作流程|为了保证…`
    "流程",
    "活动",
    "建设",
    "水平",
    "作用",
    "机制",
    "制度",
    "体制",
    "能力",
    "素质",
    "权益",
    "职能",
    "体系",
    "品牌",
    "行动",
    "工程",
    "质量",
    "氛围",
    "队伍",
    "成果",
    "成效",
    "不足",
    "意见",
    "职责",
    "风采",
    "凝聚力",
    // `…为学校改革发展凝心聚力|组织召开…`, `…各项工作提供保障|精心做好…`
    "凝心聚力",
    "保障",
    // `…激发内生动力`
    "动力",
    "回顾",
    "概况",
    "开展",
    "管理",
    "情况",
    // a part's heading (`工会联合会工作总结|2024年是…`)
    "总结",
    // `…推进和谐劳动关系|全国总工会在…`
    "关系",
];

/// Words that open a sentence: after a label of two phrases they begin its
/// text (`…提升服务效能|首先,我们…`, `…营造温馨氛围|为了增进…`), and a
/// comma after one stays in the text.
pub(super) const SENTENCE_OPENERS: [&str; 8] = [
    "首先",
    "其次",
    "为了",
    "随着",
    "针对",
    "此外",
    "一是",
    "一方面",
];

/// Openers that begin the text even after a one-phrase label ending on a
/// word headings end on (not `针对`: `加强工作针对性` is one phrase).
const LEAD_OPENERS: [&str; 5] = ["随着", "为了", "首先", "其次", "此外"];

/// After `为`, the words that make a clause of purpose open the text
/// (`为全面贯彻…`, `为进一步…`), not a label's `为…服务`.
/// (`…典型选树|为鼓励广大教职工…`: 鼓励 too.)
pub(super) const PURPOSE_AFTER_WEI: [&str; 7] =
    ["全面", "进一步", "认真", "深入", "切实", "贯彻", "鼓励"];

/// The shortest sentence of its own after a two-phrase label (`常抓不懈`
/// completes the label's clause).
const MIN_OWN_SENTENCE: usize = 8;

/// Before one of them, a word that makes it a verb (`大力建设学习型…`).
const VERB_BEFORE: [&str; 9] = [
    "大力", "着力", "积极", "加快", "努力", "全面", "加强", "推进", "认真",
];

/// What continues a label rather than beginning its text (`建设水平`,
/// `工作的`, `制度和`, `活动月`).
const CONTINUES: [&str; 25] = [
    "的", "和", "与", "及", "并", "为", "等", "中", "上", "下", "之", "方面", "目标", "任务", "月",
    "年", "周", "日", "中心", "计划", "要点", "情况", "问题", "精神", "会议",
];

/// First-person subjects that begin the text after a comma.
const SUBJECTS: [&str; 14] = [
    "我们",
    "我校",
    "我局",
    "我院",
    "我所",
    "我会",
    "我镇",
    "我区",
    "我县",
    "我市",
    "我公司",
    "我单位",
    "本单位",
    "本校",
];

/// Words of time that begin the text after a label of some length
/// (`…职业道德学习每学期在学校…`).
const TIME_OPENERS: [&str; 10] = [
    "每学期",
    "每年",
    "每月",
    "每季度",
    "一年来",
    "本学期",
    "本年度",
    "近年来",
    // `…推动工会组织建设|过去一年,…` (not `…在|过去一年中`)
    "过去一年",
    "过去的一年",
];
/// Which characters the lists' words may start or end on (`word_masks`).
const HEAD_ENDS_LAST: u128 = last_mask(&HEAD_ENDS);
const OPENERS_FIRST: u128 = first_mask(&SENTENCE_OPENERS);
const OPENERS_LAST: u128 = last_mask(&SENTENCE_OPENERS);
const CONTINUES_FIRST: u128 = first_mask(&HEAD_ENDS) | first_mask(&CONTINUES);
const SUBJECTS_FIRST: u128 = first_mask(&SUBJECTS);
const TIME_FIRST: u128 = first_mask(&TIME_OPENERS);

/// The shortest label before a word of time.
const MIN_TIME_LABEL: usize = 6;

/// The shortest first sentence looked at, and the label's length bounds
/// (characters).
const MIN_SENTENCE: usize = 16;
pub(super) const MIN_LABEL: usize = 4;
const MAX_LABEL: usize = 24;
/// The shortest text after the label, up to its first sentence end.
pub(super) const MIN_TEXT: usize = 10;

pub(super) fn han(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c)
}

/// 。；;！!？? (a match, not a search in a string: this runs for every
/// character after every place a label could end).
pub(super) fn sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?')
}

/// Whether the text after a label ending at `k` begins a sentence of its
/// own: with a subject (`区总工会将…`, `重大节日由学校…`: 工会 or 学校 in its
/// first six characters, no 和/的 before it), a place in time (`在2023年度`),
/// or, after a label of two phrases, a short sentence of its own
/// (`…引领行动|学习宣传贯彻党的二十大精神。`).
fn text_begins(f: &[char], k: usize) -> bool {
    let rest = &f[k..];
    // (counted no further than it is compared)
    let len = rest
        .iter()
        .take(MIN_TEXT + 7)
        .take_while(|c| !sentence_end(**c))
        .count();
    let sentence = &rest[..len];
    if len < MIN_TEXT + 7 {
        // a short sentence of its own, closed by 。, after two phrases
        let two_phrases = f[..k].iter().any(|c| matches!(c, '，' | ','));
        if two_phrases
            && rest.get(len) == Some(&'。')
            && len >= MIN_OWN_SENTENCE
            && sentence
                .iter()
                .all(|c| han(*c) || matches!(c, '“' | '”' | '‘' | '’' | '"'))
        {
            return true;
        }
    }
    if len < MIN_TEXT {
        return false;
    }
    // a word that opens a sentence of circumstance or order after a word
    // headings end on (`…组织建设|随着…发展,`), even after one phrase
    if LEAD_OPENERS
        .iter()
        .any(|w| rest.iter().take(2).copied().eq(w.chars()))
    {
        return true;
    }
    // a clause of purpose (`…整体素质|为全面贯彻落实…,`)
    if rest.first() == Some(&'为')
        && PURPOSE_AFTER_WEI.iter().any(|w| {
            rest[1..]
                .iter()
                .take(w.chars().count())
                .copied()
                .eq(w.chars())
        })
    {
        return true;
    }
    // a first-person subject (`…合法权益|我镇是…`)
    if SUBJECTS
        .iter()
        .any(|w| rest.iter().take(w.chars().count()).copied().eq(w.chars()))
    {
        return true;
    }
    // a year that opens a sentence (`…职工权益保护|2024年,我们…`)
    if year_opens(f, k) {
        return true;
    }
    let window: String = rest.iter().take(7).collect();
    let subject = ["工会", "学校", "公司", "班组"]
        .iter()
        .filter_map(|w| window.find(w))
        .min();
    if let Some(at) = subject {
        let before = &window[..at];
        // (`贯穿到工会工作的…`, `服务于学校…`: the object of a verb's
        // complement, the label's own clause going on)
        if !before.contains(['和', '与', '及', '的', '、', '，', ',', '到', '于']) {
            return true;
        }
    }
    let opens = |w: &str| rest.iter().take(w.chars().count()).copied().eq(w.chars());
    // the label's first four characters again (`…有益的活动|以人为本、…`: a
    // copy that writes the heading once more as its text's first words)
    let repeats = k >= 8 && f[..4].iter().all(|c| han(*c)) && rest.starts_with(&f[..4]);
    repeats
        || (opens("在") && rest.get(1).is_some_and(|c| c.is_ascii_digit()))
        || (opens("在") && masked_year(&rest[1..]))
        || ["在本", "在今", "在上级", "在我", "基于"]
            .iter()
            .any(|w| opens(w))
}

/// `今年4月`, `今年3月份`: this year's month opening a sentence at `k`.
fn this_years_month(f: &[char], k: usize) -> bool {
    f.get(k..k + 2) == Some(&['今', '年'])
        && f.get(k + 2).is_some_and(|c| c.is_ascii_digit())
        && f[k + 2..].iter().take(3).any(|c| *c == '月')
}

/// A year that opens a sentence at `k`: `2024年,`, `2024年是`,
/// `2019年以来`, or a placeholder year (`20XX年是`, `XX年,`, `202_年是`,
/// `20__年,`).
fn year_opens(f: &[char], k: usize) -> bool {
    let rest = &f[k..];
    let n = rest
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit() || matches!(c, 'X' | 'x' | '_' | '＿'))
        .count();
    // (a copy from a PDF may hold a space before 年: `2008 年,`)
    let n = if rest.get(n) == Some(&' ') && rest.get(n + 1) == Some(&'年') {
        n + 1
    } else {
        n
    };
    (n == 4 || n == 5 || (n == 2 && !rest[0].is_ascii_digit()))
        && rest.get(n) == Some(&'年')
        && (matches!(rest.get(n + 1), Some('，' | ',' | '是'))
            || (rest.get(n + 1) == Some(&'以') && rest.get(n + 2) == Some(&'来')))
}

/// A placeholder year at the start of `f`: `xx年`, `XX年`, `20xx年`,
/// `20__年` (letters or blanks where the year's digits were masked).
fn masked_year(f: &[char]) -> bool {
    let n = f
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit() || matches!(c, 'X' | 'x' | '_' | '＿'))
        .count();
    (n == 2 || n == 4) && !f[..n].iter().all(|c| c.is_ascii_digit()) && f.get(n) == Some(&'年')
}

/// A clause of circumstance at `k`, `在制定…时,`, `在明确…后,` or a year's
/// `在2008年中,`: 在, four to twenty characters with no punctuation, then
/// 时 or 后 (中 or 内 after a year) and a comma.
pub(super) fn adverbial_at(f: &[char], k: usize) -> bool {
    if f.get(k) != Some(&'在') {
        return false;
    }
    // (`在…的今天,` `在…之际,`: `circumstance`)
    if super::circumstance::long_circumstance(f, k) {
        return true;
    }
    let clause = f[k + 1..]
        .iter()
        .take(21)
        .position(|c| matches!(c, '，' | ','));
    let year = f.get(k + 1).is_some_and(|c| c.is_ascii_digit());
    clause.is_some_and(|j| {
        (5..=21).contains(&j)
            && f[k + 1..k + 1 + j]
                .iter()
                .all(|c| han(*c) || c.is_ascii_digit())
            && (matches!(f[k + j], '时' | '后') || (year && matches!(f[k + j], '中' | '内')))
    })
}

/// A month (`一月`, `12月份`) at `k`: a schedule runs on after the label.
fn month_at(f: &[char], k: usize) -> bool {
    let n = f[k..]
        .iter()
        .take_while(|c| {
            c.is_ascii_digit()
                || matches!(
                    **c,
                    '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
                )
        })
        .count();
    (1..=3).contains(&n) && f.get(k + n) == Some(&'月')
}

/// Word `w` at char `k` of `f`, compared char by char (no allocation: this
/// runs for every place in every numbered line of a document).
pub(super) fn word_at(f: &[char], k: usize, w: &str) -> bool {
    let mut it = f.get(k..).unwrap_or(&[]).iter();
    w.chars().all(|c| it.next() == Some(&c))
}

/// `w` at byte `b` of `s`, compared byte by byte: most words differ from
/// the text in their first character's second or third byte, so a loop
/// leaves sooner than a call to `memcmp`.
fn bytes_at(s: &[u8], b: usize, w: &[u8]) -> bool {
    if s.len() < b + w.len() {
        return false;
    }
    let mut i = 0;
    while i < w.len() {
        if s[b + i] != w[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Where the text of a heading run into it begins, if it does.
pub(super) fn text_start(sentence: &str) -> Option<usize> {
    // pinyin in brackets after characters (`建設(shè)一是…`) is left out, so
    // that the label's words and length are the characters' own
    let mut cs: Vec<(usize, char)> = Vec::with_capacity(sentence.len() / 3 + 1);
    let mut it = sentence.char_indices();
    while let Some((i, c)) = it.next() {
        let skip = if cs.last().is_some_and(|(_, p)| han(*p)) {
            pinyin_len(&sentence[i..])
        } else {
            0
        };
        if skip == 0 {
            cs.push((i, c));
            continue;
        }
        // the bracket's other characters (`(` is already taken)
        let end = i + skip;
        while it.as_str().len() > sentence.len() - end {
            it.next();
        }
    }
    let folded: String = cs.iter().map(|(_, c)| fold_char(*c)).collect();
    let f: Vec<char> = folded.chars().collect();
    // where each char of `f` starts in `folded`: words are compared as bytes
    // (this runs ~100 words at each of 24 places of every numbered line)
    let offs: Vec<usize> = folded.char_indices().map(|(i, _)| i).collect();
    let starts_with = |k: usize, w: &str| match offs.get(k) {
        Some(&b) => bytes_at(folded.as_bytes(), b, w.as_bytes()),
        None => false,
    };
    // a chapter's heading run into its first article (`总则第一条…`:
    // `runin_article`)
    if let Some(k) = super::runin_article::article_start(&f) {
        return Some(cs[k].0);
    }
    // a named part's keyword run into its text (`工作目标紧密围绕…`,
    // `工作安排一月`)
    // (and a plain section name, `计划背景随着…`: `section_names`)
    let names = super::section_names::SECTION_NAMES.iter().copied();
    for kw in super::parts::part_keywords().chain(names) {
        // (`folded` is `f` as text: more bytes than the word is more characters)
        if folded.len() > kw.len() && folded.starts_with(kw) {
            let n = kw.chars().count();
            let own_text = han(f[n])
                && !HEAD_ENDS
                    .iter()
                    .chain(CONTINUES.iter())
                    .any(|w| starts_with(n, w))
                && f[n..].iter().take_while(|c| !sentence_end(**c)).count() >= MIN_TEXT;
            if own_text || month_at(&f, n) {
                return Some(cs[n].0);
            }
        }
    }
    if cs.len() < MIN_SENTENCE {
        return None;
    }
    if let Some(k) = super::runin_phrases::parallel_phrases(&f) {
        return Some(cs[k].0);
    }
    // the text's length up to its sentence end, counted no further than
    // the rules compare it (MIN_TEXT at most)
    let text_len = |k: usize| {
        f[k..]
            .iter()
            .take(MIN_TEXT)
            .take_while(|c| !sentence_end(**c))
            .count()
    };
    // (or its `(一)` without brackets: `runin_bare_label`)
    let sub_item = |k: usize| {
        matches!(f.get(k), Some('1' | '１')) && f.get(k + 1).is_some_and(|c| han(*c))
            || super::runin_bare_label::bare_first_label(&f, k) && text_len(k) >= MIN_TEXT
    };
    // the last place within the label's bounds (`根据区委意见调整…体制|区总
    // 工会将…`: not after 意见)
    let head_end_lens = HEAD_ENDS.map(|w| w.chars().count());
    let mut best = None;
    for k in MIN_LABEL..=MAX_LABEL.min(f.len().saturating_sub(1)) {
        // `…活力,我们将…`: the comma stays with the label (not after a word
        // of time: `…今年,我们…` is one sentence)
        if matches!(f[k - 1], '，' | ',')
            && k > MIN_LABEL
            && !matches!(
                f[k - 2],
                '年' | '期' | '月' | '日' | '时' | '后' | '前' | '来' | '间'
            )
            && !(k > 2
                && may_be(OPENERS_FIRST, f[k - 3])
                && SENTENCE_OPENERS.iter().any(|w| starts_with(k - 3, w)))
            && may_be(SUBJECTS_FIRST, f[k])
            && SUBJECTS.iter().any(|s| starts_with(k, s))
            && text_len(k) >= MIN_TEXT
        {
            best = Some(cs[k].0);
            continue;
        }
        // a space after the label (`构建载体,广泛…入会 针对…`) ends it as a
        // character would before a word that opens a sentence or of time
        let spaced = k >= 2 && is_space(f[k - 1]) && han(f[k - 2]);
        if !han(f[k - 1]) && !spaced {
            continue;
        }
        // no label ends on a word that opens a sentence (`…素质一是|每月…`:
        // the text begins at 一是)
        if may_be(OPENERS_LAST, f[k - 1])
            && SENTENCE_OPENERS.iter().any(|w| {
                let n = w.chars().count();
                k >= n && starts_with(k - n, w)
            })
        {
            continue;
        }
        // after a label of three or more short phrases between commas
        // (`加强领导,提高认识,理清思路,完善措施 帮扶解困…`) a space ends it
        if spaced
            && super::runin_phrases::short_phrases(&f[..k - 1])
            && han(f[k])
            && text_len(k) >= MIN_TEXT
        {
            return Some(cs[k].0);
        }
        // after two phrases, a word that opens a sentence
        let last_clause = f[..k]
            .iter()
            .rev()
            .take_while(|c| !matches!(c, '，' | ','))
            .count();
        // (after a space, a short text will do: a copy that ends there)
        // (and after a space, a clause of role `作为工会,…` opens one too)
        // (and a clause of purpose or a slogan's verb that a comma ends:
        // `runin_clause`)
        let opener = may_be(OPENERS_FIRST, f[k])
            && SENTENCE_OPENERS.iter().any(|w| starts_with(k, w))
            || ((spaced || han(f[k - 1])) && super::runin_subject::role_clause(&f, k))
            || super::runin_clause::opens_clause(&f, k);
        // (a first point `一是…` may be short: `一是摸清底数。`)
        let point = opener && starts_with(k, "一是");
        if last_clause >= MIN_LABEL
            && last_clause < k
            && (opener || year_opens(&f, k))
            && (text_len(k) >= MIN_TEXT
                || ((spaced || point) && opener && text_len(k) >= MIN_LABEL))
        {
            best = Some(cs[k].0);
            continue;
        }
        // a short label of one phrase before a clause of purpose or of cause
        // (`runin_short_label`)
        if super::runin_short_label::after_short_label(&f, k) && text_len(k) >= MIN_TEXT {
            best = Some(cs[k].0);
            continue;
        }
        if k >= MIN_TIME_LABEL
            && (may_be(TIME_FIRST, f[k]) && TIME_OPENERS.iter().any(|w| starts_with(k, w))
                || this_years_month(&f, k)
                || super::month_span::span_opens(&f, k))
            // (a preposition's object: `…在|过去一年中` goes on one sentence)
            && !matches!(f[k - 1], '在' | '于')
            && text_len(k) >= MIN_TEXT
        {
            best = Some(cs[k].0);
            continue;
        }
        // `…目标和任务|在制定…计划时,首先…`: a clause of circumstance
        // `在…时,` `在…后,` opens a sentence of its own
        if k >= MIN_TIME_LABEL && han(f[k - 1]) && adverbial_at(&f, k) && text_len(k) >= MIN_TEXT {
            best = Some(cs[k].0);
            continue;
        }
        let ends = may_be(HEAD_ENDS_LAST, f[k - 1])
            && HEAD_ENDS.iter().zip(&head_end_lens).any(|(w, &n)| {
                k >= n
                && starts_with(k - n, w)
                // `…工作的开展|作好了…`: a noun, not the label's verb
                && !(*w == "开展" && k > n && f[k - n - 1] == '的')
                && !VERB_BEFORE
                    .iter()
                    .any(|v| k >= n + 2 && starts_with(k - n - 2, v))
            });
        // the label's last clause is more than the word (`…,建设|一支…`: a verb)
        let clause = f[..k]
            .iter()
            .rev()
            .take_while(|c| !matches!(c, '，' | ','))
            .count();
        if !ends || clause < MIN_LABEL {
            continue;
        }
        // (`为` continues a label, `为了` opens a sentence)
        let continues = may_be(CONTINUES_FIRST, f[k])
            && HEAD_ENDS
            .iter()
            .chain(CONTINUES.iter())
            .any(|w| starts_with(k, w))
            && !LEAD_OPENERS.iter().any(|w| starts_with(k, w))
            // a clause of purpose (`…整体素质|为全面贯彻落实…`)
            && !(f[k] == '为' && PURPOSE_AFTER_WEI.iter().any(|w| starts_with(k + 1, w)));
        let opens = han(f[k]) || f[k].is_ascii_digit();
        // a masked name after a label of two phrases (`…,健全工会机制|*工组
        // [XX]6号文件明确,…`, `…自身建设|__社区…`): the text's subject,
        // written `*`, `×` or a blank `__`
        let masked =
            matches!(f[k], '*' | '＊' | '×' | '_' | '＿') && clause < k && text_len(k) >= MIN_TEXT;
        if sub_item(k) || masked || (opens && !continues && text_begins(&f, k)) {
            best = Some(cs[k].0);
        }
    }
    // a text that opens by repeating the label's words comes before a
    // later place found inside that repetition (`全员活动|全员活动每季度…`)
    let repeat = super::runin_subject::repeat_start(&f).map(|k| cs[k].0);
    if let Some(r) = repeat {
        if best.is_none_or(|b| b > r) {
            return Some(r);
        }
    }
    best.or_else(|| {
        super::runin_subject::subject_start(&f)
            .or_else(|| super::runin_subject::field_start(&f))
            .or_else(|| super::runin_long::long_label_run_on(&f))
            .or_else(|| super::runin_echo::echoed_opening(&f))
            .map(|k| cs[k].0)
    })
}

#[cfg(test)]
mod tests {
    use super::text_start;

    fn split(s: &str) -> Option<(&str, &str)> {
        text_start(s).map(|k| s.split_at(k))
    }

    #[test]
    fn a_label_run_into_its_text_is_split_off() {
        for (s, h) in [
            // a space after three or more short phrases between commas
            (
                "加强领导,提高认识,理清思路,完善措施 帮扶解困工作是工会服务职工的重要内容,我们认真开展了工作",
                "加强领导,提高认识,理清思路,完善措施 ",
            ),
            (
                "根据区委意见调整工会中层机构组织体制区总工会将根据具体情况撤消部分工会工作委员会,扩大部分街道管辖范围。",
                "根据区委意见调整工会中层机构组织体制",
            ),
            (
                "加强学习,努力提高教职工的政治和业务水平学校工会积极配合校行政、党支部组织教职工学习。",
                "加强学习,努力提高教职工的政治和业务水平",
            ),
            (
                "工作成果在2023年度,幼儿园工会取得了以下的工作成果",
                "工作成果",
            ),
            ("力推进学校民主政治建设1坚持校代会制度。", "力推进学校民主政治建设"),
            (
                "注重教职工的政治思想和职业道德学习每学期在学校的统一布置下,组织全体教职工认真学习。",
                "注重教职工的政治思想和职业道德学习",
            ),
            (
                "进一步增强基层工会活力,我们将通过建立区域化村联合工会、行业工会形式,发挥作用。",
                "进一步增强基层工会活力,",
            ),
            (
                "貫徹新思想,實施女職工思想引領行動學習宣傳貫徹黨的二十大精神。",
                "貫徹新思想,實施女職工思想引領行動",
            ),
            (
                "加强组织建设,提升服务效能首先,我们将进一步完善社区工会的组织架构,确保每个居民区都有工会小组。",
                "加强组织建设,提升服务效能",
            ),
            (
                "环绕学习贯彻党的精神,着力凝聚广大职工, 进一步巩固共同奋斗的思想基础深化贯彻落实全会精神, 自觉践行工会发展道路;",
                "环绕学习贯彻党的精神,着力凝聚广大职工, 进一步巩固共同奋斗的思想基础",
            ),
            (
                "构建载体,广泛吸纳外来务工人员入会 针对外来务工人员占企业职工人数逐年增多的趋势,我们开展了入会宣传。",
                "构建载体,广泛吸纳外来务工人员入会 ",
            ),
            (
                "加强班子建设,提高自身素质一是每月组织一次集中学习。二是开好工会委员会。",
                "加强班子建设,提高自身素质",
            ),
            (
                "加強(qiáng)組織領(lǐng)導(dǎo),提高自身建設(shè)一是調(diào)整充實(shí)工會領(lǐng)導(dǎo)班子,選舉新的主席。",
                "加強(qiáng)組織領(lǐng)導(dǎo),提高自身建設(shè)",
            ),
            (
                "丰富文化生活,营造温馨氛围为了增进同事之间的交流与合作,增强团队精神,社区工会还将举办文体活动。",
                "丰富文化生活,营造温馨氛围",
            ),
            (
                "倡导绿色理念,共建美好家园随着环保意识日益深入人心,社区工会也将加入到创建绿色社区的行动中来。",
                "倡导绿色理念,共建美好家园",
            ),
            (
                "关注职工需求,增强凝聚力社区工会将通过问卷调查、座谈会等形式深入了解职工的实际需求。",
                "关注职工需求,增强凝聚力",
            ),
            (
                "深化民主管理工作,为学校改革发展凝心聚力组织召开学校第一届教代会工代会第一次会议,全面落实职权。",
                "深化民主管理工作,为学校改革发展凝心聚力",
            ),
            (
                "全面加强工会的各项建设,为做好各项工作提供保障精心做好学校教代会工代会的换届工作,选举产生新一届委员会。",
                "全面加强工会的各项建设,为做好各项工作提供保障",
            ),
            (
                "全面加强工会教代会的各项建设,为做好工会教代会各项工作提供保障精心做好学校教代会工代会的换届工作,高标准开好第一次会议,选举产生新一届委员会。",
                "全面加强工会教代会的各项建设,为做好工会教代会各项工作提供保障",
            ),
            (
                "工作目标紧密围绕医院战略,提升职工满意度与幸福感,增强医院凝聚力,促进和谐发展。",
                "工作目标",
            ),
            ("工作安排一月", "工作安排"),
            ("指导思想以科学发展观为统领,以构建和谐医院为主线,创造性地开展工作。", "指导思想"),
            (
                "提高认识、统一思想、加强领导为确实有效提高工会的凝聚力、号召力和战斗力,选拔工会干部。",
                "提高认识、统一思想、加强领导",
            ),
            (
                "发挥作用,维护农民工合法权益我镇是劳务输出大镇,近年来劳务纠纷呈上涨趋势。",
                "发挥作用,维护农民工合法权益",
            ),
            (
                "以经济技术创新活动为载体,充分发挥职工主力军作用一是全镇各基层工会紧紧围绕中心工作。",
                "以经济技术创新活动为载体,充分发挥职工主力军作用",
            ),
            (
                "强化组织建设,保护职工权益2024年,我们进一步加强了职工权益的保护工作。",
                "强化组织建设,保护职工权益",
            ),
            (
                "围绕中心工作,服从大局20XX年是以“群众满意医院”建设活动为载体的医院管理年活动年。",
                "围绕中心工作,服从大局",
            ),
            (
                "积极开展劳动竞赛和技术创新、提高职工的整体素质建立学习型社会,提高全民素质,促进国民经济高速发展,这是党的要求。",
                "积极开展劳动竞赛和技术创新、提高职工的整体素质",
            ),
        ] {
            assert_eq!(split(s).map(|x| x.0), Some(h), "{s}");
        }
    }

    #[test]
    fn a_masked_name_after_a_two_phrase_label_begins_the_text() {
        assert_eq!(
            split("领导重视,健全工会机制*工组[XX]6号文件明确,由纪委书记分管工会工作,并成立了局工会委员会。"),
            Some(("领导重视,健全工会机制", "*工组[XX]6号文件明确,由纪委书记分管工会工作,并成立了局工会委员会。"))
        );
        // a blank for the name (`__`) as well
        assert_eq!(
            split("加强工会工作,注重工会的自身建设__社区党总支十分重视工会工作,把工会工作纳入职责范畴。"),
            Some(("加强工会工作,注重工会的自身建设", "__社区党总支十分重视工会工作,把工会工作纳入职责范畴。"))
        );
        assert_eq!(
            split("注重工会的自身建设__社区党总支十分重视工会工作,把工会工作纳入职责范畴。"),
            None
        );
        // one phrase, or a mask inside the label's last phrase, stays whole
        assert_eq!(
            split("健全工会机制**单位成立了局工会委员会并制订了各项工作制度。"),
            None
        );
    }

    #[test]
    fn a_longer_first_phrase_before_parallel_phrases_ends_the_label() {
        assert_eq!(
            split("各部门相互协调、积极支持、密切配合工会组织是国家政权的重要支柱,随着社会经济发展的不断深入。"),
            Some(("各部门相互协调、积极支持、密切配合", "工会组织是国家政权的重要支柱,随着社会经济发展的不断深入。"))
        );
        // two phrases only, a longer middle phrase, or a phrase carried on
        // (`…的`) stay whole
        for s in [
            "各部门相互协调、积极支持工会组织开展的各项工作,取得了良好的效果。",
            "各部门相互协调、积极主动支持、密切配合工会组织开展的各项工作。",
            "各部门相互协调、积极支持、密切配合的良好局面已经形成并不断巩固。",
        ] {
            assert_eq!(split(s), None, "{s}");
        }
    }

    #[test]
    fn a_long_heading_sentence_is_kept_whole() {
        for s in [
            "以党的十七大精神为指导,认真学习并全面贯彻新颁布的《工会法》及工会大精神,坚持推进全心全意依靠工人阶级指导方针的落实。",
            "认真贯彻落实党的xx大、工会xx大、全国妇女十大精神,坚持科学发展观,动员广大女职工立足岗位,建功立业。",
            "搞好民主管理厂务公开",
            "加强工会组织建设工作,提高基层工会的凝聚力和战斗力。",
            "开展“工会小组活动月”和优秀工会小组评比。",
            "充分发挥工会组织作用,团结动员广大职工建功立业。",
            "以竭诚服务职工为宗旨,努力为职工办实事。",
            "学习贯彻会议精神,推进和谐校园建设",
            "学习贯彻工作会议精神,推进和谐校园建设工作",
            "抓教职工精神文化建设,促进教职工综合素养提升",
            "大力建设学习型组织,不断提高职工队伍的整体素质。",
            "坚持每月开展一次职工谈心活动,及时了解职工的思想动态。",
            "以丰富多彩的活动展现肿瘤医院人的风貌,促进医院文化建设;",
            "加强对工会各级干部的培训工作,调动工会干部的工作积极性,做好我院工会建家的复验工作;",
            "表彰工会工作积极分子和工会活动积极分子。",
            "坚持校教代会制度,充分发挥教代会及各专门工作委员会和代表的作用,通过代表提案参与管理。",
            "推进工会工作现代化建设,充分利用校园网络资源。",
            "制定活动方案,明确活动内容、时间、地点等细节。",
            "生活有序,今年,我们从维护社会稳定的角度出发,认真做好帮扶工作。",
            "努力提高教师的思想素质和业务素质,建设一支优秀的教师队伍。",
            "领导高度重视,创卫工作常抓不懈。",
            "工作目标和任务",
            "工作思路与措施",
            "加强学习、提高素质、增强本领",
            "大力推进我镇工会组织建设,扩大工会组织覆盖面。",
            // three phrases, the last of two verb phrases with no comma
            "强化思想引领,凝聚职工力量,夯实工作基础加强队伍建设,服务中心大局。",
            "强化思想引领,凝聚职工力量,加强制度建设推进工作落实,服务中心大局。",
            "认真做好2024年度工会经费审查工作,确保经费使用规范。",
            "加强学习、提高素质、增强本领的工作要求要落到实处,全体干部都要参加。",
            "组织、宣传、教育职工积极参加劳动竞赛和技能比武活动。",
            "指导思想",
            "工作安排如下",
            "存在的问题和不足之处",
            "为了丰富职工生活,开展文体活动,增强职工队伍的凝聚力。",
            // two phrases run into a verb whose text has one clause only
            "开展劳动竞赛、提高职工素质建立学习型组织,建设职工之家。",
            "加强建设,做好服务2024年度工会工作计划",
        ] {
            assert_eq!(split(s), None, "{s}");
        }
    }
}
