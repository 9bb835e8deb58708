// The reference JS app for the bundle-size comparison: what the editor would
// be with the usual JS stack (React 19 + npm `docx`): a small form, a live
// preview and an export button. Only its minified + gzipped size is measured
// (bench/peers.mjs); it is never shipped.
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { toBlob } from './docx-peer.mjs';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n) => (n <= 10 ? CN[n - 1] : n < 20 ? `十${CN[n - 11]}` : String(n));

function paragraphs(plan) {
  const out = [{ kind: 'title', head: plan.title || `${plan.organization}${plan.year}年工作计划`, tail: '' }];
  if (plan.guiding) out.push({ kind: 'body', head: plan.guiding, tail: '' });
  plan.sections.forEach((s, i) => {
    out.push({ kind: 'h1', head: `${numeral(i + 1)}、${s.heading}`, tail: '' });
    if (s.body) out.push({ kind: 'body', head: s.body, tail: '' });
  });
  out.push({ kind: 'sig', head: plan.organization, tail: '', right: 2 });
  return out;
}

function App() {
  const [plan, setPlan] = useState({ title: '', organization: '', year: 2026, guiding: '', sections: [{ heading: '', body: '' }] });
  const paras = useMemo(() => paragraphs(plan), [plan]);
  const set = (k) => (e) => setPlan({ ...plan, [k]: e.target.value });
  const setSection = (i, k) => (e) => setPlan({ ...plan, sections: plan.sections.map((s, j) => (j === i ? { ...s, [k]: e.target.value } : s)) });
  const exportDocx = async () => {
    const blob = await toBlob(paras, { title: paras[0].head, creator: plan.organization });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${paras[0].head}.docx`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return (
    <div className="app">
      <form onSubmit={(e) => e.preventDefault()}>
        <label>单位名称<input value={plan.organization} onChange={set('organization')} /></label>
        <label>年度<input type="number" value={plan.year} onChange={set('year')} /></label>
        <label>标题<input value={plan.title} onChange={set('title')} /></label>
        <label>指导思想<textarea value={plan.guiding} onChange={set('guiding')} /></label>
        {plan.sections.map((s, i) => (
          <fieldset key={i}>
            <input aria-label="标题" value={s.heading} onChange={setSection(i, 'heading')} />
            <textarea aria-label="正文" value={s.body} onChange={setSection(i, 'body')} />
          </fieldset>
        ))}
        <button type="button" onClick={() => setPlan({ ...plan, sections: [...plan.sections, { heading: '', body: '' }] })}>添加一级标题</button>
        <button type="button" onClick={exportDocx}>导出 Word</button>
      </form>
      <article className="preview">{paras.map((p, i) => <p key={i} className={p.kind}>{p.head}</p>)}</article>
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
