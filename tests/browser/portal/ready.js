// Test portal for issue "Portal-ready": every Editor method is called in the
// same task as mount(), before Yew's first render, and the results are kept
// in window.readyLog for the test to read.
import init, { mount } from '/pkg/union_plan.js';

await init({ module_or_path: new URL('/pkg/union_plan_bg.wasm', import.meta.url) });

const PLAN = {
  schema: 1, kind: 'plan', title: '市测试局机关工会2031年工作计划', organization: '市测试局机关工会',
  org_type: 'organ', year: 2031,
  guiding: '坚持以职工为中心的工作导向，围绕单位中心任务开展工作。',
  sections: [{ heading: '加强思想政治引领', body: '组织职工开展主题学习活动。', items: [] }],
};
const mode = new URLSearchParams(location.search).get('mode') || 'calls';
const host = document.getElementById('host');
const log = { mode };
window.readyLog = log;

if (mode === 'calls') {
  const ed = mount(host, { plan: PLAN, storageKey: 'ready-test' });
  // Still in mount()'s task: Yew has not rendered yet.
  log.renderedAtMount = host.querySelector('#f-basic-title') !== null;
  const first = ed.plan();
  log.first = { title: first.title, year: first.year, organization: first.organization };
  ed.setPlan({ ...PLAN, title: '市测试局机关工会2032年工作计划', year: 2032 });
  ed.setPlan(JSON.stringify({ ...PLAN, title: '市测试局机关工会2033年工作计划', year: 2033 }));
  const afterSet = ed.plan();
  log.afterSet = { title: afterSet.title, year: afterSet.year };
  try { ed.setPlan('{ 不是 JSON'); log.badPlan = 'no error'; } catch (e) { log.badPlan = String(e.message || e); }
  log.afterBad = ed.plan().title;
  const bytes = ed.export('docx');
  log.docx = { head: String.fromCharCode(bytes[0], bytes[1]), size: bytes.length };
  const findings = ed.check();
  log.findings = { count: findings.length, ids: findings.map((f) => f.id) };
  ed.flush();
  log.stored = Object.keys(localStorage).filter((k) => k.startsWith('ready-test:draft:'))
    .map((k) => JSON.parse(localStorage.getItem(k)).title);
  log.readyIsPromise = ed.ready instanceof Promise;
  ed.ready.then(() => {
    log.readyResolved = true;
    log.titleOnScreen = host.querySelector('#f-basic-title')?.value ?? null;
  });
  window.editor = ed;
} else if (mode === 'unmount') {
  const ed = mount(host, { plan: PLAN, storageKey: 'ready-unmount' });
  ed.unmount();
  log.childrenAfterUnmount = host.childNodes.length;
  try { ed.setPlan(PLAN); log.setAfterUnmount = 'no error'; } catch (e) { log.setAfterUnmount = String(e.message || e); }
  setTimeout(() => { log.childrenLater = host.childNodes.length; log.done = true; }, 300);
}
