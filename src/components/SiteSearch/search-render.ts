/** Builds the listbox options for a search outcome: a citation's destination(s), or word results. */
import type { CitationResult } from '../../search/resolve-citation.ts';
import type { SearchHit, SearchOutcome } from './search-engine.ts';
import { usageSentence } from '../../search/outside-terms-match.ts';
import { editionFirstSentence, unknownSectionsSentence } from './search-words.ts';

export interface Option { url: string; direct: boolean }
export interface Rendered { elements: HTMLLIElement[]; options: Option[]; message: string; announce: string }

function option(i: number, parts: { title: string; meta: string; excerpt?: string; badge?: HTMLElement | null }): HTMLLIElement {
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
  if (parts.badge) meta.append(' ', parts.badge);
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

/**
 * The line under a result: edition (and whether in force), chapter and section (its status badge
 * follows: hitBadge); a result that is not a provision says first what it is ("Glossary", "Edition facts").
 */
export function hitMeta(h: SearchHit): string {
  const edition = `${h.editionTitle}${h.status === 'In force' ? ' (in force)' : ''}`;
  if (h.kind && h.kind !== 'Provisions' && h.kind !== 'Official text')
    return [h.kind, edition, h.section !== h.kind ? h.section : ''].filter(Boolean).join(' · ');
  return `${edition} · ${h.chapter} · ${h.section}`;
}

/** A provision carried forward: its status as a badge ("Carried forward, not confirmed"), read out with the result. */
export function hitBadge(h: SearchHit): HTMLElement | null {
  if (!h.confirmation) return null;
  const badge = document.createElement('span');
  badge.className = `status-badge status-badge--plain status-badge--${h.confirmationKind ?? 'carried'}`;
  badge.textContent = h.confirmation;
  return badge;
}

/** The box's words above its results: a note on a term the guidance does not use, an edition named, no match. */
export function hitsMessage(outcome: SearchOutcome, q: string): string {
  const notes = outcome.notes.map((n) => `${usageSentence(n, n.typed.find((t) => q.toLowerCase().includes(t.toLowerCase())) ?? n.term)} ${n.guidance}`);
  const lead = !outcome.hits.length
    ? (outcome.unknownSections?.length ? unknownSectionsSentence(outcome.unknownSections, outcome.knownSections) : `No results match “${q}”. Try fewer words, another edition, or a paragraph number such as WT2010 5.82.`)
    : outcome.partial ? `No result holds all of “${q}”. These hold all but one of the words:`
      : outcome.namedEdition ? editionFirstSentence(outcome) : '';
  return [...notes, lead].filter(Boolean).join(' ');
}

export function renderHits(outcome: SearchOutcome, q: string, allUrl?: string): Rendered {
  const elements = outcome.hits.map((h, i) =>
    option(i, {
      title: `${h.number ? `${h.number} ` : ''}${h.title}`,
      meta: hitMeta(h),
      badge: hitBadge(h),
      excerpt: h.excerpt,
    }),
  );
  const options = outcome.hits.map((h) => ({ url: h.url, direct: false }));
  if (allUrl && outcome.total > outcome.hits.length) {
    // The last option opens the search page with every result, so the keyboard reaches all of them.
    elements.push(option(elements.length, { title: `See all ${outcome.total} results`, meta: 'On the search page, with filters' }));
    options.push({ url: allUrl, direct: false });
  }
  const message = hitsMessage(outcome, q);
  const announce = outcome.hits.length ? `${message ? `${message} ` : ''}${outcome.total} ${outcome.total === 1 ? 'result' : 'results'}. Use the arrow keys to choose one.` : message;
  return { elements, options, message, announce };
}
