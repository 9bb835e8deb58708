// Test portal: two editors through the JS API, with different drafts
// namespaces; 乙 has its organisation locked. Events go to window.portalLog.
import init, { mount } from '/pkg/union_plan.js';

window.portalLog = [];
const record = (who) => ({
  onChange: (plan) => window.portalLog.push({ who, event: 'change', organization: plan.organization, year: plan.year, at: performance.now() }),
  onExport: (format, bytes, filename) => {
    window.portalLog.push({ who, event: 'export', format, filename, size: bytes.length, head: String.fromCharCode(bytes[0], bytes[1]) });
    return who === 'a'; // 甲 takes the file itself; 乙 lets the browser download it
  },
});

await init({ module_or_path: new URL('/pkg/union_plan_bg.wasm', import.meta.url) });
window.mountAll = () => {
  window.beforeMount = window.pageSnapshot();
  window.editors = {
    a: mount(document.getElementById('host-a'), { storageKey: 'portal-a', orgType: 'school', ...record('a') }),
    b: mount(document.getElementById('host-b'), {
      storageKey: 'portal-b', orgType: 'organ', organization: '市总工会机关工会', lockOrganization: true, ...record('b'),
    }),
  };
};
// ?manual: the test calls mountAll() itself (to look at the page before).
if (!new URLSearchParams(location.search).has('manual')) window.mountAll();
window.portalReady = true;
