/**
 * Walkthrough: steps through a list in order, for trainers. No framework, no dependencies.
 *
 * Markup (see Walkthrough.astro): a root [data-walkthrough="step"] holding bars
 * [data-walkthrough-toolbar] (hidden until this runs) and items [data-walkthrough-item] with ids
 * "<prefix>-1", "<prefix>-2" ... An item's data-node names the chart node to highlight. A root may
 * hold another (a chart on a slide): each root owns only the parts nearest to it.
 *
 * - Previous / Next buttons; the arrow keys (PageUp / PageDown too, as presentation clickers send),
 *   Home and End (not for nested roots, which have buttons only: on a slide holding a chart, the
 *   keys step the chart first and move the slide at the chart's first or last step);
 * - the current item is marked (aria-current="step"), its guidance opened and kept in view, and
 *   its chart node highlighted and scrolled into view; selecting a box in the chart selects its step;
 * - the address follows the current step (#step-3), so the address bar is a link to that step,
 *   and opening such a link starts there;
 * - presenter view: the walkthrough fills the screen (full screen where the browser allows) in
 *   large type, the chart at a size a room can read; Escape leaves it;
 * - windows sharing a sync key (slides and the trainer's notes) follow one another (sync.ts).
 */
import { centreInCanvas, fitCharts, unfitCharts } from './chart-scale.ts';
import { syncWindows } from './sync.ts';

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

export function initWalkthroughs(): void {
  document.querySelectorAll<HTMLElement>('[data-walkthrough]').forEach(init);
}

