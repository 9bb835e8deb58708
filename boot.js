// Starts the editor on index.html. Kept out of the HTML so a strict CSP
// (script-src 'self') needs no inline script.
//
// The page loads the lite editor module (union_plan_editor.js): the editor
// with its checklist and guidance, without export, import, summary and
// templates. Those come from the tools module (modules.js), which the
// editor asks for through `tools` on first use (or when the pointer or focus
// reaches a control that needs it). See ARCHITECTURE.md "Size".
import init, { mount } from './pkg/union_plan_editor.js';
import { loadTools, loadFull } from './modules.js';
import { watchForCrash } from './crash.js';

// A trap in the editor (a bug) shows the crash notice that offers the saved text.
watchForCrash();

// For scripts on this page (and tests) that want the headless API: the
// tools module's functions, and the full module (union_plan.js).
window.unionPlanTools = loadTools;
window.unionPlanFull = loadFull;

const host = document.getElementById('app');
// No top-level await: Chromium 80-88 kernels (README, "Browsers") lack it.
init({ module_or_path: new URL('./pkg/union_plan_editor_bg.wasm', import.meta.url) }).then(() => {
  window.unionPlanEditor = mount(host, { training: true, tools: loadTools });
  // Offline after the first visit (sw.js); not on file:// or where unsupported.
  // Registered once the page has loaded and painted: its install revalidates
  // the files the page has fetched, which must not compete with the first render.
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    const register = () => setTimeout(() => {
      navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('离线缓存未启用：', e));
    }, 500);
    if (document.readyState === 'complete') register(); else addEventListener('load', register, { once: true });
  }
}).catch((e) => {
  // support.js has already said why when the browser lacks what the editor needs.
  if (!window.unionPlanUnsupported) {
    host.textContent = '编写助手加载失败：' + (e && e.message ? e.message : e) + '。请刷新页面；如仍失败，请换用新版 Chrome、Edge 或 Firefox（国产浏览器请用“极速模式”）。';
  }
  throw e;
});
