/** Reads facts about the built site the browser tests run against (the folder `astro preview` serves). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const OUT_DIR = resolve(process.env.WTN_OUT_DIR ?? 'dist');

/** Every page path in the sitemap, relative to the site's base ("", "2010/", ...). */
export function sitemapPaths(): string[] {
  const files = readdirSync(OUT_DIR).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const locs = files.flatMap((f) => [...readFileSync(join(OUT_DIR, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
  const base = (process.env.WTN_BASE ?? '/').replace(/\/?$/, '/');
  return locs.map((p) => p.slice(base.length));
}

/** The Content-Security-Policy header the built _headers file gives every page. */
export function headerPolicy(): string {
  const text = readFileSync(join(OUT_DIR, '_headers'), 'utf8');
  return /Content-Security-Policy: (.+)/.exec(text)![1];
}

/** One built page under a folder (the first, by name), for page types whose paths vary. */
export function firstPageUnder(folder: string): string | undefined {
  const dir = join(OUT_DIR, folder);
  if (!existsSync(dir)) return undefined;
  const nested = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html') && f.includes('/')).sort();
  return nested.length ? `${folder}/${nested[0].replace(/index\.html$/, '')}` : undefined;
}

/** One page of every type the site has. */
export function pageTypes(): [string, string][] {
  const list: [string, string | undefined][] = [
    ['home', ''], ['edition', '2026/'], ['chapter', '2010/chapter-5/'], ['key changes', '2018/key-changes/'], ['glossary', '2015/glossary/'],
    ['comparison', 'compare/2015/2018/'], ['action plan', 'compare/2023/2026/action-plan/'], ['history', 'history/2010/icpc-timing/'],
    ['terms', 'terms/'], ['search', 'search/?q=conference'], ['about', 'about/'], ['how to read', 'how-to-read/'], ['review', 'review/'], ['offline', 'offline/'],
    ['flowchart', firstPageUnder('flowcharts')], ['session', firstPageUnder('sessions')], ['decision tree', firstPageUnder('trees')],
  ];
  return list.filter((x): x is [string, string] => x[1] !== undefined);
}
