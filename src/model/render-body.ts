/**
 * Renders provision summaries (Markdown nodes) to HTML for one page. Links written [words](#id)
 * become permanent addresses under the site's base path. Acronyms from the edition's glossary are
 * spelled out the first time they appear on the page, as <abbr> plus the expansion in brackets.
 */
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { RootContent } from 'mdast';
import { resolveLink } from './links.ts';
import type { EditionModel, Site } from './types.ts';

/** Prefixes a site path with the base path the site is built under ("/" or e.g. "/guidance/"). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** Per-page state: which acronyms have already been spelled out on this page. */
export interface PageRenderState {
  expanded: Set<string>;
}
export const newPageState = (): PageRenderState => ({ expanded: new Set() });

const patternCache = new WeakMap<EditionModel, { re: RegExp; meaning: Map<string, string> } | null>();

/** The edition's acronyms as one regular expression, built once per edition. */
function acronymPattern(edition: EditionModel): { re: RegExp; meaning: Map<string, string> } | null {
  if (patternCache.has(edition)) return patternCache.get(edition)!;
  const pattern = buildPattern(edition);
  patternCache.set(edition, pattern);
  return pattern;
}

function buildPattern(edition: EditionModel): { re: RegExp; meaning: Map<string, string> } | null {
  const meaning = new Map(edition.glossary.filter((g) => g.acronym).map((g) => [g.acronym!, g.term]));
  if (meaning.size === 0) return null;
  const alternation = [...meaning.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return { re: new RegExp(`\\b(${alternation})s?\\b`, 'g'), meaning };
}

function expandAcronyms(node: HastRoot | Element, edition: EditionModel, state: PageRenderState): void {
  const pattern = acronymPattern(edition);
  if (!pattern) return;
  const walk = (parent: HastRoot | Element) => {
    if (parent.type === 'element' && (parent.tagName === 'a' || parent.tagName === 'abbr')) return;
    const out: (ElementContent)[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type !== 'text') {
        if (child.type === 'element') walk(child);
        out.push(child);
        continue;
      }
      let last = 0;
      const text = (child as Text).value;
      for (const m of text.matchAll(pattern.re)) {
        const acronym = m[1];
        if (state.expanded.has(acronym)) continue;
        state.expanded.add(acronym);
        out.push({ type: 'text', value: text.slice(last, m.index) });
        out.push({ type: 'element', tagName: 'abbr', properties: { title: pattern.meaning.get(acronym) }, children: [{ type: 'text', value: m[0] }] });
        out.push({ type: 'text', value: ` (${pattern.meaning.get(acronym)})` });
        last = m.index! + m[0].length;
      }
      out.push({ type: 'text', value: text.slice(last) });
    }
    parent.children = out.filter((c) => c.type !== 'text' || c.value !== '') as typeof parent.children;
  };
  walk(node);
}

/** Renders one provision's summary to HTML, in page order (call in the order the page shows them). */
export function renderBody(site: Site, edition: EditionModel, body: RootContent[], base: string, state: PageRenderState): string {
  const hast = toHast({ type: 'root', children: body }) as HastRoot;
  const visit = (n: HastRoot | ElementContent) => {
    if (n.type === 'element' && n.tagName === 'a' && typeof n.properties.href === 'string') {
      const r = resolveLink(site, edition.id, n.properties.href);
      if (r.kind === 'anchor') n.properties.href = withBase(base, r.path);
    }
    if ('children' in n) n.children.forEach((c) => visit(c as ElementContent));
  };
  visit(hast);
  expandAcronyms(hast, edition, state);
  return toHtml(hast);
}

/** Spells out acronyms in a plain string (a heading, a title) as HTML, sharing the page state. */
export function renderInline(text: string, edition: EditionModel, state: PageRenderState): string {
  const root: HastRoot = { type: 'root', children: [{ type: 'text', value: text }] };
  expandAcronyms(root, edition, state);
  return toHtml(root);
}
