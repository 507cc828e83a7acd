/**
 * When a reader arrives at an address whose provision has moved, the page shows a visible note
 * (works without JavaScript). With JavaScript we also take them straight to the new place.
 */
export function followMovedAnchor(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const stub = document.getElementById(id);
  const link = stub?.classList.contains('moved-anchor') ? stub.querySelector<HTMLAnchorElement>('a[data-moved-to]') : null;
  if (link) location.replace(link.href);
}
