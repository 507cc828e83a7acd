/**
 * The printed handout: the chart with each step's guidance under it. The button marks the
 * walkthrough for print, opens every step's guidance, gives each link to another page its full
 * address to print after it (data-print-href), and prints; after printing the page goes back to
 * how it was. Print styles: walkthrough.css ([data-handout]).
 */
export function initHandout(root: HTMLElement, button: HTMLButtonElement | undefined, items: HTMLElement[]): void {
  if (!button) return;
  const details = () => items.flatMap((item) => [...item.querySelectorAll<HTMLDetailsElement>('details')]);
  let wasOpen: boolean[] = [];
  button.addEventListener('click', () => {
    wasOpen = details().map((d) => d.open);
    details().forEach((d) => (d.open = true));
    // Links within the handout ("step 4") need no address; links to the guidance and sources do.
    for (const item of items)
      item.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])').forEach((a) => a.setAttribute('data-print-href', a.href));
    root.setAttribute('data-handout', '');
    document.documentElement.setAttribute('data-handout', '');
    window.print();
  });
  window.addEventListener('afterprint', () => {
    if (!root.hasAttribute('data-handout')) return;
    root.removeAttribute('data-handout');
    document.documentElement.removeAttribute('data-handout');
    details().forEach((d, i) => (d.open = wasOpen[i] ?? d.open));
  });
}