function init(root: HTMLElement): void {
  if (root.hasAttribute('data-walkthrough-ready')) return;
  root.setAttribute('data-walkthrough-ready', '');
  const own = <T extends Element>(el: T) => el.closest('[data-walkthrough]') === root;
  const all = <T extends Element>(sel: string) => [...root.querySelectorAll<T>(sel)].filter(own);
  const $ = <T extends Element>(sel: string) => all<T>(sel)[0] as T | undefined;
  const prefix = root.dataset.walkthrough || 'step';
  const nested = root.hasAttribute('data-walkthrough-nested');
  const items = all<HTMLElement>('[data-walkthrough-item]');
  if (!items.length) return;
  const prev = $<HTMLButtonElement>('[data-walkthrough-prev]')!;
  const next = $<HTMLButtonElement>('[data-walkthrough-next]')!;
  const status = $<HTMLElement>('[data-walkthrough-status]')!;
  const present = $<HTMLButtonElement>('[data-walkthrough-present]');
  const copy = $<HTMLButtonElement>('[data-walkthrough-copy]');
  const notes = $<HTMLAnchorElement>('[data-walkthrough-notes]');
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  const toolbar = $<HTMLElement>('[data-walkthrough-toolbar]')!;
  all<HTMLElement>('[data-walkthrough-toolbar]').forEach((bar) => (bar.hidden = false));
  // Sticky parts and scrolled-to items sit below the (sticky) bar, whatever its height.
  const measure = () => root.style.setProperty('--walkthrough-offset', `${toolbar.offsetHeight + 8}px`);
  if (!nested) {
    measure();
    new ResizeObserver(measure).observe(toolbar);
  }
  root.dataset.walkthroughActive = '';
  if (copy && navigator.clipboard) copy.hidden = false;
  const presenting = () => root.hasAttribute('data-presenting');
  let current = -1;

  const fromHash = (): number | null => {
    if (nested) return null;
    const m = new RegExp(`^#${prefix}-(\\d+)$`).exec(location.hash);
    const n = m ? Number(m[1]) : NaN;
    return n >= 1 && n <= items.length ? n - 1 : null;
  };

  const show = (i: number, opts: { scroll?: boolean; address?: boolean; remote?: boolean } = {}) => {
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
    const node = name ? all('svg [data-node]').find((n) => n.getAttribute('data-node') === name) : undefined;
    if (name) {
      all('svg .is-current').forEach((n) => n.classList.remove('is-current'));
      node?.classList.add('is-current');
    }
    prev.setAttribute('aria-disabled', String(i === 0));
    next.setAttribute('aria-disabled', String(i === items.length - 1));
    const label = items[i].dataset.label ?? '';
    status.textContent = `${root.dataset.itemName ?? 'Step'} ${i + 1} of ${items.length}${label ? `: ${label}` : ''}`;
    if (changed && !nested && opts.address !== false) history.replaceState(history.state, '', `#${prefix}-${i + 1}`);
    if (changed && !opts.remote) sync?.send(i);
    if (presenting()) fitCharts(root);
    if (opts.scroll !== false) {
      if (!nested) measure(); // the status line may have changed the bar's height
      const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
      if (node) centreInCanvas(node, behavior);
      items[i].scrollIntoView({ block: presenting() || nested ? 'nearest' : 'start', behavior });
    }
  };
  const move = (by: number) => show(current + by);
  // The keys and a clicker step the current slide's chart first (its own Previous or Next, while
  // that is not at its end), and move the slide at the chart's first or last step.
  const step = (by: number) => {
    const own = items[current].querySelector<HTMLElement>(`[data-walkthrough-nested] [data-walkthrough-${by > 0 ? 'next' : 'prev'}]`);
    if (own && own.getAttribute('aria-disabled') !== 'true') own.click();
    else move(by);
  };

  prev.addEventListener('click', () => move(-1));
  next.addEventListener('click', () => move(1));
  // A box in the chart selects its step; the step's guidance links on to the chapter.
  // Links to a step inside a nested walkthrough ("Next: step 4") select it, leaving the address be.
  root.addEventListener('click', (e) => {
    const link = (e.target as Element).closest?.<HTMLAnchorElement>('a.flowchart__link, a[href^="#"]');
    if (!link || !own(link) || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const name = link.querySelector('[data-node]')?.getAttribute('data-node');
    const href = link.getAttribute('href') ?? '';
    const i = name ? items.findIndex((item) => item.dataset.node === name) : nested ? items.findIndex((item) => `#${item.id}` === href) : -1;
    if (i < 0) return;
    e.preventDefault();
    show(i);
  });
  if (!nested) {
    window.addEventListener('hashchange', () => {
      const i = fromHash();
      if (i !== null) show(i);
    });
    document.addEventListener('keydown', (e) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if ((e.target as Element).closest?.(TYPING)) return;
      const by = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[e.key];
      if (by) step(by);
      else if (e.key === 'Home') show(0);
      else if (e.key === 'End') show(items.length - 1);
      else if (presenting() && e.key === 'Escape') setPresenting(false);
      else return;
      e.preventDefault();
    });
  }

  const setPresenting = (on: boolean, fullscreen = true) => {
    if (!present || on === presenting()) return;
    root.toggleAttribute('data-presenting', on);
    document.documentElement.toggleAttribute('data-presenting', on);
    present.setAttribute('aria-pressed', String(on));
    if (on && fullscreen) root.requestFullscreen?.().catch(() => undefined);
    else if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    if (!on) unfitCharts(root);
    show(current);
  };
  present?.addEventListener('click', () => setPresenting(!presenting()));
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement) setPresenting(false);
  });
  window.addEventListener('resize', () => presenting() && fitCharts(root));
  copy?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      if (announcer) announcer.textContent = `Copied a link to ${status.textContent}`;
    } catch {
      if (announcer) announcer.textContent = 'Could not copy. Copy the address from the address bar instead.';
    }
  });
  // The notes open in a window of their own, to drag to the trainer's screen.
  notes?.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    const w = window.open(`${notes.href}#${prefix}-${current + 1}`, 'wtn-notes', 'popup,width=640,height=720');
    if (w) e.preventDefault();
  });
  // The handout's code loads only when a trainer asks for one.
  $<HTMLButtonElement>('[data-walkthrough-handout]')?.addEventListener('click', () => import('./handout.ts').then((h) => h.printHandout(root, items)));
  const sync = root.dataset.walkthroughSync ? syncWindows(root.dataset.walkthroughSync, () => current, (i) => show(i, { remote: true })) : undefined;

  const start = fromHash();
  const first = Number(root.dataset.walkthroughStart ?? 1) - 1;
  // A window opened from another (the notes, opened from the slides) asks where the others are
  // instead of announcing where it starts: the slides may have moved on while it loaded.
  const follower = Boolean(sync && window.opener);
  show(start ?? first, { scroll: start !== null, address: start !== null, remote: start === null || follower });
  if (root.hasAttribute('data-walkthrough-auto-present')) setPresenting(true, false);
  if (start === null || follower) sync?.ask();
}
