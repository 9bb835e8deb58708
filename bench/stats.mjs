// Statistics, the results table and a minimal ZIP reader for the benchmark.
import { inflateRawSync } from 'node:zlib';

/** Nearest-rank percentile (p in 0..100) of the numbers. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

export const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** { median, p95, min, max, n } of the samples. */
export function summary(xs) {
  return { median: median(xs), p95: percentile(xs, 95), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

const fmt = (v, unit) => {
  if (v == null || Number.isNaN(v)) return '—';
  if (unit === 'KB') return `${(v / 1024).toFixed(1)} KB`;
  if (unit === 'ms') return `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
  if (unit === 'x') return `${v.toFixed(2)}×`;
  return String(v);
};

/**
 * Rows: { name, unit, median, p95?, goal?: { label, ok: bool }, note? }.
 * Returns the table as text, one row a line.
 */
export function table(rows) {
  const head = ['measurement', 'median', 'p95', 'goal', 'status'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.median, r.unit),
    r.p95 == null ? '' : fmt(r.p95, r.unit),
    r.goal ? r.goal.label : '',
    r.goal ? (r.goal.ok ? 'PASS' : 'MISS') : (r.note || 'info'),
  ]);
  // CJK characters take two columns in a terminal.
  const w = (s) => [...s].reduce((n, c) => n + (c.codePointAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(w(h), ...body.map((r) => w(r[i]))));
  const line = (cells) => cells.map((c, i) => c + ' '.repeat(widths[i] - w(c))).join('  ').trimEnd();
  return [line(head), widths.map((n) => '-'.repeat(n)).join('  '), ...body.map(line)].join('\n');
}

/** The entries of a ZIP archive (stored or deflated) as [name, bytes]. */
export function unzip(buf) {
  buf = Buffer.from(buf);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28), xlen = buf.readUInt16LE(p + 30), clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + csize);
    out.push([name, method === 0 ? raw : inflateRawSync(raw)]);
    p += 46 + nlen + xlen + clen;
  }
  return out;
}

/** Paragraph texts of a WordprocessingML part, in order (runs joined, tabs as \t). */
export function paragraphTexts(xml) {
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
  const paras = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) || [];
  return paras.map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] == null ? '\t' : unescape(m[1]))).join(''));
}
