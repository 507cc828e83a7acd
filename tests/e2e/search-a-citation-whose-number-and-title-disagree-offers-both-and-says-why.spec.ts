import { test, expect } from '@playwright/test';
import { message, options, typeSearch } from './search-helpers.ts';

test('a chapter number carried from another edition offers where the topic is now first, then the numbered chapter, with why', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'Working Together 2023 Ch 2 — Managing allegations');
  await expect(message(page)).toContainText('Chapter 2 of Working Together 2023 is ‘Multi-agency safeguarding arrangements’');
  await expect(message(page)).toContainText('chapter 4 of Working Together 2023');
  await expect(options(page).nth(0)).toContainText('People in positions of trust');
  await expect(options(page).nth(0)).toContainText('Holds the topic in this edition');
  await expect(options(page).nth(1)).toContainText('The chapter the number names');
});
