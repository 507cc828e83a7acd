/**
 * Every internal link and fragment in the built site resolves. A broken one is reported with the
 * built file and line, the source file and line where the link was written (when it sits inside
 * a provision or section), the missing target, and the targets that do exist nearby.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { BuiltSite, PageLink, BuiltPage } from './built-pages.ts';

export interface BrokenLink {
  page: string;
  line: number;
  href: string;
  problem: string;
  nearby: string[];
  within?: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The nearest existing targets to a missing one, closest first. */
function near(target: string, candidates: Iterable<string>, count = 3): string[] {
  const list = [...candidates];
  if (!list.length) return [];
  const first = closest(target, list);
  return [first, ...list.filter((c) => c !== first).sort((a, b) => distance(target, a) - distance(target, b))].slice(0, count);
}

function checkLink(site: BuiltSite, page: BuiltPage, link: PageLink, base: string): BrokenLink | null {
  const { href } = link;
  if (!href || EXTERNAL.test(href)) return null;
  const url = new URL(href, `http://site${base}${page.path.slice(1)}`);
  if (!url.pathname.startsWith(base)) return { page: page.file, line: link.line, href, problem: `it leaves the site's base path ${base}`, nearby: [], within: link.within };
  const path = `/${decodeURI(url.pathname.slice(base.length))}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  const target = site.pages.get(path) ?? (path.endsWith('/') ? undefined : site.pages.get(`${path}/`));
  if (!target) {
    if (site.files.has(path) && !fragment) return null;
    const pagePaths = [...site.pages.keys()];
    return { page: page.file, line: link.line, href, problem: `no page or file is published at ${path}`, nearby: near(path, pagePaths), within: link.within };
  }
  if (fragment && !target.ids.has(fragment))
    return { page: page.file, line: link.line, href, problem: `${path} has no element with id "${fragment}"`, nearby: near(fragment, target.ids).map((id) => `#${id}`), within: link.within };
  return null;
}

export function checkBuiltLinks(site: BuiltSite, base: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of site.pages.values())
    for (const link of page.links) {
      const b = checkLink(site, page, link, base.replace(/\/?$/, '/'));
      if (b) broken.push(b);
    }
  return broken;
}

/** One problem, ready to print. `source` maps an enclosing id on a page to where it was written. */
export function formatBrokenLink(b: BrokenLink, source?: (page: string, id: string) => string | undefined): string {
  const written = b.within && source?.(b.page, b.within);
  return [
    `dist/${b.page}:${b.line}  Link "${b.href}": ${b.problem}.`,
    ...(written ? [`    Written at: ${written}`] : []),
    `    Nearby targets that exist: ${b.nearby.length ? b.nearby.join(', ') : 'none'}`,
    '    Fix: point the link at an existing page or id (content links are written [words](#id)).',
  ].join('\n');
}
