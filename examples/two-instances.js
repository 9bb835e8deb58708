// Two editors on one page through the JS API. Instance 甲 keeps its drafts
// under "example-a"; instance 乙 under "example-b", with the organisation
// locked and exports handed to the page (onExport returns true: no download).
import init, { mount, version } from '../pkg/union_plan.js';

const log = document.getElementById('ex-log');
function note(who, text) {
  const li = document.createElement('li');
  li.textContent = `${new Date().toLocaleTimeString('zh-CN')} ${who}：${text}`;
  log.prepend(li);
}
document.getElementById('ex-clear').addEventListener('click', () => log.replaceChildren());

await init({ module_or_path: new URL('../pkg/union_plan_bg.wasm', import.meta.url) });
note('页面', `编写助手 ${version()} 已加载`);

const describe = (plan) => `“${plan.title || '（无标题）'}”，${plan.sections.length} 项主要工作`;

window.editorA = mount(document.getElementById('editor-a'), {
  storageKey: 'example-a',
  orgType: 'school',
  onChange: (plan) => note('甲 onChange', describe(plan)),
  onExport: (format, bytes, filename) => {
    note('甲 onExport', `${filename}（${format}，${bytes.length} 字节），照常下载`);
    return false;
  },
});

window.editorB = mount(document.getElementById('editor-b'), {
  storageKey: 'example-b',
  orgType: 'organ',
  organization: '市直机关工会',
  lockOrganization: true,
  onChange: (plan) => note('乙 onChange', describe(plan)),
  onExport: (format, bytes, filename) => {
    note('乙 onExport', `${filename}（${format}，${bytes.length} 字节），已由页面接收，不下载`);
    return true;
  },
});
