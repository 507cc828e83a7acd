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
