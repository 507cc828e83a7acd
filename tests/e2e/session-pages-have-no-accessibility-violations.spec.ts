import { test, expect, type Page } from '@playwright/test';
import { wcagFindings } from './wcag.ts';


const violations = (page: Page) => wcagFindings(page);

/** Waits until the presenter view has finished its smooth scroll to the new slide, as a reader sees it. */
async function scrollSettled(page: Page) {
  await page.waitForFunction(() => new Promise<boolean>((done) => {
    const box = document.querySelector('.walkthrough[data-presenting]') ?? document.documentElement;
    let last = -1;
    let still = 0;
    const tick = () => {
      still = box.scrollTop === last ? still + 1 : 0;
      last = box.scrollTop;
      if (still >= 5) done(true);
      else requestAnimationFrame(tick);
    };
    tick();
  }));
}

// Every session page, its presenter view and its notes page as they load are checked, in both modes,
// by every-page-is-accessible.spec.ts; this checks the states a trainer moves them into.
test('each presenter view, moved on a slide and then left, has no WCAG 2.2 AA violations', async ({ page }) => {
  test.setTimeout(300_000); // every session, one after another
  await page.goto('sessions/');
  const sessions = await page.locator('main h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(sessions.length).toBeGreaterThan(3);
  for (const url of sessions) {
    // The presenter view opens presenting; the button leaves it.
    await page.goto(`${url}present/`);
    await page.keyboard.press('ArrowRight');
    await scrollSettled(page);
    expect(await violations(page), `${url}present/ presenting`).toEqual([]);
    await page.getByRole('button', { name: 'Presenter view' }).click();
    expect(await violations(page), `${url}present/`).toEqual([]);
  }
});
