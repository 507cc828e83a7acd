/**
 * "Copy link" and "Copy citation" buttons: shown only when the clipboard is available, and
 * announced to screen readers through the page's status region when the copy succeeds.
 * A citation is copied with the provision's permanent link (this page's origin + its path):
 * as plain text ("Working Together 2010, para 5.84 (‘…’) – https://…") and, where the browser
 * allows, as rich text whose citation is a link, for case records that keep formatting.
 */

/** The plain-text and rich forms of a copied citation. */
export function citationWithLink(citation: string, url: string): { plain: string; html: string } {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return { plain: `${citation} – ${url}`, html: `<a href="${esc(url)}">${esc(citation)}</a>` };
}

async function copy(plain: string, html?: string): Promise<void> {
  if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      const item = new ClipboardItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      });
      await navigator.clipboard.write([item]);
      return;
    } catch {
      // Some browsers refuse rich text: fall back to plain text below.
    }
  }
  await navigator.clipboard.writeText(plain);
}

export function initCopyControls(): void {
  if (!navigator.clipboard) return;
  const announcer = document.querySelector<HTMLElement>('[data-announcer]');
  document.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((b) => (b.hidden = false));
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const raw = button.dataset.value ?? '';
    const href = button.closest<HTMLElement>('[data-href]')?.dataset.href;
    const forms = button.dataset.copy === 'citation' && href ? citationWithLink(raw, new URL(href, location.href).href) : null;
    const text = forms ? forms.plain : button.dataset.copy === 'link' ? new URL(raw, location.href).href : raw;
    try {
      await copy(text, forms?.html);
      if (announcer) announcer.textContent = `Copied: ${text}`;
      button.dataset.copied = 'true';
      setTimeout(() => delete button.dataset.copied, 2000);
    } catch {
      if (announcer) announcer.textContent = 'Could not copy. Select the text and copy it yourself.';
    }
  });
}
