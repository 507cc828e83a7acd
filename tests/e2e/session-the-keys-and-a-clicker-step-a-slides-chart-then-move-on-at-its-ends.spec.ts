import { test, expect, type Page } from '@playwright/test';

/** Opens the first session's presenter view at its first slide holding a chart. */
async function slideWithChart(page: Page) {
  await page.goto('sessions/');
  const session = (await page.locator('main h2 a').first().getAttribute('href'))!;
  await page.goto(`${session}present/`);
  const id = (await page.locator('.slide').filter({ has: page.locator('[data-walkthrough-nested]') }).first().getAttribute('id'))!;
  await page.goto(`${session}present/#${id}`);
  const slide = page.locator(`#${id}`);
  await expect(slide).toBeVisible();
  return { id, slide, n: Number(id.replace('slide-', '')), status: slide.locator('[data-walkthrough-nested] [data-walkthrough-status]') };
}
const stepOf = async (status: import('@playwright/test').Locator) => {
  const [, n, total] = /^Step (\d+) of (\d+)/.exec((await status.textContent())!)!.map(Number);
  return { n, total };
};

test("on a slide with a chart, the arrow keys and a clicker's PageDown and PageUp step the chart, and the slide stays", async ({ page }) => {
  const { id, status } = await slideWithChart(page);
  const { n, total } = await stepOf(status);
  expect(total).toBeGreaterThan(2);
  const by = n < total ? 1 : -1;
  await page.keyboard.press(by > 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect(status).toHaveText(new RegExp(`^Step ${n + by} of ${total}`));
  await page.keyboard.press(by > 0 ? 'PageUp' : 'PageDown');
  await expect(status).toHaveText(new RegExp(`^Step ${n} of ${total}`));
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test("at the chart's last step the next key moves to the next slide, and at its first step the previous key to the slide before", async ({ page }) => {
  const { n: slide, status } = await slideWithChart(page);
  let { n, total } = await stepOf(status);
  while (n < total) { await page.keyboard.press('PageDown'); ({ n } = await stepOf(status)); }
  await expect(page).toHaveURL(new RegExp(`#slide-${slide}$`));
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`#slide-${slide + 1}$`));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`#slide-${slide}$`));
  // Back on the chart's slide: the previous key steps the chart back to its first step, then leaves.
  ({ n } = await stepOf(status));
  while (n > 1) { await page.keyboard.press('ArrowLeft'); ({ n } = await stepOf(status)); }
  await expect(page).toHaveURL(new RegExp(`#slide-${slide}$`));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`#slide-${slide - 1}$`));
});
