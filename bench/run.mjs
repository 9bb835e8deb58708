// The benchmark: load, typing, export and import against the goals and
// against a JS peer (React 19 + npm `docx`). Run through `scripts/bench`,
// which installs what is missing and (re)builds dist/ when it is stale.
//
//   node bench/run.mjs [dist]     env: BENCH_RUNS (20), BENCH_WARMUP (3), BENCH_STRICT=1 (exit 1 on a MISS)
//
// Prints one table (median, p95, goal, PASS/MISS) and writes bench/results.json.
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { sizes, INITIAL } from '../scripts/sizes.mjs';
import { serve } from '../scripts/static-server.mjs';
import { launch } from '../tests/browser/harness.mjs';
import { largePlan, textLength } from '../tests/fixtures/large-plan.mjs';
import { summary, table, unzip, paragraphTexts } from './stats.mjs';
import { buildPeers } from './peers.mjs';
import { measureLoad, measureTyping, measureCore, measureReview } from './measure.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = resolve(process.argv[2] || join(ROOT, 'dist'));
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS) || 20);
const WARMUP = Math.max(1, Number(process.env.BENCH_WARMUP) || 3);
const KB = 1024;

/** The goals. Sizes in bytes, times in ms. */
export const GOALS = {
  initialGzip: 160 * KB,
  loadMedian: 150,
  keystrokeMedian: 8,
  keystrokeP95: 16,
  exportDocx: 30,
  exportVsPeer: 2,
  importText: 5,
  autosave: 2,
  review200: 5000,
};

const say = (s) => process.stderr.write(`\x1b[1m==> ${s}\x1b[0m\n`);

// dist/ and the peer bundle under one origin, so the page's CSP
// (script-src 'self') lets the page load the peer.
function siteRoot(peerDir) {
  const root = mkdtempSync(join(tmpdir(), 'union-plan-bench-site-'));
  for (const f of readdirSync(DIST)) symlinkSync(join(DIST, f), join(root, f));
  symlinkSync(peerDir, join(root, 'bench-peer'));
  // The browser's floor for measurement 2: a static page with the same field.
  mkdirSync(join(root, 'bench-floor'));
  writeFileSync(join(root, 'bench-floor', 'index.html'), '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<title>floor</title><link rel="icon" href="data:,"></head><body><label>单位名称 <input id="f-basic-org"></label></body></html>');
  return root;
}

const stat = (name, unit, xs, goal) => {
  const s = summary(xs);
  return { name, unit, median: s.median, p95: s.p95, samples: xs, goal: goal && goal(s) };
};
const goalLe = (label, limit, key = 'median') => (s) => ({ label, limit, ok: s[key] <= limit });

