//! A plan's goals stated in one sentence at the end of its opening, with no
//! heading of their own (`…作出积极的贡献。今年全县工会的工作目标是:围绕一个
//! “中心”,抓好三个“重点”。`): that sentence is the goals part, moved out of
//! the guiding principles as written. Only in a plan or key points with no
//! goals part yet, and only the opening's last sentence when it begins with
//! a short subject ending on `目标是` (up to 24 characters before it), or
//! with a short label and a colon (`主要目标:师风师德建设上台阶,…。`, up to
//! six characters ending on `目标`), and holds at most 200 characters. Input: the plan after its kind is settled;
//! looks at the opening's last sentence only.

use super::trace::Ctx;
use crate::core::model::{Kind, Plan};

/// The longest subject before `目标是`, and the longest goals sentence.
const MAX_SUBJECT: usize = 24;
const MAX_SENTENCE: usize = 200;

/// Where the goals sentence begins in the opening `g`, if it ends so.
fn goals_sentence(g: &str) -> Option<usize> {
    let body = g.trim_end();
    let before_last = body.strip_suffix('。')?;
    // the sentence before: after the last sentence end or line break
    let start = before_last
        .char_indices()
        .rev()
        .take(MAX_SENTENCE)
        .find(|(_, c)| matches!(*c, '。' | '！' | '？' | '\n'))
        .map(|(i, c)| i + c.len_utf8())?;
    let sentence = &before_last[start..];
    let k = sentence.find("目标是").or_else(|| label_goals(sentence))?;
    let subject = &sentence[..k];
    (subject.chars().count() <= MAX_SUBJECT
        && !subject.contains(['，', ',', '；', ';'])
        && sentence.chars().count() <= MAX_SENTENCE)
        .then_some(start)
}

/// The longest label before the colon (`主要目标:`).
const MAX_LABEL: usize = 6;

/// Where `目标` ends a short label opening the sentence, before its colon.
fn label_goals(sentence: &str) -> Option<usize> {
    let (k, _) = sentence
        .char_indices()
        .take(MAX_LABEL + 1)
        .find(|(_, c)| matches!(*c, ':' | '：'))?;
    sentence[..k].strip_suffix("目标").map(|s| s.len())
}

pub(super) fn apply(plan: &mut Plan, ctx: &mut Ctx) {
    if !matches!(plan.kind, Kind::Plan | Kind::KeyPoints) || !plan.goals.trim().is_empty() {
        return;
    }
    let Some(start) = goals_sentence(&plan.guiding) else {
        return;
    };
    let goals = plan.guiding[start..].trim().to_string();
    plan.guiding.truncate(start);
    let kept = plan.guiding.trim_end().len();
    plan.guiding.truncate(kept);
    ctx.decide(format!(
        "开头一段的最后一句“{}”写的是工作目标，已放进“工作目标”。",
        goals.chars().take(20).collect::<String>()
    ));
    plan.goals = goals;
}

#[cfg(test)]
mod tests {
    use super::goals_sentence;

    #[test]
    fn the_openings_last_sentence_naming_the_goals() {
        let g = "以科学发展观为指导,团结职工建功立业。今年全镇工会的工作目标是:围绕一个中心,抓好两个重点。";
        let k = goals_sentence(g).expect("goals");
        assert!(g[k..].starts_with("今年全镇工会的工作目标是"));
        // a goal named inside a longer sentence, or not at the end, stays
        assert_eq!(
            goals_sentence("我们要团结职工,实现全年目标是我们的责任。"),
            None
        );
        assert_eq!(
            goals_sentence("工作目标是:建好职工之家。为此要加强领导,落实责任。"),
            None
        );
        // a short label and a colon open the goals sentence too
        let g = "团结全体教职工。指导思想:以职工为本。主要目标:师风师德建设上台阶,活动上档次。";
        let k = goals_sentence(g).expect("goals label");
        assert!(g[k..].starts_with("主要目标:"));
        // (not a longer label, nor one naming something else)
        assert_eq!(
            goals_sentence("做好工作。今年各分会的工作目标:建好小家。"),
            None
        );
        assert_eq!(goals_sentence("做好工作。指导思想:以职工为本。"), None);
    }
}
