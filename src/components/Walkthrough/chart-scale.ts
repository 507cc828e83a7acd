/**
 * Presenter view: each visible chart is drawn as large as its box allows, and never smaller than
 * a size a room can read (its labels at least ~2.4% of the screen's height, 20 px at the least,
 * scaled as the chart's own size is: up with the reader's larger text or high visibility, down to
 * 0.8 on a phone held close).
 * A chart too big for its box at that size scrolls inside the box, which keeps the current step
 * in view (on a phone, most charts do). Leaving presenter view returns charts to the page's own sizing.
 */
const NATURAL_FONT = 15;

export function fitCharts(root: HTMLElement): void {
  root.querySelectorAll<SVGSVGElement>('[data-walkthrough-canvas] svg.flowchart__svg').forEach((svg) => {
    const canvas = svg.closest<HTMLElement>('[data-walkthrough-canvas]')!;
    if (!canvas.getClientRects().length) return; // not shown
    const { width: w, height: h } = svg.viewBox.baseVal;
    if (!w || !h) return;
    // The box fills the screen below whatever sits above it (a slide's title), half of it at least.
    const top = canvas.getBoundingClientRect().top - root.getBoundingClientRect().top + root.scrollTop;
    canvas.style.height = `${Math.floor(Math.max(window.innerHeight * 0.5, window.innerHeight - top - 24))}px`;
    const style = getComputedStyle(canvas);
    const room = {
      w: canvas.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      h: canvas.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
    };
    if (room.w <= 0 || room.h <= 0) return;
    const fit = Math.min(room.w / w, room.h / h);
    // The chart's own size in rem (flowchart.css) carries the reader's text size and high visibility.
    const readable = (Math.max(20, window.innerHeight * 0.024) * parseFloat(getComputedStyle(svg).fontSize)) / 16 / NATURAL_FONT;
    const k = Math.max(fit, readable);
    svg.style.width = `${Math.floor(w * k)}px`;
    svg.style.height = `${Math.floor(h * k)}px`;
    svg.style.maxWidth = 'none';
    svg.style.maxHeight = 'none';
    svg.setAttribute('data-fitted', '');
    const current = svg.querySelector('.is-current');
    if (current) centreInCanvas(current, 'auto');
  });
}

export function unfitCharts(root: HTMLElement): void {
  root.querySelectorAll<SVGSVGElement>('svg[data-fitted]').forEach((svg) => {
    svg.closest<HTMLElement>('[data-walkthrough-canvas]')?.style.removeProperty('height');
    for (const p of ['width', 'height', 'max-width', 'max-height']) svg.style.removeProperty(p);
    svg.removeAttribute('data-fitted');
  });
}

/** Scrolls the chart's own box (not the page) so the node is in view, centred if it was not. */
export function centreInCanvas(node: Element, behavior: ScrollBehavior): void {
  const canvas = node.closest<HTMLElement>('[data-walkthrough-canvas]');
  if (!canvas) return;
  const n = node.getBoundingClientRect();
  const c = canvas.getBoundingClientRect();
  const top = n.top < c.top || n.bottom > c.bottom ? n.top - c.top - (c.height - n.height) / 2 : 0;
  const left = n.left < c.left || n.right > c.right ? n.left - c.left - (c.width - n.width) / 2 : 0;
  if (top || left) canvas.scrollBy({ top, left, behavior });
}
