/**
 * Walkthrough: steps through a list in order, for trainers. No framework, no dependencies.
 *
 * Markup (see Walkthrough.astro): a root [data-walkthrough="step"] holding a toolbar
 * [data-walkthrough-toolbar] (hidden until this runs) and items [data-walkthrough-item] with ids
 * "<prefix>-1", "<prefix>-2" ... An item's data-node names the chart node to highlight.
 *
 * - Previous / Next buttons, and the arrow keys (PageUp / PageDown too, as presentation clickers send);
 * - the current item is marked (aria-current="step"), its guidance opened and kept in view, and
 *   its chart node highlighted and scrolled into view;
 * - the address follows the current step (#step-3), so the address bar is a link to that step,
 *   and opening such a link starts there;
 * - presenter view: the walkthrough fills the screen (full screen where the browser allows) in
 *   large type; Escape leaves it.
 */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

export function initWalkthroughs(): void {
  document.querySelectorAll<HTMLElement>('[data-walkthrough]').forEach(init);
}

function init(root: HTMLElement): void {
  const prefix = root.dataset.walkthrough || 'step';
  const items = [...root.querySelectorAll<HTMLElement>('[data-walkthrough-item]')];
  if (!items.length) return;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const prev = $<HTMLButtonElement>('[data-walkthrough-prev]')!;
  const next = $<HTMLButtonElement>('[data-walkthrough-next]')!;
  const status = $<HTMLElement>('[data-walkthrough-status]')!;
  const present = $<HTMLButtonElement>('[data-walkthrough-present]');
  const copy = $<HTMLButtonElement>('[data-walkthrough-copy]');
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  const toolbar = $<HTMLElement>('[data-walkthrough-toolbar]')!;
  toolbar.hidden = false;
  // Sticky parts and scrolled-to items sit below the (sticky) toolbar, whatever its height.
  const measure = () => root.style.setProperty('--walkthrough-offset', `${toolbar.offsetHeight + 8}px`);
  measure();
  new ResizeObserver(measure).observe(toolbar);
  root.dataset.walkthroughActive = '';
  if (copy && navigator.clipboard) copy.hidden = false;
  let current = -1;

  const fromHash = (): number | null => {
    const m = new RegExp(`^#${prefix}-(\\d+)$`).exec(location.hash);
    const n = m ? Number(m[1]) : NaN;
    return n >= 1 && n <= items.length ? n - 1 : null;
  };

  const show = (i: number, opts: { scroll?: boolean; address?: boolean } = {}) => {
    i = Math.max(0, Math.min(items.length - 1, i));
    const changed = i !== current;
    current = i;
    items.forEach((item, j) => {
      const on = j === i;
      item.toggleAttribute('data-current', on);
      if (on) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
      item.querySelectorAll<HTMLDetailsElement>('details[data-walkthrough-open]').forEach((d) => (d.open = on));
    });
    // Items that name a chart node move the chart's highlight (slides keep their own).
    const name = items[i].dataset.node;
    const node = name ? root.querySelector(`svg [data-node="${CSS.escape(name)}"]`) : null;
    if (name) {
      root.querySelectorAll('svg .is-current').forEach((n) => n.classList.remove('is-current'));
      node?.classList.add('is-current');
    }
    prev.setAttribute('aria-disabled', String(i === 0));
    next.setAttribute('aria-disabled', String(i === items.length - 1));
    const label = items[i].dataset.label ?? '';
    status.textContent = `${root.dataset.itemName ?? 'Step'} ${i + 1} of ${items.length}${label ? `: ${label}` : ''}`;
    if (changed && opts.address !== false) history.replaceState(history.state, '', `#${prefix}-${i + 1}`);
    if (opts.scroll !== false) {
      measure(); // the status line may have changed the toolbar's height
      const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
      if (node) centreInCanvas(node, behavior);
      items[i].scrollIntoView({ block: root.hasAttribute('data-presenting') ? 'nearest' : 'start', behavior });
    }
  };
  const move = (by: number) => show(current + by);

  prev.addEventListener('click', () => move(-1));
  next.addEventListener('click', () => move(1));
  window.addEventListener('hashchange', () => {
    const i = fromHash();
    if (i !== null) show(i);
  });
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if ((e.target as Element).closest?.(TYPING)) return;
    const presenting = root.hasAttribute('data-presenting');
    const by = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[e.key];
    if (by) move(by);
    else if (presenting && e.key === 'Home') show(0);
    else if (presenting && e.key === 'End') show(items.length - 1);
    else if (presenting && e.key === 'Escape') setPresenting(false);
    else return;
    e.preventDefault();
  });

  const setPresenting = (on: boolean) => {
    if (!present || on === root.hasAttribute('data-presenting')) return;
    root.toggleAttribute('data-presenting', on);
    document.documentElement.toggleAttribute('data-presenting', on);
    present.setAttribute('aria-pressed', String(on));
    if (on) root.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    show(current);
  };
  present?.addEventListener('click', () => setPresenting(!root.hasAttribute('data-presenting')));
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement) setPresenting(false);
  });
  copy?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      if (announcer) announcer.textContent = `Copied a link to ${status.textContent}`;
    } catch {
      if (announcer) announcer.textContent = 'Could not copy. Copy the address from the address bar instead.';
    }
  });

  const start = fromHash();
  show(start ?? 0, { scroll: start !== null, address: start !== null });
}

/** Scrolls the chart's own box (not the page) so the node is in view, centred if it was not. */
function centreInCanvas(node: Element, behavior: ScrollBehavior): void {
  const canvas = node.closest<HTMLElement>('[data-walkthrough-canvas]');
  if (!canvas) return;
  const n = node.getBoundingClientRect();
  const c = canvas.getBoundingClientRect();
  const top = n.top < c.top || n.bottom > c.bottom ? n.top - c.top - (c.height - n.height) / 2 : 0;
  const left = n.left < c.left || n.right > c.right ? n.left - c.left - (c.width - n.width) / 2 : 0;
  if (top || left) canvas.scrollBy({ top, left, behavior });
}
