// Loads dist/pkg/union_plan.js in Node (no DOM) once per test file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function loadApi() {
  const pkg = new URL('../../dist/pkg/', import.meta.url);
  const api = await import(new URL('union_plan.js', pkg));
  await api.default({ module_or_path: readFileSync(fileURLToPath(new URL('union_plan_bg.wasm', pkg))) });
  return api;
}
