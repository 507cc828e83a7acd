import { test, expect } from '@playwright/test';

test('every session states its objectives, and each question links to the paragraphs it cites', async ({ page }) => {
  await page.goto('sessions/');
  const sessions = await page.locator('main h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(sessions.length).toBeGreaterThanOrEqual(2);
  for (const url of sessions) {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Objectives' })).toBeVisible();
    const questions = page.locator('.session-questions > li');
    expect(await questions.count()).toBeGreaterThan(0);
    for (const q of await questions.all()) {
      const link = q.locator('.session-refer a').first();
      await expect(link).toHaveText(/^Working Together \d{4}, /);
      const href = (await link.getAttribute('href'))!;
      const target = new URL(href, url);
      const res = await page.request.get(target.pathname);
      expect(res.status(), href).toBe(200);
      expect(await res.text()).toContain(`id="${target.hash.slice(1)}"`);
    }
  }
});
