// Import structure on the real-text corpus (issue 18): two open-source 公文
// parsers as peers against ours, on every `tests/corpus/NNN.txt`, with the
// checks of `tests/import_real.rs` that the peers can answer (title exact,
// level-1 headings exact per file, heading recall and precision, signature).
// The result and how each peer is run are in `bench/peer-import.md`.
//
//   node bench/peer-import.mjs --gongwen PATH --formatter PATH [options]
//
//   --gongwen PATH    hehecat/gongwen: a work tree, or the git directory the
//                     session's `fetch` tool gives (read with `git archive`)
//   --formatter PATH  xxxpixel-x/gongwen-formatter: a directory holding
//                     `src/gongwen_formatter/classify.py` (work tree or git dir)
//   --dist PATH       our wasm package (default: dist/pkg of this repository)
//   --corpus PATH     default: tests/corpus of this repository
//   --node-modules PATH  where to find esbuild if `import 'esbuild'` fails
//   --python CMD      default python3 (the formatter is Python)
//   --cargo-log FILE  also a column for ours at this tree's source: the output
//                     of `cargo test --test import_real -- --nocapture` (a file
//                     passes a check unless a MISS line names it; a missed
//                     file's headings are the `got` of its MISS line)
//   --misses          print each file a parser gets wrong, check by check
//   --json FILE       write every file's results as JSON
//
// Nothing of either peer is kept in this repository: the runner bundles or
// loads their files from the given paths into a temporary directory, as a
// peer only.
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function args(argv) {
  const o = { dist: join(repo, 'dist/pkg'), corpus: join(repo, 'tests/corpus'), python: 'python3' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--misses') o.misses = true;
    else if (a.startsWith('--')) o[a.slice(2).replace(/-(.)/g, (_, c) => c.toUpperCase())] = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.gongwen || !o.formatter) {
    console.error('usage: node bench/peer-import.mjs --gongwen PATH --formatter PATH [--dist PATH] [--misses] [--json FILE]');
    process.exit(2);
  }
  return o;
}

// ---------------------------------------------------------------- corpus
// As `corpus()` in tests/import_real.rs: the header is everything before the
// first "\n---\n", one `key: value` per line (split at the first `:`, both
// trimmed, a later key overriding an earlier one).

function corpus(dir) {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      const at = raw.indexOf('\n---\n');
      if (at < 0) throw new Error(`${name}: no --- line`);
      const fields = {};
      for (const line of raw.slice(0, at).split('\n')) {
        const l = line.endsWith('\r') ? line.slice(0, -1) : line;
        const c = l.indexOf(':');
        if (c >= 0) fields[rtrim(l.slice(0, c))] = rtrim(l.slice(c + 1));
      }
      return { name, fields, text: raw.slice(at + 5) };
    });
}

// Rust's char::is_whitespace (Unicode White_Space); JS `\s` differs (U+FEFF).
const WS = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
function rtrim(s) {
  let a = 0, b = s.length;
  while (a < b && WS.test(s[a])) a++;
  while (b > a && WS.test(s[b - 1])) b--;
  return s.slice(a, b);
}

// `norm` of tests/import_real.rs.
const HALF = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const END = '。，：；.、！？';
function norm(s) {
  let t = '';
  for (const c of s) {
    if (WS.test(c) || '"“”‘’\'「」*'.includes(c)) continue;
    t += HALF[c] ?? c;
  }
  while (t.length && END.includes(t[t.length - 1])) t = t.slice(0, -1);
  return t;
}
const list = (v) => (v ?? '').split('|').map(rtrim).filter((s) => s);
const byCodePoint = (a, b) => {
  const x = [...a], y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d) return d;
  }
  return x.length - y.length;
};

// --------------------------------------------------------------- results
// Each parser gives, per text: title (lines joined), level-1 headings (as
// written, without their numbering), signature (`organisation | YYYY-MM-DD`,
// `organisation |`, `| date`, or "" for none), compared as the Rust scorer does.

