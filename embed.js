// embed.html: one editor in an iframe, driven by window.postMessage.
//
// URL parameters (all optional):
//   origins     comma-separated allow-list of parent origins, e.g.
//               origins=https://oa.example.cn,https://portal.example.cn
//               Messages from any other origin are ignored (with a console
//               warning), and the editor posts only to an allowed parent
//               origin. Without `origins` the page talks to nobody. There is
//               no wildcard.
//   storageKey  drafts namespace (default: the standalone page's drafts)
//   orgType     school | organ | enterprise | community | medical | institution | other
//   organization  the organisation's name (for new documents)
//   lock        1: the organisation name cannot be edited (needs `organization`)
//   steps       comma-separated step ids to show, e.g. steps=basic,main,schedule
//   view        review: the 批量审阅 page (review many member units' files at
//               once, from the full module) instead of the editor; it keeps
//               its reviews under `storageKey` and answers no messages.
//   capture     1: exports made in the editor's 导出 menu are sent to the parent
//               only (no download in the iframe); otherwise they are sent AND
//               downloaded.
//
// Messages, parent -> editor (`id` is any value, echoed in the reply):
//   {type:'union-plan:load', plan, id?}      replace the document (undoable;
//                                            a locked organisation stays)
//                                            -> {type:'union-plan:loaded', id}
//   {type:'union-plan:get', id}              -> {type:'union-plan:plan', id, plan}
//   {type:'union-plan:export', id, format}   format: docx | html | md | txt | json
//                                            -> {type:'union-plan:exported', id, format, filename, bytes}
//                                               (bytes: ArrayBuffer, transferred)
//   any failure                              -> {type:'union-plan:error', id, message}
//                                               (message in Chinese, for the user)
// Messages, editor -> parent (unasked):
//   {type:'union-plan:ready', version}       the editor is mounted and accepts messages
//   {type:'union-plan:changed', plan}        after the user changes the document (debounced)
//   {type:'union-plan:exported', format, filename, bytes}
//                                            the user exported from the 导出 menu
//   {type:'union-plan:error', message}       the editor could not start
// Messages sent before `ready` are queued and answered once the editor runs.
// Like index.html, the page starts with the lite editor module (with its
// checklist and guidance) and loads the tools module (export, import,
// templates) on first use, the full module only for 批量审阅; see modules.js
// and ARCHITECTURE.md "Size".
import init, { mount, version } from './pkg/union_plan_editor.js';

import { loadTools, loadFull } from './modules.js';
import { watchForCrash } from './crash.js';

// A trap in the editor (a bug) shows the crash notice that offers the saved text.
watchForCrash();

const PREFIX = 'union-plan:';
const params = new URLSearchParams(location.search);
const flag = (name) => ['1', 'true', 'yes'].includes((params.get(name) || '').toLowerCase());
const list = (name) => (params.get(name) || '').split(',').map((s) => s.trim()).filter(Boolean);

