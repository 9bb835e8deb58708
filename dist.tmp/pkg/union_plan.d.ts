/* tslint:disable */
/* eslint-disable */

/**
 * A mounted editor.
 */
export class Editor {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The checklist of the current document (as `checkPlan`). In the lite
     * editor module it throws while `union_plan.js` is still loading.
     */
    check(): any;
    /**
     * Exports the current document (`"docx"`, `"txt"`, … as `exportPlan`).
     * In the lite editor module this needs `union_plan.js`, which loads
     * shortly after mounting; before that it throws (try again later).
     */
    export(format: string): Uint8Array;
    /**
     * Writes the pending autosave now. The editor saves by itself after
     * each change (once the change is on screen) and when the page is
     * hidden or closed; call this before reading its storage directly.
     */
    flush(): void;
    /**
     * The current document as a plan object (right after `mount`: the
     * mounted plan, else the stored draft, else the new document).
     */
    plan(): any;
    /**
     * Replaces the document (an undoable edit). Throws on invalid plans;
     * then nothing changes.
     */
    setPlan(plan: any): void;
    /**
     * Removes the editor: every node and listener it added.
     */
    unmount(): void;
    /**
     * Resolves after the first render. Every method works before it:
     * calls made earlier take effect in order and the first render shows
     * their result.
     */
    readonly ready: Promise<any>;
}

/**
 * Diagnostics: panics on purpose so tests (and support staff) can check
 * that the crash notice appears and offers the user's data. Never called
 * by the app itself.
 */
export function __testPanic(): void;

/**
 * The checklist: `[{ id, level: "error"|"warning"|"ok", message, why, target }]`.
 */
export function checkPlan(plan: any): any;

/**
 * `checkPlan` as JSON text, for callers that pass the result on rather
 * than read it (the lite editor runs it after every pause in typing; this
 * skips building and re-serialising ~500 objects).
 */
export function checkPlanJson(plan: any): string;

/**
 * The format names `exportPlan` accepts.
 */
export function exportFormats(): string[];

/**
 * Exports a plan: `"json"`, and the formats listed by `exportFormats()`.
 * Unknown formats throw an Error whose message names the format.
 */
export function exportPlan(plan: any, format: string): Uint8Array;

/**
 * The download file name for a plan in a format (`2025年工会工作计划.docx`).
 */
export function fileName(plan: any, format: string): string;

/**
 * A signature date in `"arabic"` (2025年12月20日) or `"chinese"`
 * (二〇二五年十二月二十日) form. Throws on a date that is not `YYYY-MM-DD`.
 */
export function formatDate(iso: string, style: string): string;

/**
 * Training-mode guidance for a step: `{ step, purpose, how, mistakes, examples }`.
 */
export function guidance(step: string, kind: string, org_type: string): any;

/**
 * Imports a file's bytes: `.txt`/`.md` (UTF-8, UTF-16 or GB18030),
 * `.docx`, or our own `.json`. Returns `{ plan, report, source }`
 * (`source`: the text that was read, for showing beside the result);
 * throws an Error with a Chinese message saying what is wrong with the file.
 */
export function importFile(bytes: Uint8Array | number[], file_name: string): any;

/**
 * Turns the text of an existing plan or summary into a plan (never throws
 * for text; unrecognised lines join the nearest body, nothing is lost).
 */
export function importText(text: string): any;

/**
 * Like `importText`, with what was recognised: `{ plan, report }` where
 * `report` has `title_lines`, `kind_detected`, `sections`, `schedule`
 * (months per entry), `signature` ([organisation, date] or null), `notes`.
 */
export function importTextWithReport(text: string): any;

/**
 * Usual union activities for a month and organisation type:
 * `[{ id, text }]`.
 */
export function monthSuggestions(org_type: string, month: number): any;

/**
 * Mounts an editor inside `element`. Options (all optional):
 * `plan` (initial document), `storageKey` (namespace for drafts),
 * `orgType`, `organization`, `lockOrganization`, `steps` (step ids),
 * `onChange(plan)` (debounced), `onExport(format, bytes, filename)`,
 * `training`, and `tools`: a function returning a promise of the
 * initialised `union_plan.js` module, which the lite editor module
 * (`union_plan_editor.js`) uses for the checklist, export, import, summary,
 * templates and guidance (the full module ignores it).
 */
