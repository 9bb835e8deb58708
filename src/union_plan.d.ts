/* union-plan: TypeScript declarations of the JS API (dist/pkg/union_plan.js).
 * Hand-written (scripts/build copies this file over the one wasm-bindgen
 * generates) so that plans, options and results have real types.
 * A public contract: names and plan fields are added, never renamed. */

// ---------------------------------------------------------------- the plan

export type Kind = 'plan' | 'summary' | 'summary_and_plan' | 'key_points';
export type OrgType = 'school' | 'organ' | 'enterprise' | 'community' | 'medical' | 'institution' | 'other';
export type StepId = 'basic' | 'guiding' | 'goals' | 'main' | 'measures' | 'schedule' | 'problems' | 'signature';
export type ExportFormat = 'docx' | 'html' | 'md' | 'txt' | 'json';
export type DateStyle = 'arabic' | 'chinese';
export type Status = 'done' | 'partial' | 'not_done' | 'cancelled';

/** Execution tracking of one item or activity (optional). */
export interface Track {
  status: Status;
  note: string;
  /** 人次 / 人 */
  participants?: number;
  /** 元 */
  amount?: number;
  /** 次、场、户 … */
  count?: number;
}

/**
 * Who does what, by when (optional on sections and items): 牵头部门,
 * 配合部门, 责任人, 完成时限 (free text: `2027年6月底前`, `三季度`) and
 * 量化目标. Printed in the 任务分解表 when `format.task_table` is true.
 */
export interface Duty {
  lead: string;
  partners: string;
  owner: string;
  due: string;
  target: string;
}

/** The duty of one schedule activity: 负责部门/人, 参加范围, 备注. */
export interface EntryDuty {
  owner: string;
  scope: string;
  note: string;
}

/** A level-2..4 node of the main work ((一) / 1. / (1)). */
export interface Item {
  heading: string;
  text: string;
  items: Item[];
  track?: Track;
  duty?: Duty;
}

/** A level-1 priority (一、). */
export interface Section {
  heading: string;
  /** One paragraph per line. */
  body: string;
  items: Item[];
  track?: Track;
  duty?: Duty;
}

/** One schedule entry: one month, or several written together (七、八月). */
export interface ScheduleEntry {
  /** 1..12 */
  months: number[];
  activities: string[];
  /** Tracking of `activities`, index for index (may be shorter or absent). */
  tracking?: (Track | null)[];
  /** Duties of `activities`, index for index like `tracking` (may be shorter or absent). */
  duties?: (EntryDuty | null)[];
}

export interface Signature {
  organization: string;
  /** `YYYY-MM-DD`, or null for none. */
  date: string | null;
  date_style: DateStyle;
}

/**
 * Format settings of the printed document (DOCX and HTML export). Absent
 * means every default; an unknown value reads as the default.
 */
export interface Format {
  /** 'gb2312' (default): 仿宋_GB2312 / 楷体_GB2312 / 黑体 / 方正小标宋简体; 'standard': 仿宋 / 楷体 / 黑体 / 方正小标宋简体, no `_GB2312` name in the files. */
  fonts: 'gb2312' | 'standard';
  /** 'outside' (default): odd pages right, even pages left, one character in; 'center': centred on every page; 'none'. */
  page_numbers: 'outside' | 'center' | 'none';
  /** Append the 重点工作任务分解表 (附件: 序号, 工作任务, 牵头部门, 配合部门, 责任人, 完成时限, 量化目标; one row per task with a duty). Written only when true. */
  task_table?: boolean;
  /** 'list' (default): month headings with numbered activities; 'table': 时间 | 活动内容 | 负责部门 | 参加范围 | 备注. Written only when 'table'. */
  schedule?: 'list' | 'table';
}

/**
 * Issuing the document as a 文件 (GB/T 9704-2012): the 版头, 主送机关,
 * 附件说明, the signature with or without a seal, and the 版记 at the foot
 * of the last (even) page. Absent means a document without them. A wrongly
 * typed field reads as its default; bad text is kept and the checklist
 * points at it.
 */
