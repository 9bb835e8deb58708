//! The 版式 and 发文 settings as edits: `format` (fonts, page numbers) and
//! the optional 文件 form (`issuance`). Each is one undoable edit; typing in
//! a field of the form coalesces like any other field.

use super::{changed, Outcome};
use crate::core::model::{Format, Issuance, Plan};

/// A text field of the 文件 form (`Op::IssuanceText`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum IssuanceField {
    Issuer,
    Number,
    /// Empty text is no 签发人 (`null`).
    Signer,
    Addressee,
    /// One attachment a line, kept as typed (blank lines print nothing).
    Attachments,
    Cc,
    Printer,
    /// `YYYY-MM-DD`; empty is no date (`null`).
    PrintDate,
}

pub fn set_format(plan: &mut Plan, format: Format) -> Outcome {
    if plan.format == Some(format) {
        return Outcome::default();
    }
    plan.format = Some(format);
    changed(None)
}

/// Issues the document with these settings, or not. A form switched on
/// with an empty 发文机关标志 starts with the organisation's (`…文件`).
pub fn set_issuance(plan: &mut Plan, issuance: Option<Box<Issuance>>) -> Outcome {
    let mut issuance = issuance.map(|i| *i);
    if let Some(i) = issuance.as_mut().filter(|i| i.issuer.is_empty()) {
        let org = plan.organization.trim();
        if !org.is_empty() {
            i.issuer = org.to_string() + "文件";
        }
    }
    if plan.issuance == issuance {
        return Outcome::default();
    }
    plan.issuance = issuance;
    changed(None)
}

/// Sets one field, issuing the document as a 文件 if it was not.
pub fn set_text(plan: &mut Plan, field: IssuanceField, value: String) -> Outcome {
    let i = plan.issuance.get_or_insert_with(Issuance::default);
    let opt = |v: String| (!v.trim().is_empty()).then_some(v);
    match field {
        IssuanceField::Issuer => i.issuer = value,
        IssuanceField::Number => i.number = value,
        IssuanceField::Signer => i.signer = opt(value),
        IssuanceField::Addressee => i.addressee = value,
        IssuanceField::Attachments => {
            i.attachments = if value.is_empty() {
                Vec::new()
            } else {
                value
                    .split('\n')
                    .map(|l| l.trim_end_matches('\r').to_string())
                    .collect()
            }
        }
        IssuanceField::Cc => i.cc = value,
        IssuanceField::Printer => i.printer = value,
        IssuanceField::PrintDate => i.print_date = opt(value).map(|d| d.trim().to_string()),
    }
    changed(None)
}

pub fn set_seal(plan: &mut Plan, seal: bool) -> Outcome {
    let i = plan.issuance.get_or_insert_with(Issuance::default);
    if i.seal == seal {
        return Outcome::default();
    }
    i.seal = seal;
    changed(None)
}

#[cfg(test)]
mod tests {
    use super::super::{apply, Edit, Op};
    use super::*;
    use crate::core::model::{Fonts, Kind, PageNumbers};

    #[test]
    fn settings_are_edits_that_round_trip_through_json() {
        let mut p = Plan::new(Kind::Plan, 2027);
        let f = Format {
            fonts: Fonts::Standard,
            page_numbers: PageNumbers::Center,
            ..Format::default()
        };
        assert!(apply(&mut p, Edit::main(Op::SetFormat(f))).changed);
        assert!(!apply(&mut p, Edit::main(Op::SetFormat(f))).changed);
        let text = |field, v: &str| {
            Edit::main(Op::IssuanceText {
                field,
                value: v.into(),
            })
        };
        assert!(apply(&mut p, text(IssuanceField::Issuer, "市总工会文件")).changed);
        apply(&mut p, text(IssuanceField::Attachments, "名单\n日程\n"));
        apply(&mut p, text(IssuanceField::Signer, ""));
        apply(&mut p, text(IssuanceField::PrintDate, " 2027-01-10 "));
        apply(&mut p, Edit::main(Op::IssuanceSeal(true)));
        let i = p.issuance.clone().unwrap();
        assert_eq!(i.issuer, "市总工会文件");
        assert_eq!(i.attachments, vec!["名单", "日程", ""]);
        assert_eq!(i.signer, None);
        assert_eq!(i.print_date.as_deref(), Some("2027-01-10"));
        assert!(i.seal);
        let back = Plan::from_json(&p.to_json()).unwrap();
        assert_eq!(back.format, Some(f));
        assert_eq!(back.issuance.as_ref().map(|i| &i.issuer), Some(&i.issuer));
        // Switched on empty, the 发文机关标志 starts from the organisation.
        let mut fresh = Plan::new(Kind::Plan, 2027);
        fresh.organization = "市总工会".into();
        apply(
            &mut fresh,
            Edit::main(Op::SetIssuance(Some(Box::default()))),
        );
        assert_eq!(fresh.issuance.unwrap().issuer, "市总工会文件");
        // Off and on again: the caller passes the settings back.
        assert!(apply(&mut p, Edit::main(Op::SetIssuance(None))).changed);
        assert_eq!(p.issuance, None);
        apply(
            &mut p,
            Edit::main(Op::SetIssuance(Some(Box::new(i.clone())))),
        );
        assert_eq!(p.issuance, Some(i));
        // Typing in one field coalesces; different fields do not.
        let k = |f| text(f, "x").coalesce_key();
        assert_eq!(k(IssuanceField::Cc), k(IssuanceField::Cc));
        assert_ne!(k(IssuanceField::Cc), k(IssuanceField::Printer));
        assert!(k(IssuanceField::Cc).is_some());
    }
}
