//! A document site's file name line above the title: a preview copied
//! whole starts with the uploaded file's name (`某某工会工作计划.docx`, at
//! times with the site's `VIP` badge after it), then the title again on a
//! line of its own. The name is the site's, not the author's: when the next
//! line repeats it, the name line is dropped (traced); when no title follows,
//! only the extension is dropped and the name reads as the title. Looks at
//! the first non-empty line (at most 80 characters) and the next one.

use super::normalise::fold;
use super::title;
use super::trace::{Ctx, Dropped};

/// File extensions of uploaded documents (folded to lower case).
const EXTENSIONS: [&str; 6] = [".docx", ".doc", ".pdf", ".wps", ".txt", ".pptx"];
/// The longest file name line looked at (characters).
const MAX_LINE: usize = 80;

/// The byte length of `line`'s stem, when it ends in a document's
/// extension (and an optional `VIP` badge).
fn stem_len(line: &str) -> Option<usize> {
    let t = line.trim_end();
    let t = t.strip_suffix("VIP").unwrap_or(t).trim_end();
    let dot = t.rfind('.')?;
    let ext = t[dot..].to_ascii_lowercase();
    EXTENSIONS.contains(&ext.as_str()).then_some(dot)
}

/// Whether `t` is a file name line or an extension this pass drops (the
/// tests' check that every dropped piece is a known kind).
#[cfg(test)]
pub(super) fn is_name(t: &str) -> bool {
    stem_len(t).is_some()
}

/// The text without a file name line above its title, or None.
pub(super) fn strip(text: &str, ctx: &mut Ctx) -> Option<String> {
    let start = text.len() - text.trim_start().len();
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..end];
    if line.chars().count() > MAX_LINE {
        return None;
    }
    let stem = line[..stem_len(line)?].trim();
    if stem.is_empty() || !title::ends_on_title_word(&fold(stem)) {
        return None;
    }
    let next = text[end..].trim_start();
    let next_line = next.lines().next().unwrap_or("").trim();
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    if fold(next_line) == fold(stem) {
        // the title follows: the whole name line goes
        ctx.drop(Dropped::SiteMark, line.trim());
        out.push_str(next);
    } else {
        ctx.drop(Dropped::SiteMark, line.trim()[stem.len()..].trim());
        out.push_str(stem);
        out.push_str(&text[end..]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{strip, Ctx};

    fn run(s: &str) -> Option<String> {
        strip(s, &mut Ctx::default())
    }

    #[test]
    fn a_file_name_over_its_title_is_dropped() {
        assert_eq!(
            run("某某中学工会2027年工作计划.docx\n\n某某中学工会2027年工作计划\n\n一、指导思想")
                .as_deref(),
            Some("某某中学工会2027年工作计划\n\n一、指导思想")
        );
        assert_eq!(
            run("机关工会年度工作总结.pdfVIP\n机关工会年度工作总结\n今年…").as_deref(),
            Some("机关工会年度工作总结\n今年…")
        );
    }

    #[test]
    fn a_file_name_alone_reads_as_the_title() {
        assert_eq!(
            run("社区工会工作要点.DOCX\n一、组织建设").as_deref(),
            Some("社区工会工作要点\n一、组织建设")
        );
    }

    #[test]
    fn other_first_lines_stay() {
        assert_eq!(run("某某工会2027年工作计划\n一、…"), None);
        // a name that is no title
        assert_eq!(run("附件1.docx\n某某工会工作计划"), None);
        // a sentence that merely ends with a version number
        assert_eq!(run("我们学习了文件第3.2条\n"), None);
    }
}