function originOf(s) {
  try {
    const o = new URL(s).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}

const allowed = new Set(list('origins').map(originOf).filter(Boolean));
const framed = window.parent !== window;

// The parent's origin, when the browser tells it and it is allowed.
function detectParent() {
  if (!framed) return null;
  const ancestors = location.ancestorOrigins;
  const o = ancestors && ancestors.length ? ancestors[0] : originOf(document.referrer);
  return o && allowed.has(o) ? o : null;
}
let parentOrigin = detectParent();

// Unasked messages go to the parent, and only to an allowed origin: the
// detected one, else (browsers without ancestorOrigins and no referrer) each
// allowed origin; postMessage delivers only where the origin matches.
function toParent(msg, transfer = []) {
  if (!framed) return false;
  const targets = parentOrigin ? [parentOrigin]
    : location.ancestorOrigins ? [] : [...allowed];
  for (const origin of targets) {
    try {
      window.parent.postMessage(msg, { targetOrigin: origin, transfer: targets.length === 1 ? transfer : [] });
    } catch { /* the parent went away */ }
  }
  return targets.length > 0;
}

function reply(event, msg, transfer = []) {
  const to = event.source;
  if (!to) return;
  try {
    to.postMessage(msg, { targetOrigin: event.origin, transfer });
  } catch { /* the asker went away */ }
}

// A Uint8Array as a standalone ArrayBuffer that can be transferred.
function bufferOf(u8) {
  return u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength ? u8.buffer : u8.slice().buffer;
}

const message = (e) => (e && e.message ? e.message : String(e));
const host = document.getElementById('app');
let editor = null;

// ?view=review: the 批量审阅 page of the full module, no editor.
const reviewOnly = params.get('view') === 'review';
if (reviewOnly) {
  loadFull().then((m) => {
    const opts = {};
    if (params.has('storageKey')) opts.storageKey = params.get('storageKey');
    window.unionPlanReview = m.mountReview(host, opts);
    toParent({ type: PREFIX + 'ready', version: m.version(), view: 'review' });
  }).catch((e) => {
    if (!window.unionPlanUnsupported) host.textContent = '批量审阅加载失败：' + message(e) + '。请刷新页面；如仍失败，请换用最新版 Chrome、Edge 或 Firefox。';
  });
}

const started = reviewOnly ? new Promise(() => {}) : (async () => {
  await init({ module_or_path: new URL('./pkg/union_plan_editor_bg.wasm', import.meta.url) });
  const options = {
    tools: loadTools,
    onChange: (plan) => { toParent({ type: PREFIX + 'changed', plan }); },
    onExport: (format, bytes, filename) => {
      const buf = bufferOf(bytes);
      const sent = toParent({ type: PREFIX + 'exported', format, filename, bytes: buf }, [buf]);
      // Skip the download only when the parent really got the file.
      return flag('capture') && sent;
    },
  };
  if (params.has('storageKey')) options.storageKey = params.get('storageKey');
  if (params.has('orgType')) options.orgType = params.get('orgType');
  if (params.has('organization')) options.organization = params.get('organization');
  if (flag('lock')) options.lockOrganization = true;
  if (params.has('steps')) options.steps = list('steps');
  editor = mount(host, options);
  window.unionPlanEditor = editor;
  toParent({ type: PREFIX + 'ready', version: version() });
})();

started.catch((e) => {
  if (!window.unionPlanUnsupported) host.textContent = '编写助手加载失败：' + message(e) + '。请刷新页面；如仍失败，请换用最新版 Chrome、Edge 或 Firefox。';
  toParent({ type: PREFIX + 'error', message: '编写助手加载失败：' + message(e) });
});

async function handle(event, data) {
  const { type, id } = data;
  try {
    await started;
  } catch (e) {
    reply(event, { type: PREFIX + 'error', id, message: '编写助手加载失败：' + message(e) });
    return;
  }
  try {
    switch (type) {
      case PREFIX + 'load': {
        editor.setPlan(data.plan);
        // Let the editor render the new document before confirming.
        await new Promise((ok) => setTimeout(ok, 0));
        reply(event, { type: PREFIX + 'loaded', id });
        break;
      }
      case PREFIX + 'get':
        reply(event, { type: PREFIX + 'plan', id, plan: editor.plan() });
        break;
      case PREFIX + 'export': {
        const format = String(data.format ?? '');
        const m = await loadTools();
        const plan = editor.plan();
        const bytes = bufferOf(m.exportPlan(plan, format));
        const filename = m.fileName(plan, format);
        reply(event, { type: PREFIX + 'exported', id, format, filename, bytes }, [bytes]);
        break;
      }
      default:
        reply(event, { type: PREFIX + 'error', id, message: `未知的消息类型“${type}”。` });
    }
  } catch (e) {
    reply(event, { type: PREFIX + 'error', id, message: message(e) });
  }
}

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object' || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return;
  if (!allowed.has(event.origin)) {
    console.warn(`union-plan 嵌入页：已忽略来自未授权来源 ${event.origin} 的消息（允许的来源见 origins 参数）。`);
    return;
  }
  if (framed && event.source === window.parent) parentOrigin = event.origin;
  handle(event, data);
});

if (framed && allowed.size === 0) {
  console.warn('union-plan 嵌入页：未设置 origins 参数，不与上层页面通信。');
}