export interface Issuance {
  /** 发文机关标志, red at the top, as typed (with or without 文件); one line per issuing organ. */
  issuer: string;
  /** 发文字号; `[2027]`, `(2027)`, `【2027】` print as `〔2027〕`. */
  number: string;
  /** 签发人 of a 上行文 (printed right of the 发文字号); null for none. */
  signer: string | null;
  /** 主送机关, under the title; a full-width colon is added. */
  addressee: string;
  /** 附件 names in order (附件说明 after the body). */
  attachments: string[];
  /** 抄送机关 (版记). */
  cc: string;
  /** 印发机关 (版记). */
  printer: string;
  /** 印发日期 `YYYY-MM-DD` (printed `2027年1月10日印发`), or null. */
  print_date: string | null;
  /** Sealed: date four characters from the right, organisation centred over it (7.3.5.1); false: organisation two characters from the right, date two characters right of its start (7.3.5.2). */
  seal: boolean;
}

/**
 * A document (the plan JSON). Numbering (一、 (一) 1. (1)) is never stored.
 * Multi-line fields hold one paragraph per line. When a plan is given to the
 * API, every field may be left out (defaults apply), and a JSON string of
 * the same shape is accepted too.
 */
export interface Plan {
  schema: number;
  kind: Kind;
  /** May hold a line break: a two-line title. */
  title: string;
  organization: string;
  /** An `OrgType`; "" or unknown ids show as 其他. */
  org_type: OrgType | string;
  year: number;
  period: { start_month: number };
  guiding: string;
  goals: string;
  sections: Section[];
  measures: string;
  schedule: ScheduleEntry[];
  problems: string;
  /** Next year's plan of a `summary_and_plan` document. */
  next: Plan | null;
  signature: Signature;
  /** Format settings; absent (the default layout) unless set. */
  format?: Format;
  /** Issued as a 文件; absent unless set. */
  issuance?: Issuance;
  /**
   * The author's own wording of the named parts' headings and of the month
   * labels, kept by the importer; the layout and every export print them
   * instead of the standard headings. Absent: the standard headings.
   */
  headings?: Headings;
  /** The draft this one was started from (新建下一年度, `nextYear`); absent otherwise. */
  previous?: PreviousRef;
}

/** The author's headings (every field optional; a blank one prints the standard heading). */
export interface Headings {
  /** Printed as a level-1 heading before 指导思想's text (e.g. "指导思想", "总体要求"). */
  guiding?: string;
  /** Instead of 工作目标. */
  goals?: string;
  /** Instead of 落实措施. */
  measures?: string;
  /** Instead of 活动安排 (e.g. "主要活动安排"). */
  schedule?: string;
  /** Instead of 存在问题和不足 / 需要注意的问题 (e.g. "存在的不足"). */
  problems?: string;
  /** Month labels as written, keyed by the entry's months joined with commas: { "7,8": "七、八月份", "1": "一月份" }. An entry whose months no longer match prints the derived heading. */
  months?: Record<string, string>;
}

/** Where a document came from: the source draft's storage id ("" outside the editor), title and year. */
export interface PreviousRef {
  draft: string;
  title: string;
  year: number;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? DeepPartial<U>[] : T[K] extends object | null ? DeepPartial<T[K]> | null : T[K] };
/** What the API accepts as a plan: a (partial) plan object or its JSON text. */
export type PlanInput = DeepPartial<Plan> | string;

// ------------------------------------------------------------- results

/** Where a field is, for click-to-jump and the checklist. */
export interface Target {
  step: StepId;
  /** True in next year's part of a `summary_and_plan` document. */
  next?: boolean;
  /** Main: indices down the tree; schedule: [entry] or [entry, activity]. */
  path?: number[];
}

/** One checklist finding; `message` and `why` are Chinese text for the user. */
export interface Finding {
  id: string;
  level: 'error' | 'warning' | 'ok';
  message: string;
  why: string;
  target: Target;
  /**
   * A one-click fix the editor offers as a button; absent when none.
   * `fix_punctuation`: set half-width , ; : ? ! ( ) in Chinese text
   * full-width in every field (one undoable edit; 一键改为全角).
   */
  fix?: 'fix_punctuation';
}

export interface CalendarEvent {
  name: string;
  /** `YYYY-MM-DD` */
  date: string;
  kind: 'holiday' | 'union' | 'lunar';
}

