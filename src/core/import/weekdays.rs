//! A list of weekdays broken by a page after each `星期`: `每周星期` / `一、星期`
//! / `二、星期` / `三、星期四;…`. The day's numeral then looks like a heading's
//! label (`一、`), and the pieces like headings. Input: the text; output:
//! the text with such lines joined back to the line ending on `星期` before
//! them (blank lines between them dropped), or `None` when there is none.

/// The words a day's numeral follows.
const DAY_WORDS: [&str; 3] = ["星期", "礼拜", "禮拜"];

/// A day's numeral and 、 at the start of a line (`一、星期`).
fn day_piece(line: &str) -> bool {
    let mut cs = line.trim_start().chars();
    matches!(
        cs.next(),
        Some('一' | '二' | '三' | '四' | '五' | '六' | '日' | '天')
    ) && cs.next() == Some('、')
}

pub(super) fn join(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let mut cur = lines[i].to_string();
        i += 1;
        loop {
            if !DAY_WORDS.iter().any(|w| cur.trim_end().ends_with(w)) {
                break;
            }
            // the next line with text, past at most two blank lines
            let next = (i..lines.len().min(i + 3)).find(|&j| !lines[j].trim().is_empty());
            let Some(j) = next.filter(|&j| day_piece(lines[j])) else {
                break;
            };
            cur = format!("{}{}", cur.trim_end(), lines[j].trim());
            i = j + 1;
            changed = true;
        }
        out.push(cur);
    }
    changed.then(|| {
        let mut s = out.join("\n");
        if text.ends_with('\n') {
            s.push('\n');
        }
        s
    })
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn a_weekday_list_broken_after_each_day_word_is_joined() {
        let t = "2、每天练习半小时。\n3、时间。每周星期\n\n一、星期\n\n二、星期五;由组长通知。\n\n三、要求\n";
        let j = join(t).unwrap();
        assert!(j.contains("3、时间。每周星期一、星期二、星期五;由组长通知。"));
        // a real heading after the list stays on its line
        assert!(j.contains("\n\n三、要求\n"));
        assert_eq!(join("一、活动时间\n每周星期三下午\n二、地点\n"), None);
    }
}
