//! 反馈意见: the short text a reviewer sends back to a unit, from its
//! row's problems, in plain Chinese and without checklist jargon.

use super::Row;
use crate::core::check::Level;
use crate::core::numbering::cn_number;

/// At most this many problems are listed; the rest are summed up.
const LISTED: usize = 8;

/// The feedback for one row.
pub(super) fn text(row: &Row) -> String {
    let unit = if row.unit.is_empty() {
        "贵单位工会"
    } else {
        row.unit.as_str()
    };
    let mut s = format!("{unit}：\n");
    if !row.readable {
        s.push_str(&format!(
            "　　你单位报送的文件“{}”无法打开：{}\n　　请重新报送后我们再审阅。",
            row.name,
            for_unit(&row.reason)
        ));
        return s;
    }
    let doc = if row.title.is_empty() {
        format!("文件“{}”", row.name)
    } else {
        format!("《{}》", row.title)
    };
    if row.problems.is_empty() {
        s.push_str(&format!(
            "　　你单位报送的{doc}已收到。经审阅，材料要素齐全，未发现需要修改的问题，请按程序印发执行。"
        ));
        return s;
    }
    let must = row.problems.iter().any(|p| p.level == Level::Error);
    s.push_str(&format!(
        "　　你单位报送的{doc}已收到。经审阅，{}：\n",
        if must {
            "有以下几点需要修改完善"
        } else {
            "总体可以，有以下几点建议"
        }
    ));
    for (i, p) in row.problems.iter().take(LISTED).enumerate() {
        s.push_str(&format!("　　{}、{}。\n", cn_number(i as u32 + 1), p.text));
    }
    let rest = row.problems.len().saturating_sub(LISTED);
    if rest > 0 {
        s.push_str(&format!("　　另有{rest}处小问题，修改时请一并核对。\n"));
    }
    s.push_str(if must {
        "　　请修改后重新报送。"
    } else {
        "　　请参考修改后印发执行。"
    });
    s
}

/// The importer's reason, said to the reviewer and the unit rather than
/// to the editor's user (no "paste it here", no "import").
pub(super) fn for_unit(reason: &str) -> String {
    reason
        .replace("，或者直接把全文复制粘贴进来", "")
        .replace("，或者直接把原文复制粘贴进来", "")
        .replace("再导入", "后重新报送")
        .replace("再试", "后重新报送")
}