function score(doc, got) {
  const f = (k) => doc.fields[k] ?? '';
  const want = list(f('headings')).map(norm).sort(byCodePoint);
  const heads = got.headings.map(norm).filter((h) => h).sort(byCodePoint);
  const hits = heads.filter((h) => want.includes(h)).length;
  return {
    title: norm(got.title) === norm(f('title')),
    headings: heads.length === want.length && heads.every((h, i) => h === want[i]),
    hits,
    given: heads.length,
    expected: want.length,
    signature: norm(got.signature) === norm(f('signature')),
    got: { title: got.title, headings: heads.join(' | '), signature: got.signature },
  };
}

function signature(org, date) {
  if (!org && !date) return '';
  return `${org} | ${date ?? ''}`.trimEnd();
}

const CN_DIGIT = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnInt(s) {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.includes('十')) {
    const [t, o] = s.split('十');
    const tens = t ? CN_DIGIT[t] : 1, ones = o ? CN_DIGIT[o] : 0;
    return tens == null || ones == null ? null : tens * 10 + ones;
  }
  return s.length === 1 ? CN_DIGIT[s] ?? null : null;
}
/** `2019年2月18日` / `二〇一九年二月十八日` as `2019-02-18`; else the text as it is. */
function isoDate(text) {
  const m = /^\s*([0-9〇零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*日\s*$/.exec(text);
  if (!m) return text;
  const y = [...m[1]].map((c) => (/\d/.test(c) ? c : CN_DIGIT[c])).join('');
  const mo = cnInt(m[2]), d = cnInt(m[3]);
  if (mo == null || d == null) return text;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ----------------------------------------------------------------- peers

/** A checkout's files: the directory itself, or a git directory exported. */
function checkout(path, probe, tmp, name) {
  if (existsSync(join(path, probe))) return { dir: path, commit: gitHead(path) };
  const out = join(tmp, name);
  execFileSync('mkdir', ['-p', out]);
  const tar = execFileSync('git', ['--git-dir', path, 'archive', 'HEAD'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', out], { input: tar });
  if (!existsSync(join(out, probe))) throw new Error(`${path}: no ${probe}`);
  return { dir: out, commit: gitHead(path) };
}
function gitHead(path) {
  const how = existsSync(join(path, 'HEAD')) ? ['--git-dir', path] : existsSync(join(path, '.git')) ? ['-C', path] : null;
  for (const a of how ? [how] : []) {
    try {
      return execFileSync('git', [...a, 'rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {}
  }
  return '(not a git checkout)';
}

async function esbuild(o) {
  try {
    return await import('esbuild');
  } catch (e) {
    for (const dir of [o.nodeModules, join(process.cwd(), 'node_modules')].filter(Boolean)) {
      try {
        return createRequire(join(resolve(dir), 'x.js'))('esbuild');
      } catch {}
    }
    throw new Error('esbuild not found: run `npm ci` or pass --node-modules PATH');
  }
}

/** hehecat/gongwen: the app's pipeline `parseGongwen(sanitizeText(text).text)` (App.tsx). */
async function loadGongwen(o, tmp) {
  const co = checkout(o.gongwen, 'src/parser/parser.ts', tmp, 'gongwen');
  const { build } = await esbuild(o);
  const out = await build({
    stdin: {
      contents:
        "export { parseGongwen } from './src/parser/parser.ts';\n" +
        "export { sanitizeText } from './src/utils/sanitize.ts';\n",
      resolveDir: co.dir,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const file = join(tmp, 'gongwen-parser.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  const { parseGongwen, sanitizeText } = await import(pathToFileURL(file).href);
  const H1 = /^[一二三四五六七八九十]+、/; // its HEADING_1_RE
  const run = (text) => {
    const ast = parseGongwen(sanitizeText(text).text);
    const body = ast.body;
    let end = body.length; // its logical end: trailing attachments left out
    while (end > 0 && body[end - 1].type === 'ATTACHMENT') end--;
    const last = body[end - 1];
    const date = last && last.type === 'DATE' ? isoDate(last.content) : null;
    const org = body.filter((n) => n.type === 'SIGNATURE').map((n) => n.content).join('');
    return {
      title: ast.title ? ast.title.content.replace(/\r?\n/g, '') : '',
      headings: body.filter((n) => n.type === 'HEADING_1').map((n) => n.content.replace(H1, '')),
      signature: signature(org, date),
    };
  };
  return { run, commit: co.commit };
}

/** gongwen-formatter: `classify([clean(p) for p in paragraphs if clean(p)])`, each line a paragraph. */
function runFormatter(o, tmp, docs) {
  const co = checkout(o.formatter, 'src/gongwen_formatter/classify.py', tmp, 'formatter');
  const driver = `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("gw_classify", sys.argv[1])
m = importlib.util.module_from_spec(spec)
sys.modules["gw_classify"] = m
spec.loader.exec_module(m)
out = []
for text in json.load(sys.stdin):
    paras = [m.clean(p) for p in text.split("\\n")]
    out.append([[it.role.value, it.text] for it in m.classify([p for p in paras if p])])
json.dump(out, sys.stdout, ensure_ascii=False)
`;
  const res = execFileSync(o.python, ['-c', driver, join(co.dir, 'src/gongwen_formatter/classify.py')], {
    input: JSON.stringify(docs.map((d) => d.text)),
    maxBuffer: 1 << 30,
  });
  const H1 = /^[一二三四五六七八九十百零〇]+、/; // its label after normalize_number
  const results = JSON.parse(res.toString()).map((items) => {
    const dates = items.filter(([r]) => r === 'date');
    return {
      title: items.filter(([r]) => r === 'title').map(([, t]) => t).join(''),
      headings: items.filter(([r]) => r === 'h1').map(([, t]) => t.replace(H1, '')),
      signature: signature(
        items.filter(([r]) => r === 'signature').map(([, t]) => t).join(''),
        dates.length ? isoDate(dates[dates.length - 1][1]) : null,
      ),
    };
  });
  return { results, commit: co.commit };
}

/** Ours: `importTextWithReport` of the wasm package, read as tests/import_real.rs reads the plan. */
async function loadOurs(o) {
  const mod = await import(pathToFileURL(join(o.dist, 'union_plan.js')).href);
  await mod.default({ module_or_path: readFileSync(join(o.dist, 'union_plan_bg.wasm')) });
  const run = (text) => {
    const p = mod.importTextWithReport(text).plan;
    const heads = p.sections.map((s) => s.heading);
    if (p.headings) heads.push(...Object.values(p.headings).filter((h) => typeof h === 'string'));
    if (p.next && p.next.title) heads.push(p.next.title.split('\n')[0]);
    const s = p.signature;
    const sig = !s.date && !s.organization ? '' : `${s.organization} | ${s.date ?? ''}`.trimEnd();
    return { title: p.title.replace(/\r?\n/g, ''), headings: heads, signature: sig };
  };
  return { run };
}

/** Ours from the Rust scorer's output: per file, what its MISS lines say, else what was expected. */
function fromCargoLog(file, docs) {
  const miss = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^MISS (\S+) (title|headings|signature): want «.*» got «(.*)»$/.exec(line);
    if (m) miss.set(`${m[1]} ${m[2]}`, m[3]);
  }
  if (!/^overall /m.test(readFileSync(file, 'utf8'))) throw new Error(`${file}: no scorer table (did the test run?)`);
  return docs.map((d) => {
    const get = (k, want) => (miss.has(`${d.name} ${k}`) ? miss.get(`${d.name} ${k}`) : want);
    const h = miss.get(`${d.name} headings`);
    return {
      title: get('title', d.fields.title ?? ''),
      headings: h === undefined ? list(d.fields.headings) : h.split(' | '),
      signature: get('signature', d.fields.signature ?? ''),
    };
  });
}

// ------------------------------------------------------------------ main

const CHECKS = [
  ['title', 'title exact', 'files'],
  ['headings', 'level-1 headings exact per file (the whole set right)', 'files'],
  ['recall', 'level-1 headings found (recall)', 'expected headings'],
  ['precision', 'level-1 headings given that are right (precision)', 'headings each gives'],
  ['signature', 'signature as expected', 'files'],
];
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

function tally(rows) {
  const t = { files: rows.length, title: 0, headings: 0, signature: 0, hits: 0, given: 0, expected: 0 };
  for (const r of rows) {
    t.title += r.title;
    t.headings += r.headings;
    t.signature += r.signature;
    t.hits += r.hits;
    t.given += r.given;
    t.expected += r.expected;
  }
  return t;
}
function cell(t, check) {
  if (check === 'recall') return `${t.hits} (${pct(t.hits, t.expected)})`;
  if (check === 'precision') return `${t.hits} of ${t.given} (${pct(t.hits, t.given)})`;
  return `${t[check]} (${pct(t[check], t.files)})`;
}
function table(label, docs, names, scored, pick) {
  const idx = docs.map((d, i) => (pick(d) ? i : -1)).filter((i) => i >= 0);
  const ts = names.map((n) => tally(idx.map((i) => scored[n][i])));
  const wantSigs = idx.filter((i) => docs[i].fields.signature).length;
  console.log(`\n### ${label}: ${idx.length} texts, ${ts[0].expected} expected level-1 headings, ${wantSigs} expecting a signature\n`);
  console.log(`| check | ${names.join(' | ')} | counted over |`);
  console.log(`| --- | ${names.map(() => '---').join(' | ')} | --- |`);
  for (const [k, text, over] of CHECKS) {
    const n = over === 'files' ? `${idx.length} files` : over === 'expected headings' ? `${ts[0].expected} expected headings` : over;
    console.log(`| ${text} | ${ts.map((t) => cell(t, k)).join(' | ')} | ${n} |`);
  }
}

const o = args(process.argv.slice(2));
const docs = corpus(o.corpus);
const tmp = mkdtempSync(join(tmpdir(), 'peer-import-'));
try {
  const gw = await loadGongwen(o, tmp);
  const fm = runFormatter(o, tmp, docs);
  const ours = await loadOurs(o);
  const names = ['hehecat/gongwen', 'gongwen-formatter', 'ours'];
  const got = {
    'hehecat/gongwen': docs.map((d) => gw.run(d.text)),
    'gongwen-formatter': fm.results,
    ours: docs.map((d) => ours.run(d.text)),
  };
  if (o.cargoLog) {
    names.push('ours (cargo)');
    got['ours (cargo)'] = fromCargoLog(o.cargoLog, docs);
  }
  const scored = Object.fromEntries(names.map((n) => [n, docs.map((d, i) => score(d, got[n][i]))]));
  console.log(`corpus ${o.corpus}: ${docs.length} texts`);
  console.log(`hehecat/gongwen: ${gw.commit}`);
  console.log(`gongwen-formatter: ${fm.commit}`);
  console.log(`ours: ${o.dist} (wasm written ${statSync(join(o.dist, 'union_plan_bg.wasm')).mtime.toISOString()})`);
  if (o.cargoLog) console.log(`ours (cargo): ${o.cargoLog}, this tree at ${gitHead(repo)}`);
  table('The whole corpus', docs, names, scored, () => true);
  const setNo = (d) => Number((/^heldout(\d+)$/.exec(d.fields.set ?? '') ?? [])[1] ?? 0);
  const late = [...new Set(docs.filter((d) => setNo(d) >= 18).map((d) => d.fields.set))].sort(
    (a, b) => setNo({ fields: { set: a } }) - setNo({ fields: { set: b } }),
  );
  if (late.length) {
    table(`Held-out sets ${late[0]}–${late[late.length - 1]}`, docs, names, scored, (d) => setNo(d) >= 18);
    console.log('\nper set (title / heading sets / recall / precision / signature):\n');
    for (const s of late) {
      const idx = docs.map((d, i) => (d.fields.set === s ? i : -1)).filter((i) => i >= 0);
      const line = names.map((n) => {
        const t = tally(idx.map((i) => scored[n][i]));
        return `${n} ${t.title}/${t.headings}/${pct(t.hits, t.expected)}/${pct(t.hits, t.given)}/${t.signature}`;
      });
      console.log(`- ${s} (${idx.length} texts): ${line.join('; ')}`);
    }
  }
  if (o.misses) {
    console.log('');
    for (const n of names) {
      docs.forEach((d, i) => {
        const r = scored[n][i];
        for (const k of ['title', 'headings', 'signature']) {
          if (!r[k]) console.log(`MISS ${n} ${d.name} ${k}: want «${d.fields[k] ?? ''}» got «${r.got[k]}»`);
        }
      });
    }
  }
  if (o.json) {
    writeFileSync(
      o.json,
      JSON.stringify(docs.map((d, i) => ({ file: d.name, set: d.fields.set ?? null, ...Object.fromEntries(names.map((n) => [n, scored[n][i]])) })), null, 1),
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
