/**
 * Makes the action plan editable: creates an entry box per cell (so without JavaScript the page
 * shows no dead boxes), keeps entries in this browser only (localStorage, key
 * "wtn-plan:<older>-<newer>"), never sends them; boxes grow with their text and each has a
 * printed twin holding its full text. The CSV holds the rows shown and every hidden row that has
 * an entry, and says how many of those it added. The caption counts the rows shown. The printed
 * plan is headed by the partnership's name (optional, kept on this device) and the date.
 */
import { linkFor, planCsv, type CsvRow } from './csv.ts';

type Entries = Record<string, Record<string, string>>;
/** The partnership's name, the same for every plan on this device. */
const PARTNERSHIP_KEY = 'wtn-plan-partnership';

export function initActionPlan(): void {
  const root = document.querySelector<HTMLElement>('[data-action-plan]');
  if (!root) return;
  const key = `wtn-plan:${root.dataset.actionPlan}`;
  const status = root.querySelector<HTMLElement>('[data-plan-status]')!;
  const read = (): Entries => { try { return JSON.parse(localStorage.getItem(key) ?? '{}'); } catch { return {}; } };
  const entries = read();
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
  root.querySelector<HTMLElement>('[data-plan-nojs]')!.hidden = true;
  root.querySelector<HTMLElement>('[data-plan-tools]')!.hidden = false;
  root.querySelector<HTMLElement>('[data-plan-table]')!.hidden = false;

  const fit = (t: HTMLTextAreaElement) => {
    (t.nextElementSibling as HTMLElement).textContent = t.value;
    if (CSS.supports('field-sizing', 'content')) return;
    t.style.height = 'auto';
    t.style.height = `${t.scrollHeight + 2}px`;
  };
  rows.forEach((tr, i) => {
    tr.querySelectorAll<HTMLTableCellElement>('td[data-field]').forEach((td) => {
      const field = td.dataset.field!;
      const label = document.createElement('span');
      label.className = 'action-plan__label';
      label.setAttribute('aria-hidden', 'true');
      label.textContent = td.dataset.label!;
      const box = document.createElement('textarea');
      box.name = field;
      box.rows = 2;
      box.dataset.field = field;
      box.setAttribute('aria-labelledby', `plan-box-${field} plan-row-${i}`);
      box.value = entries[tr.dataset.row!]?.[field] ?? '';
      const printed = document.createElement('div');
      printed.className = 'action-plan__printed';
      printed.setAttribute('aria-hidden', 'true');
      td.append(label, box, printed);
      fit(box);
    });
  });
  const caption = root.querySelector<HTMLElement>('[data-plan-count]')!;
  document.addEventListener('wtn:filtered', () => {
    const shown = rows.filter((r) => !r.hidden).length;
    caption.textContent = shown === rows.length ? `${rows.length} rows` : `${shown} of ${rows.length} rows shown`;
  });

  let timer: number | undefined;
  root.addEventListener('input', (e) => {
    const t = e.target as HTMLTextAreaElement;
    const row = t.closest<HTMLTableRowElement>('tr[data-row]');
    if (!row) return;
    fit(t);
    const all = read();
    all[row.dataset.row!] = { ...(all[row.dataset.row!] ?? {}), [t.dataset.field!]: t.value };
    localStorage.setItem(key, JSON.stringify(all));
    clearTimeout(timer);
    timer = window.setTimeout(() => (status.textContent = 'Saved on this device.'), 400);
  });

  root.querySelector('[data-plan-export]')!.addEventListener('click', () => {
    const valuesOf = (tr: HTMLTableRowElement) => [...tr.querySelectorAll('textarea')].map((t) => t.value);
    const hasEntry = (tr: HTMLTableRowElement) => valuesOf(tr).some((v) => v.trim());
    const chosen = rows.filter((tr) => !tr.hidden || hasEntry(tr));
    const added = chosen.filter((tr) => tr.hidden).length;
    const csvRows: CsvRow[] = chosen.map((tr) => ({
      type: tr.dataset.typeText!, chapter: tr.dataset.chapter!, title: tr.dataset.title!,
      link: linkFor(tr.dataset.href!, location), detail: tr.dataset.detail ?? '', entries: valuesOf(tr),
    }));
    const blob = new Blob([planCsv(csvRows)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `action-plan-${root.dataset.actionPlan}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
    const shown = chosen.length - added, left = rows.length - chosen.length;
    status.textContent = `CSV file made on this device: ${chosen.length} rows, the ${shown} shown` +
      (added ? ` and ${added} hidden by the filters that have entries` : '') + '.' +
      (left ? ` Left out: ${left} rows hidden by the filters with nothing written in them.` : '');
  });
  // The printed plan is headed by the partnership's name, if given, and the date it was printed.
  const partnership = root.querySelector<HTMLInputElement>('[data-plan-partnership]')!;
  const printHead = root.querySelector<HTMLElement>('[data-plan-print-head]')!;
  const head = () => {
    const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const name = partnership.value.trim();
    printHead.textContent = `${name ? `${name}. ` : ''}Printed on ${date}.`;
  };
  try { partnership.value = localStorage.getItem(PARTNERSHIP_KEY) ?? ''; } catch { /* private mode */ }
  partnership.addEventListener('input', () => {
    try { localStorage.setItem(PARTNERSHIP_KEY, partnership.value); } catch { /* private mode */ }
    head();
  });
  head();
  addEventListener('beforeprint', head);
  root.querySelector('[data-plan-print]')!.addEventListener('click', () => window.print());
  root.querySelector('[data-plan-clear]')!.addEventListener('click', () => {
    if (!confirm('Clear everything you have written in this plan on this device?')) return;
    localStorage.removeItem(key);
    root.querySelectorAll('textarea').forEach((t) => { t.value = ''; fit(t); });
    status.textContent = 'Cleared.';
  });
}
