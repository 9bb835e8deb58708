// Loaded (as a classic script) before anything else on the test portal:
// records listeners added to the page-wide targets (window, document,
// <html>, <body>) and CSP violations, so the test can tell what an editor
// left behind after unmount.
(() => {
  const globals = () => [[window, 'window'], [document, 'document'], [document.documentElement, 'html'], [document.body, 'body']];
  const nameOf = (t) => (globals().find(([g]) => g && g === t) || [])[1];
  const active = new Map(); // "target:type:capture" -> [listener, ...]
  const capture = (o) => !!(typeof o === 'boolean' ? o : o && o.capture);
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  // Only listeners added by the page's own scripts (the editor, this file),
  // not by the test driver's injected code.
  // (stack line 0: "Error", 1: this wrapper, 2: the caller)
  const ours = () => ((new Error().stack || '').split('\n')[3] || '').includes(location.origin + '/');
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    const name = nameOf(this);
    if (name && fn && ours()) {
      const key = `${name}:${type}:${capture(opts)}`;
      const list = active.get(key) || [];
      if (!list.includes(fn)) list.push(fn);
      active.set(key, list);
    }
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    const name = nameOf(this);
    if (name && fn) {
      const key = `${name}:${type}:${capture(opts)}`;
      const list = (active.get(key) || []).filter((f) => f !== fn);
      if (list.length) active.set(key, list); else active.delete(key);
    }
    return remove.call(this, type, fn, opts);
  };
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
  /** What is attached to the page outside the editors' hosts. */
  window.pageSnapshot = () => {
    const listeners = [];
    for (const [key, list] of active) for (let i = 0; i < list.length; i++) listeners.push(key);
    const outside = [...document.querySelectorAll('body *')].filter((el) => !el.closest('.host')).length;
    return { listeners: listeners.sort(), bodyNodes: outside, headNodes: document.head.children.length };
  };
})();
