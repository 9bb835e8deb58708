// The hand-written TypeScript declarations (src/union_plan.d.ts, shipped as
// dist/pkg/union_plan.d.ts) declare every export, and the object shapes
// they describe are the ones the API returns.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadApi } from './load.mjs';
import { undeclared } from '../../scripts/package.mjs';

const PKG = new URL('../../dist/pkg/', import.meta.url);
const dts = readFileSync(new URL('union_plan.d.ts', PKG), 'utf8');
const glue = readFileSync(new URL('union_plan.js', PKG), 'utf8');
let api;
before(async () => { api = await loadApi(); });

/** Field names of `interface NAME { … }` in the declarations. */
function fields(name) {
  const m = dts.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`));
  assert.ok(m, `interface ${name} is declared`);
  return [...m[1].matchAll(/^\s+(\w+)\??:/gm)].map((f) => f[1]).sort();
}
const required = (name) => {
  const m = dts.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`));
  return [...m[1].matchAll(/^\s+(\w+):/gm)].map((f) => f[1]).sort();
};

test('the shipped d.ts is the hand-written one and declares every export of union_plan.js', () => {
  assert.equal(dts, readFileSync(new URL('../../src/union_plan.d.ts', import.meta.url), 'utf8'));
  assert.deepEqual(undeclared(glue, dts), []);
  for (const method of ['plan', 'setPlan', 'check', 'export', 'unmount']) {
    assert.match(dts, new RegExp(`^  ${method}\\(`, 'm'), `Editor.${method} is declared`);
    assert.match(glue, new RegExp(`^    ${method}\\(`, 'm'), `Editor.${method} exists`);
  }
});

test('the declared Plan, Finding, CalendarEvent and ImportReport fields are the ones returned', () => {
  const { plan, report } = api.importTextWithReport('城南小学工会2025年工作计划\n一、加强思想引领\n做好宣传。\n城南小学工会\n2025年1月5日');
  assert.deepEqual(Object.keys(plan).sort(), required('Plan'));
  // Optional fields appear when set and are declared.
  const full = JSON.parse(new TextDecoder().decode(api.exportPlan({ ...plan, format: { fonts: 'standard', task_table: true, schedule: 'table' }, issuance: { issuer: '市总工会文件' },
    headings: { guiding: '指导思想', goals: '工作目标', measures: '保障措施', schedule: '主要活动安排', problems: '存在的不足', months: { '7,8': '七、八月份' } },
    previous: { draft: 'd1', title: '2024年工作计划', year: 2024 },
    sections: [{ ...plan.sections[0], duty: { lead: '办公室' } }], schedule: [{ months: [3], activities: ['植树'], duties: [{ owner: '女工委' }] }] }, 'json')));
  // Duties are written with every field.
  assert.deepEqual(Object.keys(full.sections[0].duty).sort(), required('Duty'));
  assert.deepEqual(Object.keys(full.schedule[0].duties[0]).sort(), required('EntryDuty'));
  assert.deepEqual(Object.keys(full).sort(), fields('Plan'));
  assert.deepEqual(Object.keys(full.format).sort(), fields('Format'));
  assert.deepEqual(Object.keys(full.issuance).sort(), fields('Issuance'));
  assert.deepEqual(Object.keys(full.issuance).sort(), required('Issuance'), 'every Issuance field is written');
  assert.deepEqual(Object.keys(full.headings).sort(), fields('Headings'));
  assert.deepEqual(full.headings.months, { '7,8': '七、八月份' });
  assert.deepEqual(Object.keys(plan.signature).sort(), fields('Signature'));
  assert.deepEqual(Object.keys(plan.sections[0]).sort(), required('Section'));
  assert.deepEqual(Object.keys(report).sort(), fields('ImportReport'));
  const findings = api.checkPlan(plan);
  assert.deepEqual(JSON.parse(api.checkPlanJson(plan)), findings, 'checkPlanJson is checkPlan as text');
  assert.ok(findings.length > 0);
  // Every required field, and optional ones (`fix?`) only when declared.
  for (const f of findings) {
    const keys = Object.keys(f).sort();
    assert.deepEqual(keys.filter((k) => required('Finding').includes(k)), required('Finding'));
    assert.deepEqual(keys.filter((k) => !fields('Finding').includes(k)), [], 'undeclared finding field');
  }
  const withFix = api.checkPlan({ ...plan, guiding: '认真学习,做好服务' }).filter((f) => f.fix);
  assert.deepEqual(withFix.map((f) => [f.id, f.fix]), [['halfwidth-punct:guiding', 'fix_punctuation']]);
  const events = api.unionCalendar(2025);
  assert.deepEqual(Object.keys(events[0]).sort(), fields('CalendarEvent'));
  assert.deepEqual(Object.keys(api.monthSuggestions('school', 9)[0]).sort(), fields('Suggestion'));
  // the declared format names are exactly exportFormats()
  const declared = dts.match(/export type ExportFormat = ([^;]+);/)[1].match(/'(\w+)'/g).map((s) => s.slice(1, -1));
  assert.deepEqual([...declared].sort(), [...api.exportFormats()].sort());
});
