// Starts the editor on index.html. Kept out of the HTML so a strict CSP
// (script-src 'self') needs no inline script.
import init, { mount } from './pkg/union_plan.js';

const host = document.getElementById('app');
try {
  await init({ module_or_path: new URL('./pkg/union_plan_bg.wasm', import.meta.url) });
  window.unionPlanEditor = mount(host, { training: true });
  // Offline after the first visit (sw.js); not on file:// or where unsupported.
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('离线缓存未启用：', e));
  }
} catch (e) {
  host.textContent = '编写助手加载失败：' + (e && e.message ? e.message : e) + '。请刷新页面；如仍失败，请换用最新版 Chrome、Edge 或 Firefox。';
  throw e;
}
