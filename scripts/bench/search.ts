/**
 * Search cost in the browser: the bytes the first query downloads (everything fetched from focusing
 * the box to its first results), and the median time of later queries over a fixed list.
 */
import type { Page } from 'playwright';
import { measure } from './page-weight.ts';

export const QUERIES = [
  'strategy discussion', 'initial child protection conference', 'rapid review', 'serious case review',
  'section 47', 'core group', 'child death', 'safeguarding partners', 'early help', 'designated officer',
  'SCR', 'LSCB', 'WT2010 5.82', 'timescale', 'looked after', 'independent scrutiny',
];

export async function searchCost(page: Page, url: string): Promise<{ firstQueryBytes: number; medianMs: number; p95Ms: number }> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const first = await measure(page, async () => {
    await page.getByLabel('Search the guidance').click();
    await page.getByLabel('Search the guidance').fill('strategy discussion');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  });
  const times = await page.evaluate(async (queries) => {
    const base = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href.replace(/favicon\.svg$/, '');
    const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    const out: number[] = [];
    for (const q of [...queries, ...queries]) {
      const t0 = performance.now();
      const s = await pf.search(q);
      await Promise.all(s.results.slice(0, 8).map((r: { data(): Promise<unknown> }) => r.data()));
      out.push(performance.now() - t0);
    }
    return out.slice(queries.length); // the second round: every query is now a "later" one
  }, QUERIES);
  times.sort((a, b) => a - b);
  return {
    firstQueryBytes: first.html + first.css + first.js + first.other,
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.floor(times.length * 0.95)],
  };
}

/** Citations of our own, typed into the header box: each is answered from the citation index alone. */
export const CITATIONS = [
  'Chapter 4 (Working Together 2010) ‘Training, development and supervision for inter-agency working’',
  'the principles set out in chapter 1 of the guidance Working Together to Safeguard Children 2023',
  'Working Together 2023 Ch 2 — Managing allegations', 'WT2018 (amended Dec 2020) Pg.80', 'Flowchart 3 Immediate Protection',
  'WT2010 5.82', 'Working Together 2013, set out at page 26', '(Definition provided by Working Together 2015)',
];

/**
 * A citation answered from a fresh page: the bytes downloaded from focusing the box to its answer
 * (the citation index, no Pagefind), the time from the keystroke to the answer shown, and the
 * median time of later citations (the index already loaded).
 */
export async function citationCost(page: Page, url: string): Promise<{ bytes: number; firstMs: number; medianMs: number; fullTextLoaded: boolean }> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const box = page.getByLabel('Search the guidance');
  const list = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  let firstMs = 0;
  const w = await measure(page, async () => {
    await box.click();
    await page.getByRole('combobox', { name: 'Search the guidance' }).waitFor();
    const t0 = Date.now();
    await page.getByRole('combobox', { name: 'Search the guidance' }).fill(CITATIONS[0]);
    await list.first().waitFor();
    firstMs = Date.now() - t0;
  });
  const times: number[] = [];
  for (const q of CITATIONS.slice(1)) {
    const combo = page.getByRole('combobox', { name: 'Search the guidance' });
    await combo.fill('');
    await list.first().waitFor({ state: 'detached' }).catch(() => {});
    const t0 = Date.now();
    await combo.fill(q);
    await page.locator('[data-search-message]').filter({ hasText: 'Read as:' }).waitFor();
    times.push(Date.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    bytes: w.html + w.css + w.js + w.other,
    firstMs,
    medianMs: times[Math.floor(times.length / 2)],
    fullTextLoaded: requested.some((u) => u.includes('/pagefind/')),
  };
}
