//! More ends of a heading run into its text (`runin`'s fallbacks, after
//! its own places and before its long-label rule):
//! - a subject that acts opens the text: a union, a company, a school or a
//!   first person, then a modal or a preposition that starts a clause
//!   (`帮扶措施|工会对检查中…`, `…的责任感|公司工会组织要…`,
//!   `达到的目的|我们要…`), after a label of four characters or more that
//!   does not end on a verb taking that subject as its object (`充分发挥|工会
//!   在…` stays one);
//! - an activity 方案's field name is the whole label (`活动背景|在当前…`,
//!   `活动目的|增进…`) when a sentence of its own runs on;
//! - a clause of role (`作为工会,…`) opens the text after a space (taken
//!   by `runin` itself, as its openers after a two-phrase label are);
//! - a text that opens by naming the label's first words again
//!   (`全员活动|全员活动的目的是…`, `文体小组|文体小组由…`, as flattened
//!   copies run them together) begins there.
//!
//! Input: a heading's first sentence, folded (`runin::text_start`); output:
//! the character index where its text begins. Both look at a few dozen
//! characters at most.

use super::runin::{han, sentence_end, word_at, MIN_LABEL, MIN_TEXT};
use super::word_masks::{first_mask, may_be};

/// Subjects that open a plan's or a report's sentence.
const SUBJECTS: [&str; 13] = [
    "工会",
    "公司",
    "学校",
    // (a unit before its union, `…技能竞赛|集团工会将…`)
    "集团",
    "学院",
    "医院",
    "我们",
    "我校",
    "我局",
    "我院",
    "我镇",
    "我单位",
    "本单位",
];

/// What a subject's name may go on with before its verb (`公司工会组织要`).
const NAME_GOES_ON: [&str; 4] = ["工会组织", "工会", "组织", "委员会"];

/// Modals and prepositions that start the subject's clause.
const CLAUSE_STARTS: [char; 5] = ['要', '将', '对', '把', '应'];

/// Verbs a label ends on whose object the subject would be (`发挥工会…`).
const VERB_ENDS: [&str; 12] = [
    "发挥", "加强", "坚持", "支持", "依靠", "推进", "促进", "提高", "落实", "做好", "抓好", "围绕",
];

/// The longest label looked at (characters).
const MAX_LABEL: usize = 28;

/// Which characters the lists' words may start on (`word_masks`).
const SUBJECTS_FIRST: u128 = first_mask(&SUBJECTS);
const VERB_ENDS_FIRST: u128 = first_mask(&VERB_ENDS);

/// Where a subject that acts opens the text after the label, if it does.
pub(super) fn subject_start(f: &[char]) -> Option<usize> {
    let upper = MAX_LABEL.min(f.len().saturating_sub(MIN_TEXT));
    (MIN_LABEL..=upper).find(|&k| {
        may_be(SUBJECTS_FIRST, f[k])
            && han(f[k - 1])
            // (a particle ends no label, but `目的` is a noun)
            && !(matches!(f[k - 1], '和' | '与' | '及' | '并' | '为' | '之') || (f[k - 1] == '的' && f[k - 2] != '目'))
            && !(may_be(VERB_ENDS_FIRST, f[k - 2]) && VERB_ENDS.iter().any(|w| word_at(f, k - 2, w)))
            && acts(f, k)
            && f[k..].iter().take_while(|c| !sentence_end(**c)).count() >= MIN_TEXT
    })
}

/// A subject at `k` followed (after its name's words) by a modal or a
/// preposition.
fn acts(f: &[char], k: usize) -> bool {
    SUBJECTS.iter().any(|s| {
        if !word_at(f, k, s) {
            return false;
        }
        let mut at = k + s.chars().count();
        if let Some(w) = NAME_GOES_ON.iter().find(|w| word_at(f, at, w)) {
            at += w.chars().count();
        }
        f.get(at).is_some_and(|c| CLAUSE_STARTS.contains(c))
    })
}

/// How many of the label's first characters the text repeats.
const REPEATED: usize = 3;

/// The longest label whose words the text repeats (characters).
const MAX_REPEATED_LABEL: usize = 24;

