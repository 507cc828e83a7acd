/**
 * npm run bench: prints what each page type costs a reader, what search costs, and how long the
 * real and a tenfold synthetic corpus take to build, each against its budget. Exit 1 if over.
 * Budgets (issue 9): text pages <= 5 KB gzip of JS before searching; render-blocking bytes on every
 * chapter page <= 14 KB gzip with no blocking web font; tree pages <= 80 KB gzip of JS; search first
 * query < 200 KB, later queries median < 50 ms; a citation answered without the full-text index, its first
 * answer < 100 KB and later ones < 400 ms from typing to answer; real build < 60 s; tenfold < 10x the real build.
 * BENCH_QUICK=1 skips the tenfold build.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.ts';
import { benchImport } from './official-import.ts';
import { benchAlign } from './official-align.ts';
import { timeBuild } from './build-time.ts';
import { measure } from './page-weight.ts';
import { renderBlockingBytes } from './render-blocking.ts';
import { citationCost, searchCost } from './search.ts';
import { serve } from './serve.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const work = mkdtempSync(join(tmpdir(), 'wtn-bench-'));
const base = (process.env.WTN_BASE ?? '/').replace(/\/?$/, '/');
const failures: string[] = [];
const check = (ok: boolean, what: string) => { if (!ok) failures.push(what); return ok ? 'within budget' : 'OVER BUDGET'; };

console.log('Building the real corpus ...');
const real = timeBuild(resolve('content'), join(work, 'real'));
if (!real.ok) { console.error(real.output); process.exit(1); }
/** The first page (by name) one or more folders below `under`: a page of that type. */
const firstDir = (under: string) => {
  try {
    const pages = (readdirSync(join(work, 'real', under), { recursive: true }) as string[]).filter((x) => x.endsWith('index.html') && x.includes('/')).sort();
    return pages.length ? `${under}/${pages[0].replace(/index\.html$/, '')}` : undefined;
  } catch { return undefined; }
};
const TYPES: [string, string | undefined, 'text' | 'tree' | 'other'][] = [
  ['home', '', 'text'], ['edition', '2026/', 'text'], ['chapter', '2010/chapter-5/', 'text'], ['key changes', '2018/key-changes/', 'text'],
  ['glossary', '2010/glossary/', 'text'], ['comparison', 'compare/2015/2018/', 'text'], ['action plan', 'compare/2023/2026/action-plan/', 'other'], ['document checker', 'check/', 'other'],
  ['history', 'history/2010/icpc-timing/', 'text'], ['terms', 'terms/', 'text'], ['search page', 'search/', 'other'],
  ['flowchart', firstDir('flowcharts'), 'text'], ['session', firstDir('sessions'), 'text'], ['decision tree', firstDir('trees'), 'tree'],
];

const server = await serve(join(work, 'real'), Number(process.env.WTN_BENCH_PORT ?? 4390));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
console.log('\nPage type        HTML+CSS gz   JS gz      requests   (first visit, empty cache)');
for (const [name, path, kind] of TYPES) {
  if (path === undefined) { console.log(`${name.padEnd(16)} (no such page in this build)`); continue; }
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const w = await measure(fresh, () => fresh.goto(`${server.url}${path}`));
  await context.close();
  const budget = kind === 'text' ? 5 * 1024 : kind === 'tree' ? 80 * 1024 : Infinity;
  const verdict = Number.isFinite(budget) ? check(w.js <= budget, `${name}: ${KB(w.js)} of JS`) : '';
  console.log(`${name.padEnd(16)} ${KB(w.html + w.css).padStart(10)}  ${KB(w.js).padStart(9)}  ${String(w.requests).padStart(5)}   ${verdict}`);
}

