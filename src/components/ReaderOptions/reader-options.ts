/** Wires the reader-options controls to <html> attributes and localStorage ("wtn-reader"). */
const KEY = 'wtn-reader';
interface Prefs { size?: 'small' | 'medium' | 'large'; highVisibility?: boolean }

function read(): Prefs {
  try { return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Prefs; } catch { return {}; }
}

function apply(p: Prefs): void {
  const html = document.documentElement;
  if (p.size && p.size !== 'medium') html.setAttribute('data-text-size', p.size);
  else html.removeAttribute('data-text-size');
  html.toggleAttribute('data-high-visibility', Boolean(p.highVisibility));
}

export function initReaderOptions(): void {
  const root = document.querySelector<HTMLElement>('[data-reader-options]');
  if (!root) return;
  root.hidden = false;
  const prefs = read();
  const size = prefs.size ?? 'medium';
  root.querySelectorAll<HTMLInputElement>('input[name="text-size"]').forEach((r) => {
    r.checked = r.value === size;
    r.addEventListener('change', () => save({ ...read(), size: r.value as Prefs['size'] }));
  });
  const hv = root.querySelector<HTMLInputElement>('input[name="high-visibility"]')!;
  hv.checked = Boolean(prefs.highVisibility);
  hv.addEventListener('change', () => save({ ...read(), highVisibility: hv.checked }));
}

function save(p: Prefs): void {
  try { localStorage.setItem(KEY, JSON.stringify(p)); } catch { /* private mode: still apply */ }
  apply(p);
}