/// Where the text begins by repeating the label's first `REPEATED`
/// characters right after the label's last Han character, if it does, or
/// those of the label's last phrase after a comma (`共建和谐,维护职工权益|
/// 维护职工合法权益是…`), a phrase of four characters or more.
pub(super) fn repeat_start(f: &[char]) -> Option<usize> {
    if f.len() < MIN_LABEL + MIN_TEXT {
        return None;
    }
    let first = f[..REPEATED].iter().all(|c| han(*c));
    let upper = MAX_REPEATED_LABEL.min(f.len() - MIN_TEXT);
    // where the label's last phrase starts (after its last comma so far)
    let mut phrase = 0;
    (MIN_LABEL..=upper)
        .find(|&k| {
            if matches!(f[k - 1], '，' | ',') {
                phrase = k;
            }
            let again = |p: usize| f[k..k + REPEATED] == f[p..p + REPEATED];
            let last = phrase > 0
                && k >= phrase + MIN_LABEL
                && f[phrase..phrase + REPEATED].iter().all(|c| han(*c))
                && again(phrase);
            ((first && again(0)) || last)
                && han(f[k - 1])
                && !matches!(f[k - 1], '和' | '与' | '及' | '并' | '的' | '之')
                && f[k..].iter().take_while(|c| !sentence_end(**c)).count() >= MIN_TEXT
        })
        // a clause of purpose that the repetition completes begins the text
        // (`…推动职工群众维权|为推动职工群众维权,…`)
        .map(|k| match k.checked_sub(2) {
            Some(j) if f[j..k] == ['为', '了'] && j >= MIN_LABEL => j,
            _ if f[k - 1] == '为' && k > MIN_LABEL && han(f[k - 2]) => k - 1,
            _ => k,
        })
}

/// Field names of an activity 方案 after `活动` (folded, so 活動 too).
const FIELDS: [&str; 4] = ["背景", "目的", "意义", "宗旨"];

/// Where the text begins after a field name `活动背景`, if a sentence runs on.
pub(super) fn field_start(f: &[char]) -> Option<usize> {
    if !word_at(f, 0, "活动") || !FIELDS.iter().any(|w| word_at(f, 2, w)) {
        return None;
    }
    let k = 4;
    let text = f[k..].iter().take_while(|c| !sentence_end(**c)).count();
    (f.get(k).is_some_and(|c| han(*c))
        && !matches!(f[k], '的' | '和' | '与' | '及' | '是' | '为')
        && text >= MIN_TEXT)
        .then_some(k)
}

/// A clause of role (`作为工会,…` `作为一名工会干部,…`) at `k`: `作为`, then
/// a comma within the next ten characters; it opens a sentence of its own
/// (`runin` takes it after a space that ends a two-phrase label).
pub(super) fn role_clause(f: &[char], k: usize) -> bool {
    word_at(f, k, "作为")
        && f[k + 2..]
            .iter()
            .take(10)
            .take_while(|c| !sentence_end(**c))
            .any(|c| matches!(c, '，' | ','))
}

#[cfg(test)]
mod tests {
    use super::{field_start, subject_start};

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_subject_that_acts_opens_the_text() {
        // a union, a company's union, a first person
        let f = chars("慰问办法工会对生病住院的会员逐一登门看望并送上慰问金");
        assert_eq!(subject_start(&f), Some(4));
        let f = chars("以技能比武为抓手,全面提高班组的战斗力公司工会组织将举办三场比赛");
        assert_eq!(subject_start(&f), Some(19));
        let f = chars("需要说明的事项我们要按时上报各类材料并做好登记");
        assert_eq!(subject_start(&f), Some(7));
        // `目的` is a noun, not a particle
        let f = chars("本次调查的目的我们要在月底前摸清全部会员的情况");
        assert_eq!(subject_start(&f), Some(7));
    }

    #[test]
    fn a_subject_that_is_an_object_or_a_name_is_left() {
        // the label's verb takes the union as its object
        let f = chars("充分发挥工会对职工的教育作用切实把思想工作做细做实");
        assert_eq!(subject_start(&f), None);
        // no modal or preposition after the subject
        let f = chars("加强基层组织建设工会组织建设取得了明显的新进展");
        assert_eq!(subject_start(&f), None);
    }

    #[test]
    fn a_text_repeating_the_last_phrase_begins_there() {
        use super::repeat_start;
        let f = chars("关爱职工,办好职工实事办好职工实事是工会的一项长期任务");
        assert_eq!(repeat_start(&f), Some(11));
        // a phrase shorter than four characters is no label of its own
        let f = chars("抓学习,促提高促提高队伍的整体素质和服务水平");
        assert_eq!(repeat_start(&f), None);
    }

    #[test]
    fn a_field_name_is_the_whole_label() {
        let f = chars("活动背景在新的一年里职工对文体活动的需求日益增长");
        assert_eq!(field_start(&f), Some(4));
        let f = chars("活动目的的实现有赖于全体会员的参与和支持");
        assert_eq!(field_start(&f), None);
    }
}