async function main() {
  say(`benchmark of ${DIST} (${RUNS} runs after ${WARMUP} warm-up)`);
  const plan = largePlan();
  say(`peers: esbuild bundles of npm docx and React 19 + docx`);
  const peers = await buildPeers();
  const root = siteRoot(peers.dir);
  const server = await serve(root);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launch();
  const chromium = `Chromium ${browser.version()}`;
  const load0 = loadavg()[0];
  const rows = [];
  const extra = {};
  try {
    // 1. Initial transfer
    const sz = sizes(DIST);
    say('load (fresh context per run) and network capture');
    const load = await measureLoad(browser, url, { runs: RUNS, warmup: WARMUP });
    const early = load.responses.filter((r) => !r.afterReady);
    const later = load.responses.filter((r) => r.afterReady);
    const requested = early.map((r) => new URL(r.url).pathname.replace(/^\//, '') || 'index.html');
    const netGzip = early.reduce((n, r) => n + r.gzip, 0);
    // The favicon may be fetched after the field is ready; it still counts as fetched.
    const anyRequested = load.responses.map((r) => new URL(r.url).pathname.replace(/^\//, '') || 'index.html');
    const missing = INITIAL.filter((f) => !anyRequested.includes(f));
    const unlisted = requested.filter((f) => !INITIAL.includes(f));
    rows.push({ name: '1. initial transfer, gzip (scripts/sizes.mjs)', unit: 'KB', median: sz.total.gzip,
      goal: { label: '≤ 160 KB', limit: GOALS.initialGzip, ok: sz.total.gzip <= GOALS.initialGzip } });
    rows.push({ name: '   initial transfer, brotli', unit: 'KB', median: sz.total.brotli });
    rows.push({ name: '   what Chromium fetched, gzip of each body', unit: 'KB', median: netGzip,
      goal: { label: '≤ 160 KB', limit: GOALS.initialGzip, ok: netGzip <= GOALS.initialGzip } });
    const wasmRow = sz.rows.find((r) => r.file.endsWith('.wasm'));
    rows.push({ name: `   of which ${wasmRow.file}, gzip`, unit: 'KB', median: wasmRow.gzip });
    rows.push({ name: '   fetched after the field was ready (tools module), gzip', unit: 'KB', median: later.reduce((n, r) => n + r.gzip, 0) });
    extra.sizes = sz;
    extra.network = { responses: load.responses, missingFromNetwork: missing, notInSizesList: unlisted,
      afterReady: later.map((r) => new URL(r.url).pathname) };

    // 2. Navigation → editor interactive
    rows.push(stat('2. navigation → #f-basic-org takes typing', 'ms', load.ready, goalLe('≤ 150 ms median', GOALS.loadMedian)));
    rows.push({ ...stat('   navigation → DOMContentLoaded', 'ms', load.dcl), goal: undefined });
    const floor = await measureLoad(browser, url + 'bench-floor/', { runs: RUNS, warmup: WARMUP });
    rows.push({ ...stat('   browser floor: static page, same field', 'ms', floor.ready), goal: undefined });

    // 3. Keystroke → preview (and the app's own autosave marks)
    say('typing into a heading of the large plan');
    const typing = await measureTyping(browser, url, { runs: RUNS, warmup: WARMUP });
    const k = stat('3. keydown → preview updated (large plan)', 'ms', typing.keystroke, (s) => ({
      label: '≤ 8 ms median, ≤ 16 ms p95', ok: s.median <= GOALS.keystrokeMedian && s.p95 <= GOALS.keystrokeP95,
    }));
    rows.push(k);
    rows.push({ ...stat('   keydown → next animation frame', 'ms', typing.frame), goal: undefined });

    // 4, 5, 6 in the page
    say('export, import and autosave in the page');
    const core = await measureCore(browser, url, { runs: RUNS, warmup: WARMUP });
    const ours = stat('4. exportPlan(large plan, docx)', 'ms', core.ours, goalLe('≤ 30 ms', GOALS.exportDocx));
    const peer = stat('   docx 9 peer: new Document + Packer.toBlob', 'ms', core.peer);
    const ratio = peer.median / ours.median;
    rows.push(ours, { ...peer, goal: undefined });
    rows.push({ name: '   peer median ÷ ours median', unit: 'x', median: ratio,
      goal: { label: 'ours ≥ 2× faster', limit: GOALS.exportVsPeer, ok: ratio >= GOALS.exportVsPeer } });
    rows.push(stat(`5. importText (${core.importChars} characters)`, 'ms', core.imports, goalLe('≤ 5 ms', GOALS.importText)));
    // The app's own autosave (serialize + both storage writes), timed by its
    // performance marks while typing; the API proxy (pretty JSON) beside it.
    if (typing.autosaveMarks) {
      rows.push(stat('6. app autosave per change (up-autosave measure)', 'ms', typing.autosave, goalLe('≤ 2 ms', GOALS.autosave)));
    } else {
      rows.push({ name: '6. app autosave per change (up-autosave measure)', unit: 'ms', median: null, note: 'n/a: no marks',
        goal: { label: '≤ 2 ms', limit: GOALS.autosave, ok: false } });
    }
    rows.push({ ...stat('   exportPlan(json) + localStorage.setItem (proxy)', 'ms', core.saves), goal: undefined });

    // The peer wrote the same document: same paragraph texts in order, and a PAGE field in its footers.
    const part = (bytes, name) => {
      const e = unzip(Buffer.from(bytes)).find(([n]) => n === name);
      return e ? e[1].toString('utf8') : '';
    };
    const ourParas = paragraphTexts(part(core.oursBytes, 'word/document.xml'));
    const peerParas = paragraphTexts(part(core.peerBytes, 'word/document.xml'));
    const firstDiff = ourParas.findIndex((p, i) => p !== peerParas[i]);
    const peerFooters = unzip(Buffer.from(core.peerBytes)).filter(([n]) => /^word\/footer\d*\.xml$/.test(n)).map(([, b]) => b.toString('utf8'));
    extra.peerCheck = {
      paragraphs: { ours: ourParas.length, peer: peerParas.length },
      sameParagraphs: ourParas.length === peerParas.length && firstDiff === -1,
      firstDifference: firstDiff === -1 ? null : { index: firstDiff, ours: ourParas[firstDiff], peer: peerParas[firstDiff] },
      peerFootersWithPageField: peerFooters.filter((f) => /PAGE/.test(f) && f.includes('\u2014')).length,
      docxBytes: { ours: core.oursBytes.length, peer: core.peerBytes.length },
      sharedModule: core.sharedModule,
    };
    if (!extra.peerCheck.sameParagraphs) throw new Error(`the docx peer wrote a different document: ${JSON.stringify(extra.peerCheck)}`);

    // 8. 批量审阅 of 200 documents (fewer runs: seconds each)
    say('批量审阅: reviewBatch over 200 documents of ~10,000 characters');
    const rv = await measureReview(browser, url, { runs: Math.min(RUNS, 5), warmup: 1 });
    if (rv.rows !== 200 || rv.readable !== 200 || rv.links < 10) throw new Error(`reviewBatch gave ${rv.rows} rows, ${rv.readable} readable, ${rv.links} links`);
    rows.push(stat(`8. reviewBatch(200 files, ~${Math.round(rv.chars)} characters each)`, 'ms', rv.times, goalLe('≤ 5 s', GOALS.review200)));
    rows.push({ name: '   exportReview(200 rows, docx)', unit: 'ms', median: rv.exportMs });
    extra.review = { rows: rv.rows, links: rv.links, docxBytes: rv.docxBytes };

    // 7. Peer bundle
    rows.push({ name: '7. React 19 + docx reference app JS, gzip', unit: 'KB', median: peers.sizes.reactApp.gzip });
    rows.push({ name: '   ours (initial transfer), gzip', unit: 'KB', median: sz.total.gzip });
    extra.peerBundle = peers.sizes;
    extra.plan = { sections: plan.sections.length, textChars: textLength(plan), txtExportChars: core.txtChars, docxParagraphs: core.paragraphs };
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
    rmSync(root, { recursive: true, force: true });
    rmSync(peers.dir, { recursive: true, force: true });
  }

  const load1 = loadavg()[0];
  let commit = null;
  try { commit = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch {}
  console.log(`\nunion-plan benchmark — ${chromium}, node ${process.version}, ${RUNS} runs after ${WARMUP} warm-up`);
  console.log(`machine: ${cpus().length} CPUs, load average ${load0.toFixed(2)} at start, ${load1.toFixed(2)} at end (timings are noisy on a busy machine)`);
  console.log(`large plan: ${extra.plan.sections} sections, ${extra.plan.textChars} characters of text, ${extra.plan.docxParagraphs} paragraphs`);
  console.log(table(rows));
  const pc = extra.peerCheck;
  console.log(`peer check: same ${pc.paragraphs.ours} paragraphs in order; PAGE field in ${pc.peerFootersWithPageField} peer footers; docx ours ${(pc.docxBytes.ours / KB).toFixed(1)} KB, peer ${(pc.docxBytes.peer / KB).toFixed(1)} KB (both deflated)`);
  if (extra.network.missingFromNetwork.length || extra.network.notInSizesList.length) {
    console.log(`network vs scripts/sizes.mjs: not fetched ${JSON.stringify(extra.network.missingFromNetwork)}, fetched but not listed ${JSON.stringify(extra.network.notInSizesList)}`);
  }
  const misses = rows.filter((r) => r.goal && !r.goal.ok).length;
  console.log(`${rows.filter((r) => r.goal).length - misses} goals met, ${misses} missed`);

  const results = {
    date: new Date().toISOString(), commit, dist: DIST, chromium, node: process.version, cpus: cpus().length, loadavg: [load0, load1], runs: RUNS, warmup: WARMUP, goals: GOALS,
    rows: rows.map(({ samples, ...r }) => ({ ...r, samples: samples?.map((x) => Math.round(x * 1000) / 1000) })),
    ...extra,
  };
  // Bulky byte arrays stay out of the file.
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  say('wrote bench/results.json');
  if (process.env.BENCH_STRICT === '1' && misses) process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(2); });
