// unionCalendar / formatDate / monthSuggestions, headless.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadApi } from './load.mjs';

const api = await loadApi();

test('unionCalendar gives the lunar festivals on the right days', () => {
  const find = (year, name) => api.unionCalendar(year).find((e) => e.name === name)?.date;
  assert.equal(find(2024, '春节'), '2024-02-10');
  assert.equal(find(2025, '春节'), '2025-01-29');
  assert.equal(find(2026, '春节'), '2026-02-17');
  assert.equal(find(2025, '端午节'), '2025-05-31');
  assert.equal(find(2025, '中秋节'), '2025-10-06');
  assert.equal(find(2024, '重阳节'), '2024-10-11');
  assert.equal(find(2027, '春节'), '2027-02-06');
  const cal = api.unionCalendar(2030);
  assert.ok(cal.some((e) => e.name === '教师节' && e.date === '2030-09-10' && e.kind === 'union'));
  assert.ok(cal.every((e, i) => i === 0 || cal[i - 1].date <= e.date), 'sorted by date');
  for (let y = 2000; y <= 2060; y++) assert.equal(api.unionCalendar(y).filter((e) => e.kind === 'lunar').length, 5, `year ${y}`);
});

test('formatDate writes both signature forms and rejects bad input', () => {
  assert.equal(api.formatDate('2025-12-20', 'arabic'), '2025年12月20日');
  assert.equal(api.formatDate('2010-11-30', 'chinese'), '二〇一〇年十一月三十日');
  assert.throws(() => api.formatDate('2025-13-01', 'arabic'), /YYYY-MM-DD/);
  assert.throws(() => api.formatDate('2025-12-01', 'roman'), /roman/);
});

test('monthSuggestions are month- and org-type-aware', () => {
  const sept = api.monthSuggestions('school', 9).map((s) => s.text).join('\n');
  assert.match(sept, /教师节/);
  const march = api.monthSuggestions('enterprise', 3).map((s) => s.text).join('\n');
  assert.match(march, /三八|女职工/);
  assert.deepEqual(api.monthSuggestions('school', 13), []);
});
