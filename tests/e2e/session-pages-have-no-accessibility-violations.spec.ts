import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
}

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

test('the sessions index, each session page and each presenter view have no WCAG 2.2 AA violations', async ({ page }) => {
  test.setTimeout(300_000); // every page of its kind, one after another
  await page.goto('sessions/');
  expect(await violations(page)).toEqual([]);
  const sessions = await page.locator('main h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const url of sessions) {
    await page.goto(url);
    expect(await violations(page), url).toEqual([]);
    // The presenter view opens presenting; the button leaves it.
    await page.goto(`${url}present/`);
    await page.keyboard.press('ArrowRight');
    await scrollSettled(page);
    expect(await violations(page), `${url}present/ presenting`).toEqual([]);
    await page.getByRole('button', { name: 'Presenter view' }).click();
    expect(await violations(page), `${url}present/`).toEqual([]);
    await page.goto(`${url}notes/`);
    expect(await violations(page), `${url}notes/`).toEqual([]);
  }
});
