/**
 * Makes the action plan editable: entries are kept in this browser only (localStorage, key
 * "wtn-plan:<older>-<newer>"), never sent anywhere; exported as a CSV file made on the device;
 * printed with the page's print styles.
 */
type Entries = Record<string, Record<string, string>>;

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function initActionPlan(): void {
  const root = document.querySelector<HTMLElement>('[data-action-plan]');
  if (!root) return;
  const key = `wtn-plan:${root.dataset.actionPlan}`;
  const status = root.querySelector<HTMLElement>('[data-plan-status]')!;
  const read = (): Entries => { try { return JSON.parse(localStorage.getItem(key) ?? '{}'); } catch { return {}; } };
  const entries = read();
  root.querySelector<HTMLElement>('[data-plan-tools]')!.hidden = false;
  root.querySelectorAll<HTMLTableRowElement>('tr[data-row]').forEach((tr) => {
    tr.querySelectorAll<HTMLTextAreaElement>('textarea').forEach((t) => {
      t.disabled = false;
      t.value = entries[tr.dataset.row!]?.[t.dataset.field!] ?? '';
    });
  });
  let timer: number | undefined;
  root.addEventListener('input', (e) => {
    const t = e.target as HTMLTextAreaElement;
    const row = t.closest<HTMLTableRowElement>('tr[data-row]');
    if (!row) return;
    const all = read();
    all[row.dataset.row!] = { ...(all[row.dataset.row!] ?? {}), [t.dataset.field!]: t.value };
    localStorage.setItem(key, JSON.stringify(all));
    clearTimeout(timer);
    timer = window.setTimeout(() => (status.textContent = 'Saved on this device.'), 400);
  });
  root.querySelector('[data-plan-export]')!.addEventListener('click', () => {
    const lines = [['Change', 'Action', 'Lead', 'By when', 'Comments / progress']];
    root.querySelectorAll<HTMLTableRowElement>('tr[data-row]').forEach((tr) => {
      if (tr.hidden) return;
      const change = tr.querySelector('th')!.innerText.replace(/\s+/g, ' ').trim();
      lines.push([change, ...[...tr.querySelectorAll('textarea')].map((t) => t.value)]);
    });
    const blob = new Blob([lines.map((l) => l.map(csvCell).join(',')).join('\r\n')], { type: 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `action-plan-${root.dataset.actionPlan}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
    status.textContent = 'CSV file made on this device.';
  });
  root.querySelector('[data-plan-print]')!.addEventListener('click', () => window.print());
  root.querySelector('[data-plan-clear]')!.addEventListener('click', () => {
    if (!confirm('Clear everything you have written in this plan on this device?')) return;
    localStorage.removeItem(key);
    root.querySelectorAll('textarea').forEach((t) => (t.value = ''));
    status.textContent = 'Cleared.';
  });
}
