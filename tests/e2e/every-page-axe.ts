/**
 * One page, every check of the every-page sweep, with one navigation: reflow at 320 and 390 px,
 * axe (WCAG 2.2 AA) in the default mode, then axe again in the high-visibility mode.
 *
 * High visibility is CSS only: the reader's control (src/components/ReaderOptions) stores the
 * choice and sets `data-high-visibility` on <html>; the stylesheets do the rest, with no
 * transitions and no script reading the mode. Switching it on the loaded page the same way
 * (stored choice, attribute, the control's checkbox) gives the page a fresh high-visibility
 * load would give, and axe recomputes every style. The second axe run is also about twice as
 * fast as a first run on a fresh page, since its code is already compiled.
 * tests/e2e/every-page-sweep-finds-a-fault-only-high-visibility-shows.spec.ts proves both.
 */
import type { Page } from '@playwright/test';
import { wcagViolations } from './wcag.ts';

/** Pages per test: each test's pages run in one browser page, one test per worker at a time. */
export const CHUNK = 60;
const PHONE_WIDTHS = [320, 390];
export const READER_KEY = 'wtn-reader';

/** axe in the page as it is now, each violation as "id (count) first target". */
export async function axeNow(page: Page): Promise<string[]> {
  return (await wcagViolations(page)).map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

/** Turns high visibility on or off on the loaded page as the reader's control does. */
export async function setHighVisibility(page: Page, on: boolean): Promise<void> {
  await page.evaluate(([key, on]) => {
    const prefs = JSON.parse(localStorage.getItem(key as string) ?? '{}') as Record<string, unknown>;
    if (on) prefs.highVisibility = true; else delete prefs.highVisibility;
    if (Object.keys(prefs).length) localStorage.setItem(key as string, JSON.stringify(prefs)); else localStorage.removeItem(key as string);
    document.documentElement.toggleAttribute('data-high-visibility', on as boolean);
    const box = document.querySelector<HTMLInputElement>('input[name="high-visibility"]');
    if (box) box.checked = on as boolean;
  }, [READER_KEY, on] as const);
}

/** Sideways scrolling at each phone width, as "at 320 px is 402 px wide". */
async function overflow(page: Page): Promise<string[]> {
  const size = page.viewportSize()!;
  const out: string[] = [];
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: size.height });
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (pageWidth > width) out.push(`at ${width} px is ${pageWidth} px wide`);
  }
  await page.setViewportSize(size);
  return out;
}

/** Every check on the loaded page (addInitScript of AXE_PATH before the first page saves adding axe to each). */
export async function axeAllModes(page: Page): Promise<{ violations: string[]; overflowing: string[] }> {
  const overflowing = await overflow(page);
  const violations = (await axeNow(page)).map((v) => `default: ${v}`);
  await setHighVisibility(page, true);
  violations.push(...(await axeNow(page)).map((v) => `high visibility: ${v}`));
  await setHighVisibility(page, false);
  return { violations, overflowing };
}
