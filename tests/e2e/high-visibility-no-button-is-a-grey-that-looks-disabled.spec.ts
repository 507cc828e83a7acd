import { test, expect } from '@playwright/test';

// In high visibility the browser's own buttons and lists are a mid-grey that reads as disabled.
test('in high visibility, no enabled button or list on the action plan, checker or search page is mid-grey', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('wtn-reader', JSON.stringify({ highVisibility: true })));
  const grey: string[] = [];
  for (const path of ['compare/2023/2026/action-plan/', 'check/', 'search/?q=conference']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-high-visibility', '');
    await page.waitForLoadState('networkidle');
    const found = await page.locator('button, select, input[type="submit"], input[type="button"]').evaluateAll((els) => els
      .filter((e) => e.getClientRects().length && !(e as HTMLButtonElement).disabled && e.getAttribute('aria-disabled') !== 'true')
      .map((e) => ({ name: (e.textContent ?? '').trim().slice(0, 30) || e.getAttribute('name'), bg: getComputedStyle(e).backgroundColor }))
      .filter(({ bg }) => { const [r, g, b] = bg.match(/\d+/g)!.map(Number); return Math.max(r, g, b) - Math.min(r, g, b) < 20 && r > 60 && r < 200; }));
    grey.push(...found.map((f) => `${path}: ${f.name} (${f.bg})`));
  }
  expect(grey).toEqual([]);
});