export interface Suggestion {
  id: string;
  text: string;
}

/** What an import recognised. */
export interface ImportReport {
  title_lines: string[];
  kind_detected: boolean;
  sections: string[];
  /** The months of each schedule entry, in document order. */
  schedule: number[][];
  /** [organisation, ISO date or null], or null when no signature was found. */
  signature: [string, string | null] | null;
  /** Notes for the user, in Chinese. */
  notes: string[];
  /** Each decision the importer took, in Chinese, in reading order ("“存在的不足” → 存在问题（标题照原文保留）", "“七、八月份” → 一个月份条目，7—8 月，原文写法保留"). */
  decisions: string[];
}

export interface Imported {
  plan: Plan;
  report: ImportReport;
  /** `importFile` only: the text that was read from the file (to show beside the result). */
  source?: string;
}

// ------------------------------------------------------------- the editor

export interface MountOptions {
  /** The initial document; else the last draft under `storageKey`, else a new one. */
  plan?: PlanInput;
  /** Drafts namespace in localStorage (default "union-plan"); editors with different keys never share drafts. */
  storageKey?: string;
  /** Organisation type for new documents. */
  orgType?: OrgType;
  /** Organisation name for new documents. */
  organization?: string;
  /** With `organization`: the name cannot be edited, and `setPlan` keeps it. */
  lockOrganization?: boolean;
  /** Show only these steps, e.g. ['basic', 'main', 'schedule']. */
  steps?: StepId[];
  /** Training mode on or off (see README). */
  training?: boolean;
  /** After every change, debounced (300 ms). */
  onChange?: (plan: Plan) => void;
  /**
   * When the user exports from the 导出 menu. Return true to take the file
   * yourself (no download); anything else lets the browser download it.
   */
  onExport?: (format: ExportFormat, bytes: Uint8Array, filename: string) => boolean | void;
  /**
   * Only for the lite editor module of index.html and embed.html
   * (`union_plan_editor.js`): returns a promise of an object with this
   * module's headless functions, initialised (the pages pass the tools
   * module `union_plan_tools.js`, see modules.js); the lite editor takes the
   * checklist, export, import, summary, templates and guidance from it. Its
   * `mountReview` may return a promise of the view (the pages load the full
   * module for 批量审阅 then). This module has them built in and ignores the option.
   */
  tools?: () => Promise<unknown>;
}

/** A mounted editor. */
export class Editor {
  private constructor();
  /** Resolves once the editor is on screen (after its first render). Every method already works as soon as
   * `mount()` returns; calls made before the first render take effect in order and the first render shows them. */
  readonly ready: Promise<void>;
  /** The current document: right after `mount()`, the `plan` option, else the stored draft, else the new document. */
  plan(): Plan;
  /** Replaces the document (undoable). Throws on an invalid plan; then nothing changes. */
  setPlan(plan: PlanInput): void;
  /** The checklist of the current document. (index.html's lite editor module throws for a moment after mounting, until it has loaded this module.) */
  check(): Finding[];
  /** The current document as a file (throws on an unknown format, naming it; index.html's lite editor module also throws until it has loaded this module). */
  export(format: ExportFormat): Uint8Array;
  /** Writes the pending autosave now (it otherwise runs right after the change is painted, and when the page is hidden or closed). */
  flush(): void;
  /** Removes every node and listener the editor added. */
  unmount(): void;
  /** Frees the handle (wasm-bindgen); call after `unmount`. */
  free(): void;
}

/** Mounts an editor inside `element` (in a `<div class="union-plan">` of its own). */
export function mount(element: Element, options?: MountOptions): Editor;

// ------------------------------------------------------------- headless (Node 20 too)

