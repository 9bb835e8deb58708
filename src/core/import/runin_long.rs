//! A long label run into its text (`runin`'s last resort): a label of two
//! or three phrases, up to 48 characters, ending on a word headings end on,
//! with a verb, a plural subject or the label's own noun opening the text
//! (`…思想基础|深化…`, `…上水平|各级工会组织要…`, `…规章制度|班组严格落实了…`),
//! or a space and a word that opens a sentence (`…文明建设| 为了…`).

use super::normalise::is_space;
use super::runin::{
    adverbial_at, han, sentence_end, word_at, HEAD_ENDS, MIN_LABEL, MIN_TEXT, SENTENCE_OPENERS,
};
use super::word_masks::{first_mask, last_mask, may_be};

/// Verbs that open the text run on after a long label (`…思想基础|深化…`),
/// and the plural subjects a plan's sentence opens with (`…上水平|各级工会
/// 组织要…`).
const TEXT_VERBS: [&str; 12] = [
    "深化",
    "坚持",
    "加强",
    "推进",
    "认真",
    // `…各项工作提供保障|精心做好…的换届工作,…`
    "精心",
    "进一步",
    "建立",
    "各级",
    "各基层",
    "各单位",
    "各部门",
];

/// Words a long label also ends on (`…的思想基础`, `…的政治责任`,
/// `…的服务意识和责任意识`).
const LONG_ENDS: [&str; 3] = ["基础", "责任", "意识"];

/// `把` opening a plan's sentence (`…的政治责任|把党的政治建设放在首位`),
/// not the words it begins (`把握`, `把关`, `把手`).
fn opens_with_ba(f: &[char], k: usize) -> bool {
    f.get(k) == Some(&'把')
        && f.get(k + 1)
            .is_some_and(|c| han(*c) && !matches!(c, '握' | '关' | '手'))
}

/// Which characters the lists' words may start or end on (`word_masks`).
const ENDS_LAST: u128 = last_mask(&HEAD_ENDS) | last_mask(&LONG_ENDS);
const OPENERS_FIRST: u128 = first_mask(&SENTENCE_OPENERS);
const VERBS_FIRST: u128 = first_mask(&TEXT_VERBS);

/// The longest label of three phrases looked at (characters).
const MAX_LONG_LABEL: usize = 56;

/// A label of three phrases or more (two commas before its end), up to 48
/// characters, whose last phrase ends on a word headings end on (or 基础)
/// and runs straight into a verb that opens a text of more than one clause
/// (`…凝结广大职工, 进一步巩固共同奋斗的思想基础|深化贯彻落实…精神, 自觉…`),
/// as flattened copies leave it: the character index where the text begins.
pub(super) fn long_label_run_on(f: &[char]) -> Option<usize> {
    let mut commas = 0;
    let mut phrases = 1;
    for k in MIN_LABEL..MAX_LONG_LABEL.min(f.len()) {
        let c = f[k - 1];
        if matches!(c, '，' | ',' | '、') {
            commas += usize::from(c != '、');
            phrases += 1;
            continue;
        }
        if matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '：' | ':') {
            return None;
        }
        let ends_at = |j: usize| {
            may_be(ENDS_LAST, f[j - 1])
                && HEAD_ENDS.iter().chain(LONG_ENDS.iter()).any(|w| {
                    let n = w.chars().count();
                    j >= n && word_at(f, j - n, w)
                })
        };
        // a space, then a word that opens a sentence (`…加强单位精神文明
        // 建设| 为了让职工…`): a short text will do (a copy that ends there)
        if phrases >= 2
            && is_space(c)
            && k >= 2
            && han(f[k - 2])
            && may_be(OPENERS_FIRST, f[k])
            && SENTENCE_OPENERS.iter().any(|w| word_at(f, k, w))
            && ends_at(k - 1)
            && f[k..].iter().take_while(|c| !sentence_end(**c)).count() >= MIN_LABEL
        {
            return Some(k);
        }
        if phrases < 2 || !han(c) {
            continue;
        }
        // a clause of circumstance (`…有健全的工会组织|在2008年中,我系…`)
        if adverbial_at(f, k)
            && f[k..].iter().take_while(|c| !sentence_end(**c)).count() >= 2 * MIN_TEXT
        {
            return Some(k);
        }
        // the verb first: it rules out most places at a look
        if !(may_be(VERBS_FIRST, f[k]) && TEXT_VERBS.iter().any(|v| word_at(f, k, v)))
            && !opens_with_ba(f, k)
            && !repeated_subject(f, k)
            && !union_subject(f, k)
        {
            continue;
        }
        if !ends_at(k) {
            continue;
        }
        let clause = f[k..]
            .iter()
            .take_while(|c| {
                !matches!(
                    **c,
                    '。' | '；' | ';' | '！' | '!' | '？' | '?' | '，' | ','
                )
            })
            .count();
        if commas >= 2 && clause >= MIN_TEXT && matches!(f.get(k + clause), Some('，' | ',')) {
            return Some(k);
        }
        // two phrases (`…技术创新、提高职工的整体素质|建立学习型社会,提高…,
        // 促进…`): the text a run of three clauses or more
        // (looked at up to a bound: a flattened copy's sentence can run on)
        let sentence = &f[k..f.len().min(k + 4 * MAX_LONG_LABEL)];
        let sentence = &sentence[..sentence
            .iter()
            .position(|c| sentence_end(*c))
            .unwrap_or(sentence.len())];
        if sentence.iter().filter(|c| matches!(c, '，' | ',')).count() >= 2
            && sentence.len() >= 2 * MIN_TEXT
        {
            return Some(k);
        }
    }
    None
}

/// The label's own noun opening a sentence that reports the work done
/// (`…班组建设工作的各项规章制度|班组严格落实了…`): two characters at `k`
/// that the label holds, and `了` in the clause's next ten characters.
fn repeated_subject(f: &[char], k: usize) -> bool {
    let Some(w) = f.get(k..k + 2).filter(|w| w.iter().all(|c| han(*c))) else {
        return false;
    };
    // (the short look ahead first: it rules out most places)
    f[k + 2..]
        .iter()
        .take(10)
        .take_while(|c| !matches!(c, '，' | ',') && !sentence_end(**c))
        .any(|c| *c == '了')
        && f[..k].windows(2).any(|p| p == w)
}

/// A union named as the subject of the text (`…民主监督机制|公司工会能根据…`,
/// `…|校工会积极…`): `工会` within the first five characters at `k`, after
/// characters of a name only (no `和` `与` `及` `的` between).
fn union_subject(f: &[char], k: usize) -> bool {
    let w = &f[k..f.len().min(k + 6)];
    w.windows(2)
        .position(|p| p == ['工', '会'])
        .is_some_and(|at| {
            at >= 1
                && w[..at]
                    .iter()
                    .all(|c| han(*c) && !matches!(c, '和' | '与' | '及' | '的'))
        })
}
