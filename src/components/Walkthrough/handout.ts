/**
 * The printed handout: the chart with each step's guidance under it. Loaded only when a trainer
 * asks for it ("Print a handout"): marks the walkthrough for print, opens every step's guidance,
 * gives each link to another page its full address to print after it (data-print-href), and
 * prints; after printing the page goes back to how it was. Print styles: walkthrough.css
 * ([data-handout]).
 */
export function printHandout(root: HTMLElement, items: HTMLElement[]): void {
  const details = items.flatMap((item) => [...item.querySelectorAll<HTMLDetailsElement>('details')]);
  const wasOpen = details.map((d) => d.open);
  details.forEach((d) => (d.open = true));
  // Links within the handout ("step 4") need no address; links to the guidance and sources do.
  for (const item of items)
    item.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])').forEach((a) => a.setAttribute('data-print-href', a.href));
  const marked = [root, document.documentElement];
  marked.forEach((el) => el.setAttribute('data-handout', ''));
  window.addEventListener('afterprint', () => {
    marked.forEach((el) => el.removeAttribute('data-handout'));
    details.forEach((d, i) => (d.open = wasOpen[i]));
  }, { once: true });
  window.print();
}
