// The crash notice of the pages (index.html, embed.html). Their wasm
// modules are built with panic=immediate-abort (ARCHITECTURE.md "Size"): a
// bug in Rust stops with a trap (`RuntimeError: unreachable`) instead of
// running a panic hook, so the notice comes from here. Every change is
// saved within a frame (src/app/saver.rs), so the user's text is in
// localStorage: the notice offers it as a file and a reload.
// ES2020 with no `||=` or top-level await (README, "Browsers").

/** Our saved drafts, indexes and backups, as one JSON object `{ key: value }`. */
function savedData() {
  const out = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && (k.includes(':draft:') || k.includes(':backup:') || k.endsWith(':index'))) out[k] = localStorage.getItem(k);
    }
  } catch (e) { /* storage blocked: the file says so by being empty */ }
  return JSON.stringify(out);
}

function download() {
  const url = URL.createObjectURL(new Blob([savedData()], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = '工会工作计划-备份.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function button(text, primary, onclick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = primary ? 'up-btn up-btn-primary' : 'up-btn';
  b.textContent = text;
  b.addEventListener('click', onclick);
  return b;
}

/** Shows the notice once (the same markup as the full module's Rust panic hook). */
export function showCrashNotice() {
  if (document.getElementById('union-plan-crash') || !document.body) return;
  const root = document.createElement('div');
  root.className = 'union-plan';
  root.id = 'union-plan-crash';
  const panel = document.createElement('div');
  panel.className = 'up-crash';
  panel.setAttribute('role', 'alertdialog');
  panel.setAttribute('aria-label', '出现错误');
  const msg = document.createElement('p');
  msg.textContent = '抱歉，编写助手出现了意外错误，当前页面已无法继续编辑。出错前的内容已自动保存在本机浏览器中：请先下载备份，再刷新页面继续。';
  const dl = button('下载我的数据', true, download);
  panel.append(msg, dl, button('刷新页面', false, () => location.reload()));
  root.append(panel);
  document.body.append(root);
  dl.focus();
}

const isTrap = (e) => typeof WebAssembly === 'object' && e instanceof WebAssembly.RuntimeError;

/** Shows the notice when a wasm module of the page traps (in an event handler or a promise). */
export function watchForCrash() {
  addEventListener('error', (event) => { if (isTrap(event.error)) showCrashNotice(); });
  addEventListener('unhandledrejection', (event) => { if (isTrap(event.reason)) showCrashNotice(); });
}
