/**
 * The search page: reads the query and filters from the URL, runs them (on submit, on a filter
 * change, and as you type, debounced), and keeps the URL in step. Results come thirty at a time;
 * "Show more results" adds the next thirty, moves focus to the first of them and says how many
 * are shown. The filters fold behind a disclosure that counts the active ones (open on a wide
 * screen). The page is built to stand without JavaScript (filters hidden, the Search button
 * disabled so the typed words stay in the box); this script switches those on, and never replaces
 * words typed before it loaded.
 */
import { filterCounts, runSearch, type SearchFilters } from '../SiteSearch/search-engine.ts';
import { editionFirstSentence, unknownSectionsSentence } from '../SiteSearch/search-words.ts';
import { matchSummary, partialSummary, shownSummary } from './summaries.ts';
import { citationItems, hitItem, noteItem } from './search-page-render.ts';
import { citationMessage } from '../SiteSearch/search-render.ts';

/** How long to wait after the last keystroke before searching. */
const TYPING_PAUSE_MS = 250;
/** Results per page, and per "Show more". */
export const PAGE_SIZE = 30;
/** From this width the filters stand open beside the results (search.css puts them in a column). */
const WIDE = '(min-width: 50rem)';

export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  if (!form) return;
  const summary = form.querySelector<HTMLElement>('[data-search-summary]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-list]')!;
  const notesBox = form.querySelector<HTMLElement>('[data-search-notes]')!;
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filters = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const chapter = form.querySelector<HTMLSelectElement>('select[name="chapter"]')!;
  const query = form.elements.namedItem('q') as HTMLInputElement;
  // What needs JavaScript is off in the page as built; switch it on.
  form.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((e) => { e.hidden = false; });
  form.querySelectorAll<HTMLButtonElement>('button[data-needs-js-enabled]').forEach((b) => { b.disabled = false; });
  form.querySelectorAll('[data-search-loading]').forEach((e) => e.remove());
  if (matchMedia(WIDE).matches) filters.open = true;
  const params = new URLSearchParams(location.search);
  // Words typed while the script was loading stay; otherwise the address's words fill the box.
  if (!query.value.trim()) query.value = params.get('q') ?? '';
  form.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]').forEach((i) => {
    i.checked = i.type === 'radio' ? (params.get(i.name) ?? '') === i.value : params.getAll(i.name).includes(i.value);
  });
  chapter.value = params.get('chapter') ?? '';
  // Offer only the kinds this site has (official text is there only where a deployer imported it),
  // once the first search has loaded the index: an empty page loads nothing.
  let kindsChecked = false;
  const hideEmptyKinds = () => {
    if (kindsChecked) return;
    kindsChecked = true;
    filterCounts().then((counts) => form.querySelectorAll<HTMLInputElement>('input[name="kind"]').forEach((i) => {
      if (!counts.kind?.[i.value] && !i.checked) i.closest('label')!.hidden = true;
    }));
  };

  const read = (): { q: string; filters: SearchFilters } => {
    const data = new FormData(form);
    return {
      q: String(data.get('q') ?? ''),
      filters: {
        edition: (data.get('edition') as string) || null,
        part: data.getAll('part') as string[],
        change: data.getAll('change') as string[],
        chapter: data.get('chapter') ? [data.get('chapter') as string] : [],
        kind: data.getAll('kind') as string[],
      },
    };
  };
  const countActive = (f: SearchFilters) => {
    const n = (f.edition ? 1 : 0) + (f.part?.length ?? 0) + (f.change?.length ?? 0) + (f.chapter?.length ?? 0) + (f.kind?.length ?? 0);
    count.textContent = n ? ` (${n} active)` : '';
  };
  const syncChapters = (edition: string | null) => {
    chapter.querySelectorAll('option[data-edition]').forEach((o) => ((o as HTMLOptionElement).hidden = !!edition && edition !== 'in-force' && (o as HTMLOptionElement).dataset.edition !== edition));
  };
  let seq = 0;
  let shown = 0;
  let total = 0;
  const setMore = () => {
    const left = total - shown;
    more.hidden = left <= 0;
    more.textContent = left > PAGE_SIZE ? `Show ${PAGE_SIZE} more results` : `Show the last ${left} ${left === 1 ? 'result' : 'results'}`;
  };
  const run = async () => {
    const mine = ++seq;
    const { q, filters: f } = read();
    syncChapters(f.edition);
    countActive(f);
    const url = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) url.append(k, String(v));
    history.replaceState(null, '', `${location.pathname}${url.size ? `?${url}` : ''}`);
    shown = total = 0;
    setMore();
    if (!q.trim()) { summary.textContent = 'Type words or a paragraph citation to search.'; list.replaceChildren(); notesBox.replaceChildren(); return; }
    summary.textContent = 'Searching…';
    const out = await runSearch(q, f, PAGE_SIZE);
    if (mine !== seq) return; // a newer search has started: its results will show
    hideEmptyKinds();
    notesBox.replaceChildren(...out.notes.map((n) => noteItem(n, q, location.pathname)));
    if (out.citation) {
      summary.textContent = `${citationMessage(out.citation)}${out.citation.kind === 'found' ? ' It leads to:' : ''}`;
      list.replaceChildren(...citationItems(out.citation));
      return;
    }
    const lead = out.partial ? partialSummary(out.total, q) : out.total ? matchSummary(out.total, out.hits.length, q)
      : out.unknownSections?.length ? unknownSectionsSentence(out.unknownSections, out.knownSections) : `No results match “${q}” with these filters. Try fewer words or fewer filters.`;
    summary.textContent = [lead, out.total ? editionFirstSentence(out) : ''].filter(Boolean).join(' ');
    list.replaceChildren(...out.hits.map(hitItem));
    shown = out.hits.length;
    total = out.total;
    setMore();
  };
  more.addEventListener('click', async () => {
    const mine = seq;
    const { q, filters: f } = read();
    more.disabled = true;
    const out = await runSearch(q, f, PAGE_SIZE, shown);
    more.disabled = false;
    if (mine !== seq || !out.hits.length) return;
    const items = out.hits.map(hitItem);
    list.append(...items);
    shown += items.length;
    setMore();
    summary.textContent = shownSummary(shown, total);
    // Keyboard and screen reader users carry on from the first new result.
    items[0].querySelector('a')?.focus();
  });
  let timer: number | undefined;
  form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); run(); });
  form.addEventListener('change', (e) => { if (e.target !== query) run(); });
  query.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(run, TYPING_PAUSE_MS); });
  run();
}
