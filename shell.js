// Hands index.html's first step (the plain-HTML `.up-shell`, shown by
// shell-show.js before the page is first drawn) over to the editor
// (ARCHITECTURE.md "Size"). boot.js fetches the editor module after the
// first painted frame; when the editor is on screen, `handOver` carries what
// was typed into the editor's own fields (through their input and change
// events, like typing), puts the focus and caret back where they were, and
// removes the shell.
// ES2020 with no `||=` or top-level await (README, "Browsers").

const isText = (el) => el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type !== 'number');

/** Whether a field differs from what the page (or shell-show.js) put in it. */
function changed(el) {
  if (el.tagName !== 'SELECT') return el.value !== el.defaultValue;
  const first = [...el.options].find((o) => o.defaultSelected) || el.options[0];
  return el.value !== first.value;
}

/**
 * The shown shell in `host` as a controller, or null (no shell, or
 * shell-show.js did not show it). `returning`: a returning visitor, who sees
 * no form in it.
 */
export function takeShell(host) {
  const shell = host.querySelector('.up-shell');
  if (!shell || shell.hidden) return null;
  const fields = [...shell.querySelectorAll('[data-to]')];

  return {
    returning: shell.classList.contains('up-shell-returning'),
    /**
     * Once the editor is on screen: what was typed goes into its fields, the
     * focus and caret follow, the shell goes. Waits for an unfinished IME
     * composition (pinyin being typed) to end first.
     */
    async handOver(editor) {
      await editor.ready;
      if (shell.hasAttribute('data-composing')) {
        await new Promise((ok) => shell.addEventListener('compositionend', () => ok(), { once: true }));
      }
      const active = shell.contains(document.activeElement) ? document.activeElement : null;
      const caret = active && isText(active)
        ? [active.selectionStart, active.selectionEnd, active.selectionDirection] : null;
      const values = fields.filter(changed).map((el) => [el.dataset.to, el.value, isText(el)]);
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
