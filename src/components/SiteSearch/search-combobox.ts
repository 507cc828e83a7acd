/**
 * The header search as an ARIA combobox: results (or where a citation leads) appear in a listbox
 * as you type; Up/Down move the active option, Enter opens it, Escape closes. Follows the WAI-ARIA
 * Authoring Practices combobox pattern (list autocomplete, aria-activedescendant).
 */
import { runSearch, type SearchOutcome } from './search-engine.ts';
import { renderCitation, renderHits, type Option } from './search-render.ts';

export function attachCombobox(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const list = form.querySelector<HTMLUListElement>('[data-search-results]')!;
  const message = form.querySelector<HTMLElement>('[data-search-message]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  const edition = form.querySelector<HTMLSelectElement>('select[name="edition"]')!;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let options: Option[] = [];
  let active = -1;
  let seq = 0;

  const open = (yes: boolean) => {
    popup.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    const el = i >= 0 ? list.children[i] : null;
    if (el) { input.setAttribute('aria-activedescendant', el.id); el.scrollIntoView({ block: 'nearest' }); }
    else input.removeAttribute('aria-activedescendant');
  };
  const show = (outcome: SearchOutcome, q: string) => {
    const params = new URLSearchParams({ q, ...(edition.value ? { edition: edition.value } : {}) });
    const all = `${form.action}?${params}`;
    const r = outcome.citation ? renderCitation(outcome.citation) : renderHits(outcome, q, all);
    options = r.options;
    message.textContent = r.message;
    message.hidden = !r.message;
    list.replaceChildren(...r.elements);
    more.href = all;
    more.textContent = outcome.total > outcome.hits.length ? `See all ${outcome.total} results, with filters` : 'All results, with filters';
    status.textContent = r.announce;
    open(true);
    setActive(outcome.citation?.kind === 'found' ? 0 : -1);
  };
  const update = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 2) { list.replaceChildren(); options = []; open(false); status.textContent = ''; return; }
    const outcome = await runSearch(q, { edition: edition.value || null }, 8);
    if (mine === seq) show(outcome, q);
  };
  let timer: number | undefined;
  const schedule = () => { clearTimeout(timer); timer = window.setTimeout(update, 120); };

  input.addEventListener('input', schedule);
  edition.addEventListener('change', () => { if (input.value.trim()) update(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      if (popup.hidden) open(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      const target = options[active] ?? (options.length && options[0].direct ? options[0] : undefined);
      if (target) { e.preventDefault(); location.assign(target.url); }
    } else if (e.key === 'Escape') {
      if (!popup.hidden) { e.preventDefault(); open(false); } else input.value = '';
    }
  });
  list.addEventListener('click', (e) => {
    const li = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (li) location.assign(options[Number(li.dataset.index)].url);
  });
  list.addEventListener('mousedown', (e) => e.preventDefault());
  form.addEventListener('focusout', (e) => { if (!form.contains(e.relatedTarget as Node)) open(false); });
  input.addEventListener('focus', () => { if (options.length || message.textContent) open(true); });
  if (input.value.trim()) update();
}
