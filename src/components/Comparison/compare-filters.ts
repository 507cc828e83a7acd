import { fallsUnder } from '../../model/compare/sector-filter.ts';

/**
 * Applies the comparison filters: an item shows when its kind is ticked and, if any type or group
 * is ticked, when it has one of them (a change that falls on all practitioners shows under every
 * group: sector-filter.ts). Each chapter's counts follow what is shown; the result count
 * is announced; when nothing matches, "Clear filters" is offered. The choice is kept in the URL.
 */
export function initCompareFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-filters]');
  if (!form) return;
  form.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>('[data-kind]')];
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const none = form.querySelector<HTMLElement>('[data-compare-none]')!;
  const params = new URLSearchParams(location.search);
  if (params.has('kind') || params.has('typed') || params.has('group'))
    form.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = params.getAll(i.name).includes(i.value)));
  const apply = () => {
    const data = new FormData(form);
    const kinds = new Set(data.getAll('kind'));
    const typed = data.getAll('typed') as string[];
    const groups = data.getAll('group') as string[];
    let shown = 0;
    for (const el of items) {
      const ok = kinds.has(el.dataset.kind!) &&
        (!typed.length || typed.some((t) => (el.dataset.typed ?? '').split(' ').includes(t))) &&
        fallsUnder((el.dataset.groups ?? '').split(' '), groups);
      el.hidden = !ok;
      if (ok) shown++;
    }
    document.querySelectorAll<HTMLElement>('[data-compare-group]').forEach((g) => {
      g.hidden = !g.querySelector('[data-kind]:not([hidden])');
      g.querySelectorAll<HTMLElement>(':scope > [data-compare-counts] [data-count-kind]').forEach((c) => {
        c.textContent = String(g.querySelectorAll(`[data-kind="${c.dataset.countKind}"]:not([hidden])`).length);
      });
    });
    document.dispatchEvent(new CustomEvent('wtn:filtered', { detail: { shown, total: items.length } }));
    status.textContent = `Showing ${shown} of ${items.length} changes.`;
    none.hidden = shown > 0;
    const url = new URLSearchParams();
    for (const [k, v] of data) url.append(k, String(v));
    history.replaceState(null, '', `${location.pathname}?${url}${location.hash}`);
  };
  form.querySelector('[data-compare-clear]')!.addEventListener('click', () => {
    form.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = i.hasAttribute('data-default')));
    apply();
    form.querySelector<HTMLInputElement>('input')!.focus();
  });
  form.addEventListener('change', apply);
  apply();
}
