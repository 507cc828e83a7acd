/**
 * The system clipboard is shared by every browser the two test workers run, so a test reading it
 * can see another test's copy. Tests that copy install this instead: a clipboard of the page's own
 * (writeText, write with a text/plain item, readText), so each reads only what it copied.
 */
import type { Page } from '@playwright/test';

export async function usePageClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let held = '';
    const clipboard = {
      writeText: async (text: string) => { held = text; },
      write: async (items: { types: string[]; getType(t: string): Promise<Blob> }[]) => { held = await (await items[0].getType('text/plain')).text(); },
      // A copy finishes asynchronously (a rich copy builds blobs): wait briefly for it.
      readText: async () => { for (let i = 0; i < 40 && !held; i++) await new Promise((r) => setTimeout(r, 50)); return held; },
    };
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  });
}
