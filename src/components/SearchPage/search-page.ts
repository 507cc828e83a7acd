/**
 * The search page: reads the query and filters from the URL, runs them (on submit, on a filter
 * change, and as you type, debounced), and keeps the URL in step. The page is built to stand
 * without JavaScript (filters hidden, the Search button disabled so the typed words stay in the
 * box); this script switches those on.
 */
import { runSearch, type SearchFilters } from '../SiteSearch/search-engine.ts';
import { citationMessage, hitMeta } from '../SiteSearch/search-render.ts';
import { matchSummary, partialSummary } from './summaries.ts';
import type { CitationResult } from '../../search/resolve-citation.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function link(url: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = url;
  a.textContent = text;
  return a;
}

function citationItems(c: CitationResult): HTMLLIElement[] {
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

/** How long to wait after the last keystroke before searching. */
const TYPING_PAUSE_MS = 250;

export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  if (!form) return;
  const summary = form.querySelector<HTMLElement>('[data-search-summary]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-list]')!;
  const chapter = form.querySelector<HTMLSelectElement>('select[name="chapter"]')!;
  const query = form.elements.namedItem('q') as HTMLInputElement;
  // What needs JavaScript is off in the page as built; switch it on.
  form.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((e) => { e.hidden = false; });
  form.querySelectorAll<HTMLButtonElement>('button[data-needs-js-enabled]').forEach((b) => { b.disabled = false; });
  form.querySelectorAll<HTMLElement>('[data-search-no-js]').forEach((e) => { e.hidden = true; });
  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  form.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]').forEach((i) => {
    i.checked = i.type === 'radio' ? (params.get(i.name) ?? '') === i.value : params.getAll(i.name).includes(i.value);
  });
  chapter.value = params.get('chapter') ?? '';

  const read = (): { q: string; filters: SearchFilters } => {
    const data = new FormData(form);
    return {
      q: String(data.get('q') ?? ''),
      filters: {
        edition: (data.get('edition') as string) || null,
        part: data.getAll('part') as string[],
        change: data.getAll('change') as string[],
        chapter: data.get('chapter') ? [data.get('chapter') as string] : [],
      },
    };
  };
  const syncChapters = (edition: string | null) => {
    chapter.querySelectorAll('option[data-edition]').forEach((o) => ((o as HTMLOptionElement).hidden = !!edition && edition !== 'in-force' && (o as HTMLOptionElement).dataset.edition !== edition));
  };
  let seq = 0;
  const run = async () => {
    const mine = ++seq;
    const { q, filters } = read();
    syncChapters(filters.edition);
    const url = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) url.append(k, String(v));
    history.replaceState(null, '', `${location.pathname}${url.size ? `?${url}` : ''}`);
    if (!q.trim()) { summary.textContent = 'Type words or a paragraph citation to search.'; list.replaceChildren(); return; }
    summary.textContent = 'Searching…';
    const out = await runSearch(q, filters, 30);
    if (mine !== seq) return; // a newer search has started: its results will show
    if (out.citation) {
      summary.textContent = `${citationMessage(out.citation)}${out.citation.kind === 'found' ? ' It leads to:' : ''}`;
      list.replaceChildren(...citationItems(out.citation));
      return;
    }
    summary.textContent = out.partial ? partialSummary(out.total, q) : out.total ? matchSummary(out.total, out.hits.length, q) : `No provisions match “${q}” with these filters. Try fewer words or fewer filters.`;
    list.replaceChildren(...out.hits.map((h) => {
      const li = el('li', 'search-result');
      const title = el('h2', 'search-result__title');
      title.append(link(h.url, `${h.number ? `${h.number} ` : ''}${h.title}`));
      const meta = el('p', 'search-result__meta', hitMeta(h));
      const excerpt = el('p', 'search-result__excerpt');
      excerpt.innerHTML = h.excerpt; // our own indexed summary, with <mark> around matches
      li.append(title, meta, excerpt);
      return li;
    }));
  };
  let timer: number | undefined;
  form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); run(); });
  form.addEventListener('change', (e) => { if (e.target !== query) run(); });
  query.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(run, TYPING_PAUSE_MS); });
  run();
}
