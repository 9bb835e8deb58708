//! Dates as the signature writes them. (Calendar and holidays: `calendar`.)

use super::model::DateStyle;
use super::numbering::{cn_digits, cn_number};
use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "日期“{}”无法识别，请使用 YYYY-MM-DD 格式（例如 2025-12-20）。",
            self.0
        )
    }
}

impl std::error::Error for DateError {}

pub fn parse_iso(iso: &str) -> Result<NaiveDate, DateError> {
    // By hand rather than chrono's strftime parser: that parser alone is
    // ~24 KB of wasm, and this is the only format we read.
    let bad = || DateError(iso.to_string());
    let mut parts = iso.trim().splitn(3, '-');
    let mut num = |max_len: usize| -> Result<u32, DateError> {
        let p = parts.next().ok_or_else(bad)?;
        if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let (y, m, d) = (num(4)?, num(2)?, num(2)?);
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(bad)
}

/// `2025年12月20日` (GB/T 9704-2012) or `二〇二五年十二月二十日`.
pub fn format(d: NaiveDate, style: DateStyle) -> String {
    match style {
        DateStyle::Arabic => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        DateStyle::Chinese => {
            format!(
                "{}年{}月{}日",
                cn_digits(&d.year().to_string()),
                cn_number(d.month()),
                cn_number(d.day())
            )
        }
    }
}

/// `YYYY-MM-DD`.
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub fn format_iso(iso: &str, style: DateStyle) -> Result<String, DateError> {
    parse_iso(iso).map(|d| format(d, style))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_signature_forms() {
        assert_eq!(
            format_iso("2025-12-20", DateStyle::Arabic).unwrap(),
            "2025年12月20日"
        );
        assert_eq!(
            format_iso("2025-12-20", DateStyle::Chinese).unwrap(),
            "二〇二五年十二月二十日"
        );
        assert_eq!(
            format_iso("2010-11-30", DateStyle::Chinese).unwrap(),
            "二〇一〇年十一月三十日"
        );
        assert_eq!(
            format_iso("2009-05-01", DateStyle::Arabic).unwrap(),
            "2009年5月1日"
        );
    }

    #[test]
    fn iso_parse_and_print_round_trip() {
        let d = parse_iso(" 2025-01-09 ").unwrap();
        assert_eq!(iso(d), "2025-01-09");
        for bad in [
            "2025-1",
            "2025-01-09-1",
            "20250109",
            "2025-+1-09",
            "-2025-01-01",
            "2025-01-",
        ] {
            assert!(parse_iso(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_dates_are_errors() {
        assert!(format_iso("2025-02-30", DateStyle::Arabic).is_err());
        assert!(format_iso("明天", DateStyle::Arabic)
            .unwrap_err()
            .to_string()
            .contains("YYYY-MM-DD"));
    }
}
