/**
 * Registers the service worker and tells the reader, in the page, when they are offline and
 * what still works. The note is a polite status, updated when the connection comes and goes.
 */
export function initOffline(base: string): void {
  const note = document.querySelector<HTMLElement>('[data-offline-note]');
  const show = () => {
    if (!note) return;
    note.hidden = navigator.onLine;
    note.textContent = navigator.onLine ? '' : 'You are offline. Every chapter and the search still work; other pages work if you have opened them before.';
  };
  addEventListener('online', show);
  addEventListener('offline', show);
  show();
  if ('serviceWorker' in navigator && location.protocol !== 'file:')
    addEventListener('load', () => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {}));
}
