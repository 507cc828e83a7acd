import { test, expect } from '@playwright/test';

// content/currency.yaml lists the 2026 consultation on revising Working Together 2026.

test('the home page points from the edition in force to the proposed revision, which the 2026 page explains', async ({ page }) => {
  await page.goto('');
  const pointer = page.locator('[data-revision-pointer]');
  await expect(pointer).toContainText('Proposed, not yet published');
  await expect(pointer).toContainText('Working Together 2026');
  await pointer.getByRole('link', { name: 'What it covers and where to follow it' }).click();
  await expect(page).toHaveURL(/\/2026\/#revision-consultation-2026-improving-help$/);
  const revision = page.getByRole('article', { name: 'Consultation: Improving help and child protection: revised framework' });
  await expect(revision).toContainText('22 June 2026 to 4 September 2026 (closed)');
  await expect(revision).toContainText('multi-agency child protection teams');
  await expect(revision.getByRole('link', { name: /gov\.uk\/government\/consultations/ })).toBeVisible();
  // The edition in force is still 2026: the proposal does not change that.
  await expect(page.getByText('In force', { exact: true }).first()).toBeVisible();
});

test('the About page lists it under how current the site is, with its sources', async ({ page }) => {
  await page.goto('about/');
  const revision = page.getByRole('article', { name: 'Consultation: Improving help and child protection: revised framework' });
  await expect(revision).toContainText('Proposed, not in force');
  await expect(revision.getByRole('link', { name: /Wiltshire Safeguarding Vulnerable People Partnership/ })).toHaveAttribute('href', /#source-web-2026-wiltshire-consultation$/);
});

test('an edition with no revision under way shows none', async ({ page }) => {
  await page.goto('2023/');
  await expect(page.locator('[data-revisions]')).toHaveCount(0);
});

test('on a 390 px phone each proposed topic is a bulleted item of its own, set apart from the next, with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('2026/#revision-consultation-2026-improving-help');
  const topics = page.getByRole('article', { name: 'Consultation: Improving help and child protection: revised framework' }).getByRole('list').first().getByRole('listitem');
  expect(await topics.count()).toBeGreaterThan(3);
  expect(await topics.first().evaluate((li) => getComputedStyle(li).listStyleType)).toBe('disc');
  // Both boxes read at once: the page may still be scrolling to the anchor.
  const gap = await topics.first().evaluate((li) => li.nextElementSibling!.getBoundingClientRect().top - li.getBoundingClientRect().bottom);
  expect(gap).toBeGreaterThan(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
});
