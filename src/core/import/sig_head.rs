//! The issuer and date set right under the title instead of at the end
//! (`…疗休养方案` / `某某中学工会` / `2018年5月20日` / the text): they sign
//! the document when its end has no signature. Input: the lines after the
//! title; output: the signature found and the body without those two
//! lines. Looks at the first two lines, after `signature` looked at the end.

use super::normalise::{fold, trim};
use super::signature::{detect_signature, looks_like_org, sig_date, SignatureFound};
use super::trace::{Ctx, Dropped};

/// Union bodies such an issuer's name ends on (compared folded).
const UNION_ENDS: [&str; 3] = ["工会", "委员会", "联合会"];

/// The signature at the end, or else the issuer and date under the title.
pub(super) fn detect<'a, 'b>(
    body: &'a [&'b str],
    ctx: &mut Ctx,
) -> (Option<SignatureFound>, &'a [&'b str]) {
    if let Some(s) = detect_signature(body, ctx) {
        return (Some(s), body);
    }
    let [org, date, _, ..] = body else {
        return (None, body);
    };
    let f = fold(trim(org));
    let dated = sig_date(date).filter(|(d, _)| !d.is_empty());
    match dated {
        Some((d, chinese)) if looks_like_org(org) && UNION_ENDS.iter().any(|w| f.ends_with(w)) => {
            ctx.drop(Dropped::Date, date);
            let s = SignatureFound {
                lines: 0,
                organization: trim(org).to_string(),
                date: d,
                chinese,
                keep: None,
            };
            (Some(s), &body[2..])
        }
        _ => (None, body),
    }
}

#[cfg(test)]
mod tests {
    use super::detect;
    use crate::core::import::trace::Ctx;

    #[test]
    fn a_unions_name_and_date_under_the_title_sign_it() {
        let body = [
            "某某学校工会",
            "2019年4月2日",
            "为丰富教职工生活,特制定本方案。",
        ];
        let mut ctx = Ctx::default();
        let (s, rest) = detect(&body, &mut ctx);
        let s = s.unwrap();
        assert_eq!(
            (s.organization.as_str(), s.date.as_str()),
            ("某某学校工会", "2019-04-02")
        );
        assert_eq!(rest, &body[2..]);
    }

    #[test]
    fn other_first_lines_stay_text() {
        let mut ctx = Ctx::default();
        // a speaker's name and date, not a union's
        let body = ["某某市总工会主席 张三", "2019年4月2日", "同志们:"];
        assert!(detect(&body, &mut ctx).0.is_none());
        // no date under the name
        let body = [
            "某某学校工会",
            "为丰富教职工生活,特制定本方案。",
            "一、活动时间",
        ];
        assert!(detect(&body, &mut ctx).0.is_none());
    }
}