/** The library version, e.g. "0.1.0". */
export function version(): string;
/** The formats `exportPlan` accepts. */
export function exportFormats(): ExportFormat[];
/** A plan as a file. Throws an Error naming an unknown format, or saying what is wrong with the plan. */
export function exportPlan(plan: PlanInput, format: ExportFormat): Uint8Array;
/** The download file name, e.g. "2025年工会工作计划.docx". */
export function fileName(plan: PlanInput, format: ExportFormat): string;
/**
 * The checklist of a plan. With `previous` (last year's document) it also runs the
 * `previous:*` rules: `previous:same` (paragraphs word for word as last year),
 * `previous:unchanged` (more than a third of the text unchanged), `previous:year`
 * (last year's year left in), `previous:holiday-date` (last year's date of 春节, 元宵,
 * 端午, 中秋 or 重阳), `previous:dropped` (work unfinished last year that disappeared).
 * With `format.task_table`: `task:lead`, `task:owner` (tasks without 牵头部门 or 责任人),
 * `task:due` (a 完成时限 outside the plan's year or period), `task:summary` (a summary never
 * naming who did a tracked task).
 */
export function checkPlan(plan: PlanInput, previous?: PlanInput | null): Finding[];
/** `checkPlan` as JSON text (cheaper when the result is passed on, not read). */
export function checkPlanJson(plan: PlanInput, previous?: PlanInput | null): string;
/**
 * 新建下一年度: next year's draft (the argument is not changed). Year +1 (the period keeps its
 * start month), the title's years and the signature date follow, dates of the moving holidays in
 * schedule activities become next year's (an activity dated on one moves to its new month),
 * tracking is cleared, everything else is kept, and `previous` names the source. A
 * `summary_and_plan` whose `next` plan has content starts from that plan (kind `plan`).
 */
export function nextYear(plan: PlanInput): Plan;
/** What changed from last year's document to this one (neither is changed). */
export function compare(previous: PlanInput, current: PlanInput): Comparison;
/** The comparison as a standalone HTML page (text) for the chair's review: the two years side by side. */
export function comparisonHtml(previous: PlanInput, current: PlanInput): string;
/**
 * Draws the editor's 对比上年 panel into `element`, replacing its content: with `previous`
 * (null: none chosen yet) the comparison, last year | this year sentence by sentence, each
 * difference a button, and an HTML export button. With `onPick` it also offers `drafts` and a
 * file (read by the importer) as last year's document. User text becomes text nodes only.
 */
export function renderComparison(element: Element, previous: PlanInput | null, current: PlanInput, options?: {
  /** A difference was clicked: the `Target` (JSON text) of its field. */
  onJump?: (targetJson: string) => void;
  drafts?: { id: string; title: string }[];
  /** The id in `drafts` shown as chosen. */
  chosen?: string;
  onPick?: (draftId: string) => void;
  /** A file was imported as last year's document: its plan JSON. */
  onImport?: (planJson: string) => void;
}): void;

/**
 * Draws 导入's body into `element`, replacing its content: a file input and drop area
 * (.txt, .md, .docx, .json), a text box for pasted text, and after 识别粘贴的内容 (or a file)
 * the review: the source beside what was recognised (kind, title, level-1 headings, schedule,
 * signature), each decision of the importer, and the document on its A4 sheets. 导入为新草稿
 * calls `onImport` with the recognised plan; 取消 calls `onClose`. A broken file or an empty
 * paste is said in Chinese inside the element. User text becomes text nodes only.
 */
export function renderImport(element: Element, options?: {
  /** 导入为新草稿: the recognised plan (JSON text). */
  onImport?: (planJson: string) => void;
  /** 取消. */
  onClose?: () => void;
}): void;

/**
 * Draws 执行跟踪 for `plan` into `element`, replacing its content: each priority item and
 * schedule activity with its status (完成, 部分完成, 未完成, 取消), a note and figures (人次,
 * 金额, 场次), progress by priority, by month and by 牵头部门 (with a filter), and the buttons
 * 生成年终总结 and 生成总结暨明年计划. Call it again with the changed plan after each
 * `onTrack`: the controls the user is typing in keep their text and focus.
 */
export function renderTracking(element: Element, plan: PlanInput, options?: {
  /**
   * A mark changed: `key` is `n:0-1` (priority 一、(二)) or `a:0-1` (the first schedule
   * entry's second activity); `trackJson` is its whole `Track` as JSON, or `null` (未登记).
   */
  onTrack?: (key: string, trackJson: string) => void;
  /** 生成年终总结 (false) or 生成总结暨明年计划 (true). */
  onGenerate?: (withNextPlan: boolean) => void;
}): void;

