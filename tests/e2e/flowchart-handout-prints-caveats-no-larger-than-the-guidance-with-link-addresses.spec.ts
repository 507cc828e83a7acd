import { test, expect } from '@playwright/test';

test("the handout prints each caveat no larger than the guidance it qualifies, and each link's address after it", async ({ page }) => {
  await page.addInitScript(() => { window.print = () => undefined; });
  await page.goto('flowcharts/2018/referral/');
  await page.getByRole('button', { name: /^Print a handout/ }).click();
  await page.emulateMedia({ media: 'print' });
  const guidance = page.locator('[data-walkthrough-item] .step-provision');
  expect(await guidance.count()).toBeGreaterThan(3);
  const sizes = await guidance.evaluateAll((blocks) => blocks.map((b) => {
    const size = (sel: string) => [...b.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
    return { body: Math.min(...size('.step-provision__body p, .step-provision__body li')), notes: size('.provision__unsure, .provision__unconfirmed, .step-provision__cite') };
  }));
  const notes = sizes.flatMap((s) => s.notes.map((n) => ({ n, body: s.body })));
  expect(notes.length).toBeGreaterThan(3);
  for (const { n, body } of notes) expect(n).toBeLessThanOrEqual(body);
  // A link to the chapter prints its full address; a link to another step on the handout does not.
  const link = page.locator('[data-walkthrough-item] a', { hasText: 'Read it in its chapter' }).first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(`${new URL(page.url()).origin}/2018/`);
  const stepLink = page.locator('[data-walkthrough-item] .flowchart-step__next a').first();
  expect(await stepLink.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
});
