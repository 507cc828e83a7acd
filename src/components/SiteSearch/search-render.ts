/** Builds the listbox options for a search outcome: a citation's destination(s), or word results. */
import type { CitationResult } from '../../search/resolve-citation.ts';
import type { SearchHit, SearchOutcome } from './search-engine.ts';

export interface Option { url: string; direct: boolean }
export interface Rendered { elements: HTMLLIElement[]; options: Option[]; message: string; announce: string }

function option(i: number, parts: { title: string; meta: string; excerpt?: string; badge?: string }): HTMLLIElement {
  const li = document.createElement('li');
  li.id = `site-search-option-${i}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.index = String(i);
  li.className = 'site-search__option';
  const title = document.createElement('span');
  title.className = 'site-search__option-title';
  title.textContent = parts.title;
  const meta = document.createElement('span');
  meta.className = 'site-search__option-meta';
  meta.textContent = parts.meta;
  li.append(title, meta);
  if (parts.excerpt) {
    const ex = document.createElement('span');
    ex.className = 'site-search__option-excerpt';
    ex.innerHTML = parts.excerpt; // Pagefind's excerpt: our own indexed text, with <mark> around matches.
    li.append(ex);
  }
  return li;
}

/** "Read as: Working Together 2010, chapter 4." then what is and is not known. */
export function citationMessage(c: CitationResult): string {
  const said = c.kind === 'found' ? c.note ?? '' : c.message;
  return [c.understood ? `Read as: ${c.understood}.` : '', said].filter(Boolean).join(' ');
}

export function renderCitation(c: CitationResult): Rendered {
  const opts = c.kind === 'found' ? [c.option] : c.options;
  const elements = opts.map((o, i) => option(i, { title: o.label, meta: o.why ?? (c.kind === 'found' ? 'Go to this place' : 'Suggested') }));
  const message = citationMessage(c);
  const announce = c.kind === 'found' ? `${message} ${c.option.label}. Press Enter to go there.` : `${message} ${opts.length} ${opts.length === 1 ? 'suggestion' : 'suggestions'}; the first is the likeliest.`;
  return { elements, options: opts.map((o) => ({ url: o.url, direct: c.kind === 'found' })), message, announce };
}

/** The line under a result: edition (and whether in force), chapter, section, and "not confirmed" where so. */
export function hitMeta(h: SearchHit): string {
  return `${h.editionTitle}${h.status === 'In force' ? ' (in force)' : ''} · ${h.chapter} · ${h.section}${h.confirmation ? ` · ${h.confirmation}` : ''}`;
}

export function renderHits(outcome: SearchOutcome, q: string): Rendered {
  const elements = outcome.hits.map((h, i) =>
    option(i, {
      title: `${h.number ? `${h.number} ` : ''}${h.title}`,
      meta: hitMeta(h),
      excerpt: h.excerpt,
    }),
  );
  const message = !outcome.hits.length
    ? `No provisions match “${q}”. Try fewer words, another edition, or a paragraph number such as WT2010 5.82.`
    : outcome.partial ? `No provision holds all of “${q}”. These hold all but one of the words:` : '';
  const announce = outcome.hits.length ? `${message ? `${message} ` : ''}${outcome.total} ${outcome.total === 1 ? 'result' : 'results'}. Use the arrow keys to choose one.` : message;
  return { elements, options: outcome.hits.map((h) => ({ url: h.url, direct: false })), message, announce };
}
