/**
 * The phone menu opens and closes without JavaScript (it is a <details>); with it, Escape also
 * closes it and returns focus to its button, from its links or from the display options shown
 * under them, but not from another widget (the search box's results), whose Escape is its own.
 */
export function initSiteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  if (!menu) return;
  document.addEventListener('keydown', (event) => {
    const focus = document.activeElement;
    const ours = !focus || focus === document.body || menu.contains(focus) || !!focus.closest('[data-reader-options]');
    if (event.key !== 'Escape' || !menu.open || !ours) return;
    menu.open = false;
    menu.querySelector('summary')!.focus();
  });
}
