// Starts the editor on index.html. Kept out of the HTML so a strict CSP
// (script-src 'self') needs no inline script.
//
// The page shows its first step as plain HTML (shell-show.js; shell.js hands
// it over), then loads the lite editor module (union_plan_editor.js): the
// editor with its checklist and guidance, without export, import, summary and
// templates. Those come from the tools module (modules.js), which the
// editor asks for through `tools` on first use (or when the pointer or focus
// reaches a control that needs it). See ARCHITECTURE.md "Size".
import { loadTools, loadFull } from './modules.js';
import { watchForCrash } from './crash.js';
import { takeShell } from './shell.js';

// A trap in the editor (a bug) shows the crash notice that offers the saved text.
watchForCrash();

// For scripts on this page (and tests) that want the headless API: the
// tools module's functions, and the full module (union_plan.js).
window.unionPlanTools = loadTools;
window.unionPlanFull = loadFull;

const host = document.getElementById('app');
// The first step as plain HTML takes typing at once (shell-show.js showed it
// before the page was first drawn); the editor module and its wasm are
// fetched once a frame with it has been painted, both at once (no
// waterfall), and shell.js hands over to the editor. A returning visitor
// sees no form until the editor shows the draft: the fetch starts at once.
const shell = window.unionPlanUnsupported ? null : takeShell(host);

function start() {
  const wasm = fetch(new URL('./pkg/union_plan_editor_bg.wasm', import.meta.url));
  // No top-level await: Chromium 80-88 kernels (README, "Browsers") lack it.
  import('./pkg/union_plan_editor.js').then((m) => m.default({ module_or_path: wasm }).then(() => {
    const editor = m.mount(host, { training: true, tools: loadTools });
    window.unionPlanEditor = editor;
    if (shell) shell.handOver(editor);
    registerWorker();
  })).catch((e) => {
    // support.js has already said why when the browser lacks what the editor needs.
    if (window.unionPlanUnsupported) throw e;
    const message = '编写助手加载失败：' + (e && e.message ? e.message : e) + '。请刷新页面；如仍失败，请换用新版 Chrome、Edge 或 Firefox（国产浏览器请用“极速模式”）。';
    if (shell) shell.failed(message); else host.textContent = message;
    throw e;
  });
}

// Offline after the first visit (sw.js); not on file:// or where unsupported.
// Registered once the page has loaded and painted: its install revalidates
// the files the page has fetched, which must not compete with the first render.
function registerWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const register = () => setTimeout(() => {
    navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('离线缓存未启用：', e));
  }, 500);
  if (document.readyState === 'complete') register(); else addEventListener('load', register, { once: true });
}

if (!shell || shell.returning || document.visibilityState === 'hidden') {
  start();
} else {
  // After a frame with the shell has been painted: a second animation frame
  // comes only after the first was drawn (a hidden tab draws none: at once).
  let started = false;
  const go = () => { if (!started) { started = true; start(); } };
  requestAnimationFrame(() => requestAnimationFrame(go));
  document.addEventListener('visibilitychange', go, { once: true });
}
