/**
 * "Copy link" and "Copy citation" buttons: shown only when the clipboard is available, and
 * announced to screen readers through the page's status region when the copy succeeds.
 */
export function initCopyControls(): void {
  if (!navigator.clipboard) return;
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((b) => (b.hidden = false));
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const raw = button.dataset.value ?? '';
    const text = button.dataset.copy === 'link' ? new URL(raw, location.href).href : raw;
    try {
      await navigator.clipboard.writeText(text);
      if (announcer) announcer.textContent = `Copied: ${text}`;
      button.dataset.copied = 'true';
      setTimeout(() => delete button.dataset.copied, 2000);
    } catch {
      if (announcer) announcer.textContent = 'Could not copy. Select the text and copy it yourself.';
    }
  });
}
