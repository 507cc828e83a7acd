import { test, expect } from '@playwright/test';

test("a slide's chart steps through with its own Previous and Next, and a box selects its step", async ({ page }) => {
  await page.goto('sessions/');
  const session = (await page.locator('main h2 a').first().getAttribute('href'))!;
  await page.goto(`${session}present/`);
  // Find the first slide that holds a chart.
  const slide = page.locator('.slide').filter({ has: page.locator('[data-walkthrough-nested]') }).first();
  const id = (await slide.getAttribute('id'))!;
  await page.goto(`${session}present/#${id}`);
  await expect(slide).toBeVisible();
  const stepper = slide.locator('[data-walkthrough-nested]');
  const status = stepper.locator('[data-walkthrough-status]');
  const before = (await status.textContent())!;
  const n = Number(/^Step (\d+) of/.exec(before)![1]);
  const total = Number(/of (\d+)/.exec(before)![1]);
  const by = n < total ? 1 : -1;
  await stepper.getByRole('button', { name: by > 0 ? 'Next step' : 'Previous step' }).click();
  await expect(status).toHaveText(new RegExp(`^Step ${n + by} of ${total}: `));
  await expect(stepper.locator(`svg [data-step="${n + by}"]`)).toHaveClass(/is-current/);
  await expect(stepper.locator(`svg [data-step="${n}"]`)).not.toHaveClass(/is-current/);
  // The slide stays put: stepping the chart does not change the slide or its address.
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await stepper.locator('svg [data-step="1"]').click();
  await expect(status).toHaveText(new RegExp(`^Step 1 of ${total}: `));
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});
