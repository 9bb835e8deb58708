// The modules the pages load on demand (boot.js, embed.js; ARCHITECTURE.md
// "Size"). The editor (union_plan_editor.js) comes first; then
//   union_plan_tools.js  what the editor lacks (export, import, summary,
//                        templates, next year, comparison), without a second
//                        copy of the editor: fetched on first use, or when the
//                        pointer or focus reaches a control that needs it
//                        (src/app/tools.rs asks for it);
//   union_plan.js        the full module (the public API, with the 批量审阅
//                        page): fetched only when 批量审阅 is opened.
// Each is fetched and initialised once; later calls share it.
// ES2020 with no `||=` or top-level await (README, "Browsers").
const PKG = new URL('./pkg/', import.meta.url);

function once(name) {
  let loading = null;
  return () => {
    if (!loading) {
      loading = import(new URL(name + '.js', PKG).href).then(async (m) => {
        await m.default({ module_or_path: new URL(name + '_bg.wasm', PKG) });
        return m;
      });
    }
    return loading;
  };
}

/** The full module, initialised (for 批量审阅 and `?view=review`). */
export const loadFull = once('union_plan');
const loadToolsModule = once('union_plan_tools');
let tools = null;
/**
 * The editor's `tools` option: the tools module's functions, and a
 * `mountReview` that fetches the full module first (a promise of the view).
 */
export function loadTools() {
  if (!tools) {
    tools = loadToolsModule().then((m) => Object.freeze({
      ...m,
      mountReview: (element, options) => loadFull().then((full) => full.mountReview(element, options)),
    }));
  }
  return tools;
}