const chapters = (readdirSync(join(work, 'real'), { recursive: true }) as string[]).filter((f) => /^\d{4}\/(chapter|appendix)[^/]*\/index\.html$/.test(f));
const blocking = chapters.map((f) => ({ f, ...renderBlockingBytes(join(work, 'real'), f, base) })).sort((a, b) => b.bytes - a.bytes);
console.log(`\nRender-blocking bytes, chapter pages: largest ${KB(blocking[0].bytes)} (${blocking[0].f}), median ${KB(blocking[Math.floor(blocking.length / 2)].bytes)}, web fonts blocking: ${Math.max(...blocking.map((b) => b.fonts))}  ${check(blocking[0].bytes <= 14 * 1024 && blocking.every((b) => b.fonts === 0), `render-blocking ${KB(blocking[0].bytes)}`)}`);

const page = await (await browser.newContext()).newPage();
const s = await searchCost(page, `${server.url}2010/chapter-5/`);
console.log(`Search: first query downloads ${KB(s.firstQueryBytes)} ${check(s.firstQueryBytes < 200 * 1024, 'first query bytes')}; later queries median ${s.medianMs.toFixed(1)} ms, 95th percentile ${s.p95Ms.toFixed(1)} ms ${check(s.medianMs < 50, 'later query time')}`);
const c = await citationCost(await (await browser.newContext()).newPage(), `${server.url}2010/chapter-5/`);
console.log(`Citation: answered from the citation index alone (${c.fullTextLoaded ? 'FULL-TEXT INDEX LOADED' : 'no full-text index loaded'}) ${check(!c.fullTextLoaded, 'citation loaded the full-text index')}; first citation downloads ${KB(c.bytes)} and shows in ${c.firstMs} ms ${check(c.bytes < 100 * 1024, 'first citation bytes')}; later citations median ${c.medianMs} ms (typing to answer, with the box's 120 ms pause) ${check(c.medianMs < 400, 'later citation time')}`);
await browser.close();
server.stop();

// The official-text importer and alignment (issue 14), on made-up documents of our own.
const imported = await benchImport();
console.log(`Official text: a 200-page PDF of mixed layouts imports in ${imported.seconds.toFixed(1)} s, ${imported.pagesPerSecond.toFixed(1)} pages/s (${imported.paragraphs} of ${imported.expected} paragraphs) ${check(imported.ok, 'import time')}`);
const aligned = benchAlign();
console.log(`Official text: two 1,000-paragraph editions align in ${aligned.seconds.toFixed(1)} s ${check(aligned.ok, 'align time')}; precision ${(aligned.precision * 100).toFixed(1)}%, recall ${(aligned.recall * 100).toFixed(1)}% on a renumbered successor, ${aligned.unrelatedMatched} of 1,000 paragraphs of an unrelated rulebook matched`);

if (process.env.BENCH_QUICK === '1') {
  console.log(`\nBuild time: real corpus ${real.seconds.toFixed(1)} s ${check(real.seconds < 60, 'real build time')} (BENCH_QUICK=1: tenfold corpus skipped)`);
  if (failures.length) { console.log(`\nOver budget: ${failures.join('; ')}`); process.exit(1); }
  process.exit(0);
}
console.log('\nBuilding a synthetic corpus ten times the size ...');
writeSyntheticCorpus(resolve('content'), join(work, 'synthetic', 'content'), 10);
const synthetic = timeBuild(join(work, 'synthetic', 'content'), join(work, 'synthetic', 'dist'));
if (!synthetic.ok) { console.error(synthetic.output.slice(-3000)); process.exit(1); }
console.log(`Build time: real corpus ${real.seconds.toFixed(1)} s ${check(real.seconds < 60, 'real build time')}; tenfold corpus ${synthetic.seconds.toFixed(1)} s (${(synthetic.seconds / real.seconds).toFixed(1)}x) ${check(synthetic.seconds < 10 * real.seconds, 'tenfold build time')}`);

if (failures.length) { console.log(`\nOver budget: ${failures.join('; ')}`); process.exit(1); }
console.log('\nAll figures within budget.');