export function mount(element: Element, options: any): Editor;

/**
 * Drafts the year-end summary from a tracked plan (the plan is not
 * changed). Options: `{ withNextPlan: bool }`.
 */
export function summarize(plan: any, options: any): any;

/**
 * Starter templates: `[{ id, org_type, kind, name, plan }]` (a plan and a
 * summary for each organisation type; each passes the checklist once
 * organisation and year are filled in).
 */
export function templates(): any;

/**
 * Holidays, union days and lunar festivals of a year:
 * `[{ name, date: "YYYY-MM-DD", kind: "holiday" | "union" | "lunar" }]`.
 */
export function unionCalendar(year: number): any;

/**
 * The library version (Cargo.toml).
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __testPanic: () => void;
    readonly __wbg_editor_free: (a: number, b: number) => void;
    readonly checkPlan: (a: number, b: number) => void;
    readonly checkPlanJson: (a: number, b: number) => void;
    readonly editor_check: (a: number, b: number) => void;
    readonly editor_export: (a: number, b: number, c: number, d: number) => void;
    readonly editor_flush: (a: number) => void;
    readonly editor_plan: (a: number) => number;
    readonly editor_ready: (a: number) => number;
    readonly editor_setPlan: (a: number, b: number, c: number) => void;
    readonly editor_unmount: (a: number) => void;
    readonly exportFormats: (a: number) => void;
    readonly exportPlan: (a: number, b: number, c: number, d: number) => void;
    readonly fileName: (a: number, b: number, c: number, d: number) => void;
    readonly formatDate: (a: number, b: number, c: number, d: number, e: number) => void;
    readonly guidance: (a: number, b: number, c: number, d: number, e: number, f: number, g: number) => void;
    readonly importFile: (a: number, b: number, c: number, d: number, e: number) => void;
    readonly importText: (a: number, b: number) => number;
    readonly importTextWithReport: (a: number, b: number) => number;
    readonly monthSuggestions: (a: number, b: number, c: number) => number;
    readonly mount: (a: number, b: number, c: number) => void;
    readonly summarize: (a: number, b: number, c: number) => void;
    readonly templates: () => number;
    readonly unionCalendar: (a: number) => number;
    readonly version: (a: number) => void;
    readonly wasm_bindgen_fbf14217cb5c99f5___convert__closures_____invoke___js_sys_93ec834303c03e49___Function_fn_wasm_bindgen_fbf14217cb5c99f5___JsValue_____wasm_bindgen_fbf14217cb5c99f5___sys__Undefined___js_sys_93ec834303c03e49___Function_fn_wasm_bindgen_fbf14217cb5c99f5___JsValue_____wasm_bindgen_fbf14217cb5c99f5___sys__Undefined_______true_: (a: number, b: number, c: number, d: number) => void;
    readonly wasm_bindgen_fbf14217cb5c99f5___convert__closures_____invoke___wasm_bindgen_fbf14217cb5c99f5___JsValue__core_98a8a86aa4ffdfa4___result__Result_____wasm_bindgen_fbf14217cb5c99f5___JsError___true_: (a: number, b: number, c: number, d: number) => void;
    readonly wasm_bindgen_fbf14217cb5c99f5___convert__closures________invoke___web_sys_cf4b76e2fb762072___features__gen_Event__Event______true_: (a: number, b: number, c: number) => void;
    readonly wasm_bindgen_fbf14217cb5c99f5___convert__closures________invoke___web_sys_cf4b76e2fb762072___features__gen_Event__Event______true__1_: (a: number, b: number, c: number) => void;
    readonly wasm_bindgen_fbf14217cb5c99f5___convert__closures_____invoke_______true_: (a: number, b: number) => void;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __wbindgen_destroy_closure: (a: number, b: number) => void;
    readonly __wbindgen_add_to_stack_pointer: (a: number) => number;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
