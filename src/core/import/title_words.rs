//! The words a title ends with, and what document sites put after them:
//! lists that `title`, `reflow`, `marks`, `lead_in`, `next_year` and
//! `title_address` read (slices, so that a round adding a word touches one
//! line).

/// Words a title ends with.
pub(super) const TITLE_ENDINGS: &[&str] = &[
    "计划",
    // an activity plan written up as a paper (`工會活動計劃書`)
    "计划书",
    "总结",
    "要点",
    "思路",
    "打算",
    "设想",
    "安排",
    "报告",
    "目标",
    "规划",
    "方案",
    "公开信",
    "一封信",
    "纪实",
    "汇报",
    // a year's 工作意见 (the work the union means to do), and the
    // arrangements for a year (`…工作安排意见`)
    "工作意见",
    "安排意见",
    // the measures to come after a summary (`…全年总结及措施`)
    "及措施",
    "和措施",
    // an application for an honour, or a report to the level above, written
    // up as 材料 (`…模范职工之家申报材料`, `…工作汇报材料`)
    "申报材料",
    "汇报材料",
    // the papers of a summary or report handed up (`…工作总结材料`)
    "总结材料",
    "报告材料",
    // an account of how the work was done, for others to learn from
    // (`…工会组建经验材料`), or a 信息材料 reporting it
    "经验材料",
    "信息材料",
    // the year's targets signed as a paper (`…工作目标责任书`, `…目标管理责任书`)
    "责任书",
    // a plan written as its guiding ideas and tasks (`…的指导思想和主要任务`)
    "和主要任务",
    // a union's or its congress's announcement (`某某学校工会公告`,
    // `…第十二届教代会公告`)
    "工会公告",
    "代会公告",
    // a union's rules (`…选举办法`, `…管理办法`), and a contest's
    // (`…教职工羽毛球比赛规程`)
    "办法",
    "规程",
];
/// Words naming the union's own bodies and works, which a title of their
/// plans names instead of 工会 (`…创建职工之家活动方案`, `…职代会…`):
/// compared folded.
pub(super) const UNION_WORKS: &[&str] = &[
    "职工之家",
    "教工之家",
    "职工小家",
    "职工书屋",
    "女职工",
    "困难职工",
    "职代会",
    "教代会",
];
/// What document sites put after a title word (`…工作总结范文`).
/// (`精选`, `精選`: a site's pick, `…工作總結精選`; `格式范文` `参考范文`, a
/// site's model text, listed before `范文` so that the longer is taken.)
pub(super) const SITE_SUFFIXES: &[&str] = &[
    "格式范文",
    "参考范文",
    "范文",
    "范本",
    "模板",
    "模版",
    "精选",
    "精選",
    // a site's `精编` (edited for the site), `…工作计划精编`
    "精编",
    "精編",
];

/// Words that end the name of a plan (in a title, or next year's heading).
pub(super) const PLAN_ENDINGS: &[&str] = &["计划", "打算", "思路", "要点", "设想"];
