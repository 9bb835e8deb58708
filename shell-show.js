// Shows index.html's first step as plain HTML (shell.js hands it over to the
// editor later). A classic script placed right after the markup, so it runs
// before the page is first drawn, without waiting for the module scripts:
// the first field is on screen and takes typing as soon as the page is.
// A returning visitor (a current draft in localStorage, src/storage.rs:
// `union-plan:index`, `union-plan:draft:<id>`) gets no empty form: the
// shell says the draft is being opened. ES3 like support.js: it runs in every
// browser, and support.js replaces it where the editor cannot run.
(function () {
  var shell = document.getElementById('up-shell');
  if (!shell) return;
  var returning = false;
  try {
    var index = JSON.parse(window.localStorage.getItem('union-plan:index') || 'null');
    var id = index && typeof index.current === 'string' ? index.current : '';
    returning = id !== '' && window.localStorage.getItem('union-plan:draft:' + id) !== null;
  } catch (e) {
    // No storage (private mode, sandbox) or an unreadable index: the editor
    // starts a new document then, as the shell shows.
  }
  // A new document's year (src/app/config.rs: from October on, next year).
  var now = new Date();
  var year = String(now.getFullYear() + (now.getMonth() >= 9 ? 1 : 0));
  var title = year + '年工作计划';
  // As defaults: shell.js hands over only what differs from them.
  document.getElementById('shell-year').defaultValue = year;
  document.getElementById('shell-title').defaultValue = title;
  document.getElementById('shell-title').placeholder = title;
  document.getElementById('shell-preview-title').appendChild(document.createTextNode(title));
  if (shell.addEventListener) {
    // The year's label follows the kind, as in the editor (Kind::is_summary).
    var kind = document.getElementById('shell-kind');
    kind.addEventListener('change', function () {
      var summary = kind.value === 'summary' || kind.value === 'summary_and_plan';
      var label = document.getElementById('shell-year-label');
      label.replaceChild(document.createTextNode(summary ? '总结年度' : '计划年度'), label.firstChild);
    }, false);
    // A pinyin composition under way: shell.js waits for its end before handing over.
    shell.addEventListener('compositionstart', function () { shell.setAttribute('data-composing', '1'); }, false);
    shell.addEventListener('compositionend', function () { shell.removeAttribute('data-composing'); }, false);
  }
  shell.className += returning ? ' up-shell-returning' : ' up-shell-fresh';
  shell.removeAttribute('hidden');
})();
