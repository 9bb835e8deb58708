// Runs before the editor's modules, as a classic script in the oldest syntax
// (ES3: no let, no arrow functions), so that a browser that cannot run the
// editor shows Chinese text instead of a blank page: IE-kernel
// "compatibility mode" (兼容模式), browser kernels without ES modules, without
// WebAssembly (with the bulk-memory, sign-extension and saturating
// conversions the editor's wasm uses: Chromium 75+, Firefox 79+, Safari 15+)
// or without TextDecoder. The editor itself needs Chromium 80 (README,
// "Browsers"); a module that fails to start on an older kernel ends up in the
// same message through the error listener below.
(function () {
  // A tiny module using memory.fill, i32.extend8_s and i32.trunc_sat_f32_s.
  var PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 0, 10, 25, 1, 23, 0,
    65, 0, 65, 0, 65, 0, 252, 11, 0, 65, 0, 192, 26, 67, 0, 0, 0, 0, 252, 0, 26, 11];
  var missing = [];
  var probe = document.createElement('script');
  if (!('noModule' in probe)) missing.push('ES 模块');
  var wasm = typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  if (wasm && typeof Uint8Array === 'function') {
    try { wasm = WebAssembly.validate(new Uint8Array(PROBE)); } catch (e) { wasm = false; }
  }
  if (!wasm) missing.push('WebAssembly');
  if (typeof TextDecoder !== 'function') missing.push('TextDecoder');

  function text(parent, tag, s) {
    var el = document.createElement(tag);
    el.appendChild(document.createTextNode(s));
    parent.appendChild(el);
    return el;
  }
  function show(what) {
    var host = document.getElementById('app');
    if (!host || host.getAttribute('data-unsupported')) return;
    while (host.firstChild) host.removeChild(host.firstChild);
    host.setAttribute('data-unsupported', '1');
    var box = document.createElement('div');
    box.className = 'up-unsupported';
    box.setAttribute('role', 'alert');
    text(box, 'h1', '当前浏览器无法运行编写助手');
    text(box, 'p', what);
    text(box, 'p', '请换用新版 Chrome、Edge、Firefox，或 360 安全浏览器、QQ 浏览器等国产浏览器的新版本，并切换到“极速模式”'
      + '（地址栏右侧的闪电或“e”图标），不要使用“兼容模式”。政务电脑上的浏览器请联系单位信息管理员升级到 Chromium 80 或更新的内核。');
    text(box, 'p', '已保存的草稿仍在本浏览器中，换用新版浏览器打开本页后不会丢失；在另一个浏览器中打开则看不到这些草稿。');
    host.appendChild(box);
  }
  function whenReady(f) {
    if (document.readyState !== 'loading') f();
    else if (document.addEventListener) document.addEventListener('DOMContentLoaded', f, false);
    else window.attachEvent('onload', f);
  }

  if (missing.length) {
    window.unionPlanUnsupported = missing.join('、');
    whenReady(function () { show('此浏览器缺少编写助手所需的功能：' + window.unionPlanUnsupported + '。'); });
    return;
  }
  // A kernel that has all of the above but is older than the editor's code
  // (a syntax or API it lacks) fails while the modules start: say so, unless
  // the editor is already running.
  if (window.addEventListener) {
    window.addEventListener('error', function (e) {
      if (window.unionPlanEditor) return;
      var m = e && e.message ? String(e.message) : '';
      if (/SyntaxError|Unexpected token|is not a function|is not defined/.test(m)) {
        window.unionPlanUnsupported = '较新的脚本语法或接口';
        whenReady(function () { show('此浏览器的内核版本过旧，无法执行编写助手的程序（' + m + '）。'); });
      }
    }, true);
  }
})();
