/**
 * Reads a built site: every HTML page with its ids and its outgoing links (with line numbers),
 * every other file by its URL path. What the link checker and the accessibility run start from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';

export interface PageLink {
  href: string;
  line: number;
  /** The id of the nearest enclosing element that has one (to map a link back to its source). */
  within?: string;
}
export interface BuiltPage {
  /** URL path under the site root, without base: "/2010/chapter-5/". */
  path: string;
  /** The file, relative to the built folder: "2010/chapter-5/index.html". */
  file: string;
  ids: Set<string>;
  links: PageLink[];
}
export interface BuiltSite {
  pages: Map<string, BuiltPage>;
  /** Every file's URL path ("/pagefind/pagefind.js"). */
  files: Set<string>;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function readPage(file: string, path: string, html: string): BuiltPage {
  const tree = fromHtml(html) as Root;
  const ids = new Set<string>();
  const links: PageLink[] = [];
  const visit = (node: Root | Element, within?: string) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const id = typeof child.properties.id === 'string' ? child.properties.id : undefined;
      if (id) ids.add(id);
      if (child.tagName === 'a' && typeof child.properties.name === 'string') ids.add(child.properties.name);
      const href = child.tagName === 'a' || child.tagName === 'link' ? child.properties.href : child.tagName === 'script' || child.tagName === 'img' ? child.properties.src : undefined;
      if (typeof href === 'string') links.push({ href, line: child.position?.start.line ?? 1, within: id ?? within });
      visit(child, id ?? within);
      if (child.tagName === 'template' && child.content) visit(child.content as unknown as Root, within);
    }
  };
  visit(tree);
  return { path, file, ids, links };
}

export function readBuiltSite(dir: string): BuiltSite {
  const pages = new Map<string, BuiltPage>();
  const files = new Set<string>();
  for (const abs of walk(dir)) {
    const rel = relative(dir, abs).split(sep).join('/');
    files.add(`/${rel}`);
    if (!rel.endsWith('.html')) continue;
    const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
    pages.set(path, readPage(rel, path, readFileSync(abs, 'utf8')));
  }
  return { pages, files };
}
