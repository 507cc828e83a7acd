/**
 * Conveniences for the phone menu (it opens and closes without them, being a <details>):
 * Escape closes it and returns focus to its button, and on a phone the display options
 * (which need JavaScript anyway) move into the menu so the header keeps to two short rows.
 */
const PHONE = '(max-width: 40rem)';

export function initSiteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  const panel = menu?.querySelector<HTMLElement>('[data-site-menu-panel]');
  const summary = menu?.querySelector<HTMLElement>('summary');
  if (!menu || !panel || !summary) return;

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    // Escape in another widget (the search box's results) belongs to that widget.
    const focus = document.activeElement;
    if (focus && focus !== document.body && !menu.contains(focus)) return;
    menu.open = false;
    summary.focus();
  });

  const options = document.querySelector<HTMLElement>('[data-reader-options]');
  if (!options || !menu.parentElement) return;
  const phone = matchMedia(PHONE);
  const place = () => {
    if (phone.matches) panel.append(options);
    else menu.before(options);
  };
  place();
  phone.addEventListener('change', place);
}
