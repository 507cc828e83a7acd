import { test, expect } from '@playwright/test';

test('on a phone the menu opens by keyboard, every link is reached with Tab, and Escape closes it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('2026/chapter-3/');
  const menu = page.locator('summary', { hasText: 'Menu' });
  // Skip link, site name, then the Menu button: the order the eye reads.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  const expected = await nav.getByRole('link').allTextContents();
  expect(expected.length).toBeGreaterThanOrEqual(10);
  const reached: string[] = [];
  for (const _ of expected) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  }
  expect(reached).toEqual(expected);
  // The display options follow the links inside the menu, then the search box.
  await page.keyboard.press('Tab');
  await expect(page.getByText('Display options')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});

test('the menu button tells a screen reader whether the menu is open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('');
  // What the browser exposes to assistive technology (a <summary> has no ARIA role to query by).
  const cdp = await page.context().newCDPSession(page);
  const expanded = async () => {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const button = nodes.find((n) => n.name?.value === 'Menu' && n.role?.value !== 'StaticText');
    return button?.properties?.find((p) => p.name === 'expanded')?.value.value;
  };
  expect(await expanded()).toBe(false);
  await page.locator('summary', { hasText: 'Menu' }).click();
  expect(await expanded()).toBe(true);
});
