// The first step as plain HTML (index.html's `.up-shell`), so the page has
// a field that takes typing before the editor module and its wasm arrive
// (ARCHITECTURE.md "Size"). boot.js shows it at once and fetches the editor
// after the first painted frame; when the editor is on screen, `handOver`
// carries what was typed into the editor's own fields (through their input
// and change events, like typing), puts the focus and caret back where they
// were, and removes the shell.
//
// A returning visitor (a current draft in localStorage) sees no empty form:
// the shell says it is opening the draft, and the editor shows it.
// ES2020 with no `||=` or top-level await (README, "Browsers").

/** The default year of a new document (src/app/config.rs: from October on, next year). */
function defaultYear(now) {
  return now.getFullYear() + (now.getMonth() >= 9 ? 1 : 0);
}

/** Whether the editor will open a stored draft (src/storage.rs: `ns:index`, `ns:draft:<id>`). */
function hasDraft(ns) {
  try {
    const index = JSON.parse(localStorage.getItem(ns + ':index') || 'null');
    const id = index && typeof index.current === 'string' ? index.current : '';
    return id !== '' && localStorage.getItem(ns + ':draft:' + id) !== null;
  } catch (e) {
    // No storage (private mode, sandbox) or an unreadable index: the editor
    // starts a new document then, as the shell shows.
    return false;
  }
}

const isText = (el) => el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type === 'text');

/**
 * Shows the shell in `host` (if the page has one) and returns its
 * controller, or null. `ns` is the editor's storage namespace.
 */
export function showShell(host, ns = 'union-plan') {
  const shell = host.querySelector('.up-shell');
  if (!shell) return null;
  const returning = hasDraft(ns);
  const fields = [...shell.querySelectorAll('[data-to]')];
  const byId = (id) => shell.querySelector('#' + id);
  const year = defaultYear(new Date());
  byId('shell-year').value = String(year);
  byId('shell-title').value = year + '年工作计划';
  byId('shell-title').placeholder = year + '年工作计划';
  byId('shell-preview-title').textContent = year + '年工作计划';
  // The year's label follows the kind, as in the editor (Kind::is_summary).
  byId('shell-kind').addEventListener('change', (e) => {
    const summary = e.target.value === 'summary' || e.target.value === 'summary_and_plan';
    shell.querySelector('label[for="shell-year"]').textContent = summary ? '总结年度' : '计划年度';
  });
  const initial = new Map(fields.map((el) => [el, el.value]));
  let composing = false;
  let compositionDone = null;
  shell.addEventListener('compositionstart', () => { composing = true; });
  shell.addEventListener('compositionend', () => {
    composing = false;
    if (compositionDone) compositionDone();
  });
  shell.classList.add(returning ? 'up-shell-returning' : 'up-shell-fresh');
  shell.hidden = false;

  return {
    returning,
    /**
     * Once the editor is on screen: what was typed goes into its fields, the
     * focus and caret follow, the shell goes. Waits for an unfinished IME
     * composition (pinyin being typed) to end first.
     */
    async handOver(editor) {
      await editor.ready;
      if (composing) await new Promise((ok) => { compositionDone = ok; });
      const active = shell.contains(document.activeElement) ? document.activeElement : null;
      const caret = active && isText(active)
        ? [active.selectionStart, active.selectionEnd, active.selectionDirection] : null;
      const changed = fields.filter((el) => el.value !== initial.get(el));
      const values = changed.map((el) => [el.dataset.to, el.value, isText(el)]);
      const focusTo = active && active.dataset.to;
      shell.remove();
      for (const [id, value, text] of values) {
        const el = document.getElementById(id);
        if (!el) continue;
        el.value = value;
        el.dispatchEvent(text
          ? new InputEvent('input', { bubbles: true, inputType: 'insertText' })
          : new Event('change', { bubbles: true }));
      }
      const target = focusTo && document.getElementById(focusTo);
      if (target) {
        target.focus();
        if (caret && isText(target)) target.setSelectionRange(caret[0], caret[1], caret[2] || 'none');
      }
    },
    /**
     * The editor could not start: the shell stays with the message, and its
     * fields become read-only (what was typed can still be copied; nothing
     * would save it).
     */
    failed(message) {
      for (const el of fields) {
        if (isText(el)) el.readOnly = true; else el.disabled = true;
      }
      shell.querySelector('.up-shell-status').textContent = '编辑器未能载入';
      shell.querySelector('.up-shell-wait').textContent = message;
      shell.classList.add('up-shell-failed');
    },
  };
}
