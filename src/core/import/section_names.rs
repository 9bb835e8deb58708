//! The plain section names of a written plan that are no standard part of
//! the plan (`计划背景`, `现状分析`, `实施步骤`): template plans number them
//! as their level-1 headings, and flattened copies run them into their text
//! (`一、计划背景随着…`, `三、现状分析目前,…`). `runin` ends the label after
//! such a name when a sentence runs on, as it does after a part's keyword.
//! Compared folded, so traditional copies match too.

/// Section names that are a whole heading on their own.
pub(super) const SECTION_NAMES: [&str; 10] = [
    "计划背景",
    "工作背景",
    "活动背景",
    "项目背景",
    "背景分析",
    "现状分析",
    "形势分析",
    "实施步骤",
    "预期效果",
    "预期成果",
];
