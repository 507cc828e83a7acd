/**
 * The printed page each section starts on, where a contents list gives it (<Section page="34 (2020-12)">),
 * keyed by the section's address (the model carries it as section.pages).
 */
import type { PrintedPage } from '../schemas/section.ts';
import { sectionsOf } from './queries.ts';
import type { Site } from './types.ts';

/** Section path -> its printed pages, one per printing. */
export type PrintedPages = Map<string, PrintedPage[]>;

const cache = new WeakMap<Site, PrintedPages>();

export function printedPages(site: Site): PrintedPages {
  const known = cache.get(site);
  if (known) return known;
  const out: PrintedPages = new Map(site.editions.flatMap((e) => sectionsOf(e).filter((s) => s.pages?.length).map((s) => [s.path, s.pages!] as const)));
  cache.set(site, out);
  return out;
}
/** "page 34 (December 2020 printing)" for a reader; printings are named by month and year. */
export function printingName(printing: string): string {
  const [y, m] = printing.split('-').map(Number);
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${month} ${y} printing`;
}
