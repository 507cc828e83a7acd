/**
 * What a page costs a reader on first load, measured in Chromium: every response until the
 * network is idle, gzipped as a static host would serve it, summed by kind.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';

export interface Weight { html: number; css: number; js: number; other: number; requests: number }

const kindOf = (type: string, url: string): keyof Omit<Weight, 'requests'> =>
  type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') || url.endsWith('.js') || url.endsWith('.mjs') ? 'js' : 'other';

/** Records what the page downloads while `action` runs (by default: loading `url`). */
export async function measure(page: Page, action: () => Promise<unknown>): Promise<Weight> {
  const w: Weight = { html: 0, css: 0, js: 0, other: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  const onResponse = (r: import('playwright').Response) => {
    pending.push((async () => {
      try {
        const body = await r.body();
        w[kindOf(r.headers()['content-type'] ?? '', r.url())] += gzipSync(body, { level: 9 }).length;
        w.requests++;
      } catch { /* redirects and aborted requests carry no body */ }
    })());
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return w;
}
