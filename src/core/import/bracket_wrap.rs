//! A numbered heading a copy broke inside a bracket that lists things
//! (a `reflow` step): `一、 服务楼宇企业社区做到“三进”(即计生服务进企业、` /
//! (a blank line) / `招聘服务进企业、安全服务进企业)`. A heading never ends on
//! `、` with a bracket still open, so the next line, when it carries no label
//! and no sentence end before the bracket closes (or before it ends, the
//! copy cut short there), is the heading's rest: joined to it. The lines are
//! those of a text that is not flattened (blank lines already gone, which
//! is why `wrap` leaves them apart). Looks at each numbered line's end and
//! at most `REST_MAX` characters of the next line.

use super::labels::parse_label;
use super::months::parse_month_line;
use super::normalise::{char_len, trim};

/// The heading's rest is at most this long (characters).
const REST_MAX: usize = 40;

/// A heading's text ending on `、` inside a bracket it opened.
fn open_list(head: &str) -> bool {
    let head = trim(head);
    let depth = head.chars().fold(0i32, |d, c| match c {
        '(' | '（' => d + 1,
        ')' | '）' => d - 1,
        _ => d,
    });
    depth > 0 && head.ends_with('、')
}

/// The rest of a broken heading: no label, no month heading, short, and no
/// sentence end before its bracket closes.
fn rest(l: &str) -> bool {
    let upto = l.find([')', '）']).unwrap_or(l.len());
    char_len(l) <= REST_MAX
        && parse_label(l).is_none()
        && parse_month_line(l).is_none()
        && !l[..upto]
            .chars()
            .any(|c| matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | ':' | '：'))
}

/// Headings broken inside an open list in brackets joined again.
pub(super) fn join_open(lines: &mut Vec<String>) {
    let mut i = 0;
    while i + 1 < lines.len() {
        let broken = parse_label(&lines[i]).is_some_and(|(_, len)| open_list(&lines[i][len..]))
            && rest(&lines[i + 1]);
        if broken {
            let t = lines.remove(i + 1);
            lines[i].push_str(&t);
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::join_open;

    fn run(lines: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        join_open(&mut v);
        v
    }

    #[test]
    fn a_heading_broken_inside_its_bracket_is_joined() {
        let got = run(&[
            "一、 服务楼宇企业社区做到“三进”(即计生服务进企业、",
            "招聘服务进企业、安全服务进企业)",
            "社区工会联合楼宇企业开展活动。",
        ]);
        assert_eq!(
            got[0],
            "一、 服务楼宇企业社区做到“三进”(即计生服务进企业、招聘服务进企业、安全服务进企业)"
        );
        assert_eq!(got.len(), 2);
        // the copy cut short inside the bracket
        let got = run(&[
            "一、做到“三进”(即计生服务进企业、",
            "招聘服务进企业、安全服务",
        ]);
        assert_eq!(
            got,
            ["一、做到“三进”(即计生服务进企业、招聘服务进企业、安全服务"]
        );
    }

    #[test]
    fn other_lines_stay_apart() {
        // the bracket closed, or no 、 at the end
        let lines = ["一、做到“三进”(即服务进企业)、", "招聘服务进企业。"];
        assert_eq!(run(&lines), lines);
        let lines = ["一、做到“三进”(即服务进企业", "招聘服务进企业)"];
        assert_eq!(run(&lines), lines);
        // the next line numbered, or a sentence before its bracket closes
        let lines = ["一、做到(即服务进企业、", "二、招聘服务进企业"];
        assert_eq!(run(&lines), lines);
        let lines = ["一、做到(即服务进企业、", "我们开展了活动。然后)"];
        assert_eq!(run(&lines), lines);
        // an unnumbered line is no heading
        let lines = ["做到(即服务进企业、", "招聘服务进企业)"];
        assert_eq!(run(&lines), lines);
    }
}