/** How a part, a priority or a sentence differs from last year: exactly these words. */
export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** The result of `compare`. */
export interface Comparison {
  previous: { title: string; year: number; kind: Kind };
  current: { title: string; year: number; kind: Kind };
  /**
   * The named parts (title, 指导思想, 工作目标, 落实措施, 活动安排, 存在问题) and each
   * priority (一、…), in this year's order; a removed priority stands where it stood last year.
   * Parts empty in both years are left out.
   */
  parts: PartDiff[];
  /** How many parts have each status. */
  counts: { added: number; removed: number; changed: number; unchanged: number };
  /** Share (0..1) of this year's text (title excluded, by characters) in sentences unchanged from last year. */
  unchanged_share: number;
}

/** One part or one priority of a `Comparison`. */
export interface PartDiff {
  part: 'title' | 'guiding' | 'goals' | 'priority' | 'measures' | 'schedule' | 'problems';
  /** Chinese name: 指导思想, 第二项工作“…”, 去年第三项工作“…” (removed). */
  name: string;
  /** A priority's heading (this year's; last year's when removed); "" for other parts. */
  heading: string;
  /**
   * Priorities are matched by content (same heading, else similar text), not position:
   * a priority moved elsewhere is `unchanged` (with `moved`), one renamed but similar is `changed`.
   */
  status: ChangeStatus;
  /** True for next year's plan of a `summary_and_plan`. */
  next: boolean;
  /** A priority's 0-based position last year / this year (null when removed / added). */
  previous_index: number | null;
  current_index: number | null;
  moved: boolean;
  /**
   * The part's sentences (split after 。；！？ and at line breaks), compared as whole sentences:
   * `changed` pairs a rewritten sentence with last year's wording in `previous`.
   */
  sentences: { status: ChangeStatus; text: string; previous?: string; target: Target | null }[];
  /** The field to jump to in this year's document; null for a removed part. */
  target: Target | null;
}
/** Turns the text of an existing plan or summary into a plan (never throws; nothing is lost). Tables arriving as
 * text (`|` or tab cells, or one cell per line, under a header of known column names such as 序号 | 工作任务 |
 * 牵头部门 | 责任人 | 完成时限, or 时间 | 活动内容 | 负责部门 | 参加范围 | 备注) become `duty` on the tasks and
 * schedule entries with `duties`; .docx tables are read as tables by `importFile`. */
export function importText(text: string): Plan;
/** Like `importText`, with what was recognised. */
export function importTextWithReport(text: string): Imported;
/** Imports a file's bytes: .txt/.md (UTF-8, UTF-16, GB18030), .docx or our .json. Throws a Chinese message. */
export function importFile(bytes: Uint8Array | number[], file_name: string): Imported;
/** Holidays, union days and lunar festivals of a year. */
export function unionCalendar(year: number): CalendarEvent[];
/** A signature date as 2025年12月20日 ("arabic") or 二〇二五年十二月二十日 ("chinese"). Throws on a bad date. */
export function formatDate(iso: string, style: DateStyle): string;
/** Usual union activities for an organisation type and a month (1..12). */
export function monthSuggestions(org_type: OrgType | string, month: number): Suggestion[];
/** Drafts the year-end summary from a tracked plan (the plan is not changed). Each priority says how many of its
 * tracked tasks were completed and which 牵头部门 led them; with `withNextPlan`, next year's plan keeps the `duty`
 * (and schedule `duties`) of every unfinished task, a 完成时限 in this year moved to the next. */
export function summarize(plan: PlanInput, options?: { withNextPlan?: boolean }): Plan;
/** Starter templates: a plan and a summary per organisation type. */
export function templates(): Template[];
export interface Template { id: string; org_type: OrgType; kind: Plan['kind']; name: string; plan: Plan; }
/** Training-mode guidance for a step. Throws on an unknown step id. */
export function guidance(step: string, kind: Plan['kind'] | string, org_type: OrgType | string): Guidance;
export interface Guidance { step: string; purpose: string; how: string; mistakes: string[]; examples: string[]; }

// ------------------------------------------------------------- 批量审阅 (review many files)

