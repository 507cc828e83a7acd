import { test, expect as baseExpect } from '@playwright/test';

// Search loads Pagefind on first use; on a busy machine the first results can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

for (const width of [320, 390]) {
  test(`the search page with results and filters fits ${width} px without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('search/?q=conference');
    await expect(page.getByRole('main').locator('.search-result').first()).toBeVisible();
    // On a phone the filters fold behind "Filters"; open them to measure them too.
    await page.locator('summary', { hasText: 'Filters' }).click();
    await expect(page.getByLabel('Chapter')).toBeVisible();
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    const chapter = await page.getByLabel('Chapter').boundingBox();
    expect(chapter!.x + chapter!.width).toBeLessThanOrEqual(width);
    const result = await page.getByRole('main').locator('.search-result').first().boundingBox();
    expect(result!.x + result!.width).toBeLessThanOrEqual(width);
  });
}
