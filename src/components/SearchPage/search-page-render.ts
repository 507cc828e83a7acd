/**
 * The search page's pieces as DOM: a result, a citation's destination, and the note on a term the
 * guidance does not use (what it is, what the guidance calls it, where, and what is unconfirmed).
 * Text goes in as text; only Pagefind's excerpt (our own indexed words, with <mark>) is HTML.
 */
import type { CitationResult } from '../../search/resolve-citation.ts';
import { usageSentence, type OutsideNote } from '../../search/outside-terms-match.ts';
import type { SearchHit } from '../SiteSearch/search-engine.ts';
import { hitBadge, hitMeta } from '../SiteSearch/search-render.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** A site-root path ("/2026/chapter-3/#x") under the site's base path. */
const onSite = (path: string) => `${base}${path.replace(/^\//, '')}`;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function link(url: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = url;
  a.textContent = text;
  return a;
}

export function citationItems(c: CitationResult): HTMLLIElement[] {
  const options = c.kind === 'found' ? [c.option] : c.options;
  return options.map((o) => {
    const li = el('li', 'search-result');
    const h = el('h2', 'search-result__title');
    h.append(link(o.url, o.label));
    li.append(h);
    if (o.why) li.append(el('p', 'search-result__meta', o.why));
    return li;
  });
}

/** One result: its title as a link, where it is, and the excerpt with the matched words marked. */
export function hitItem(h: SearchHit): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset.kind = h.kind;
  const title = el('h2', 'search-result__title');
  title.append(link(h.url, `${h.number ? `${h.number} ` : ''}${h.title}`));
  const meta = el('p', 'search-result__meta', hitMeta(h));
  const badge = hitBadge(h);
  if (badge) meta.append(' ', badge);
  const excerpt = el('p', 'search-result__excerpt');
  excerpt.innerHTML = h.excerpt; // our own indexed text, with <mark> around matches
  li.append(title, meta, excerpt);
  return li;
}

/**
 * The note above the results for a term the guidance does not use, e.g. "MASH": that it is not a
 * Working Together term and what the guidance calls the subject, then (folded, so a phone still
 * sees the first results) what the term is and where each edition deals with it; the guidance's
 * words to search instead, and what is unconfirmed.
 */
export function noteItem(n: OutsideNote, query: string, searchPath: string): HTMLElement {
  const typed = n.typed.find((t) => query.toLowerCase().includes(t.toLowerCase())) ?? n.term;
  const box = el('section', 'notice search-page__note');
  box.setAttribute('aria-label', `About “${typed}”`);
  const first = el('p', '');
  first.append(el('strong', '', usageSentence(n, typed)), ` ${n.guidance}`);
  box.append(first);
  const more = el('details', 'search-page__note-more');
  more.append(el('summary', '', `What “${typed}” is, and where the guidance deals with it`), el('p', '', n.about));
  if (n.see.length) {
    const ul = el('ul', 'search-page__note-places');
    for (const s of n.see) { const li = el('li', ''); li.append(link(onSite(s.path), s.label)); ul.append(li); }
    more.append(ul);
  }
  box.append(more);
  if (n.search.length) {
    const p = el('p', '', 'Search the guidance’s words instead: ');
    n.search.forEach((w, i) => { if (i) p.append(', '); p.append(link(`${searchPath}?${new URLSearchParams({ q: w })}`, w)); });
    box.append(p);
  }
  if (n.unsure) {
    const p = el('p', 'provision__unsure');
    p.append(el('strong', '', 'Not confirmed:'), ` ${n.unsure}`);
    box.append(p);
  }
  return box;
}