/** One file of a batch to review. */
export interface ReviewFile { name: string; bytes: Uint8Array | ArrayBuffer | number[]; }
export interface ReviewOptions {
  /** The year the documents are for; a document for another year is named in its row. */
  year?: number;
  /** The units expected to submit (an array, or one name a line); `missing_units` lists those without a file. */
  expected?: string[] | string;
}
/** One problem of a row, in words. `rule`: a checklist rule (`missing:guiding`, `placeholder`, …) or `review:year`, `review:no-schedule`, `review:duplicate`, `review:shared`, `review:unit`. */
export interface ReviewProblem { rule: string; level: 'error' | 'warning'; text: string; }
/** One file's line in the review table (also for a file that could not be read). */
export interface ReviewRow {
  /** Position in the batch (0-based); links and duplicates name rows by it. */
  index: number;
  name: string;
  size: number;
  /** False when the file could not be read; `reason` then says why, in Chinese. */
  readable: boolean;
  reason: string;
  /** The organisation (from the document, else from a file name that names an expected unit). */
  unit: string;
  org_type: string;
  kind: Kind | '';
  kind_label: string;
  /** The year the document names (null when it names none, e.g. 20xx). */
  year: number | null;
  title: string;
  errors: number;
  warnings: number;
  /** The most important problems first. */
  problems: ReviewProblem[];
  /** Every error and warning of the checklist. */
  findings: Finding[];
  /** Content hash of the bytes (hex). */
  hash: string;
  /** The first row with the same bytes, when this one repeats it. */
  duplicate_of: number | null;
  /** Rows that share long passages with this one (both ways). */
  linked: number[];
  /** 反馈意见: the text to send back to the unit. */
  feedback: string;
  /** The document as imported (absent when unreadable). */
  plan?: Plan;
}
/** Two rows sharing long passages (`a < b`), with the shared sentences. */
export interface ReviewLink {
  a: number;
  b: number;
  sentences: string[];
  shared: number;
  chars: number;
  /** Percent of each document's text that is shared. */
  share_a: number;
  share_b: number;
  /** The two files are byte for byte the same. */
  identical: boolean;
}
export interface Review {
  year: number | null;
  expected: string[];
  rows: ReviewRow[];
  links: ReviewLink[];
  /** Groups of rows whose files are the same. */
  duplicates: number[][];
  missing_units: string[];
  /** Messages for the reviewer, e.g. a batch over 500 files or 50 MB processed in parts. */
  notices: string[];
  files: number;
  bytes: number;
}
export type ReviewFormat = 'html' | 'docx' | 'json';
/** Reviews many plans and summaries at once: one row per file (never throws for a bad file), links between files sharing text, identical files, missing units. */
export function reviewBatch(files: ReviewFile[], options?: ReviewOptions): Review;
/** The 审阅意见汇总表 as a file: HTML, DOCX (a landscape table) or JSON. Throws on an unknown format or a value that is not a review. */
export function exportReview(review: Review | string, format: ReviewFormat): Uint8Array;
/** The 批量审阅 page mounted by `mountReview`. */
export class ReviewView {
  private constructor();
  /** Removes the page. */
  unmount(): void;
  /** Frees the handle (wasm-bindgen); call after `unmount`. */
  free(): void;
}
/** Mounts the 批量审阅 page (pick or drop files or a folder, the review table, exports, feedback, saved reviews) inside `element`. `onClose` adds a 返回编写 button. */
export function mountReview(element: Element, options?: { storageKey?: string; onClose?: () => void }): ReviewView;
/** The download name of an exported review, e.g. "2027年度审阅意见汇总表.docx". */
export function reviewFileName(review: Review | string, format: ReviewFormat): string;

/** Diagnostics only: panics on purpose so the crash notice can be checked. Never needed by a portal. */
export function __testPanic(): void;

// ------------------------------------------------------------- loading the wasm

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
export type SyncInitInput = BufferSource | WebAssembly.Module;

export interface InitOutput {
  readonly memory: WebAssembly.Memory;
}

/** Instantiates the module from bytes or a compiled module, synchronously. */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * Loads the wasm: `await init({ module_or_path: new URL('./union_plan_bg.wasm', import.meta.url) })`
 * in a browser, `await init({ module_or_path: bytes })` in Node or from file://.
 * Loading does not touch the DOM.
 */
export default function __wbg_init(
  module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<InitOutput>;
