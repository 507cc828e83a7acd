/**
 * The little that every page loads: "/" focuses the search box, and the first focus or keystroke
 * loads the search itself (Pagefind and the result list) on demand.
 */
export function bootSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  let started: Promise<unknown> | null = null;
  const start = () => (started ??= import('./search-combobox.ts').then((m) => m.attachCombobox(form, input)));
  input.addEventListener('focus', start, { once: true });
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement;
    if (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)) return;
    e.preventDefault();
    input.focus();
  });
}
