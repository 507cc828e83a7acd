import { test, expect } from '@playwright/test';
import { message, options, typeSearch } from './search-helpers.ts';

test('a sentence pasted into the header search shows what was read, and Enter opens the cited chapter', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'Staff should follow the principles set out in chapter 1 of the guidance, Working Together to Safeguard Children 2023.');
  await expect(message(page)).toContainText('Read as: Working Together 2023, chapter 1');
  await expect(options(page).first()).toContainText('Chapter 1: A shared responsibility');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/2023\/chapter-1\/$/);
});

test('a citation is answered from the citation index alone, without loading the full-text index', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('');
  await typeSearch(page, 'Chapter 4 (Working Together 2010) ‘Training, development and supervision for inter-agency working’');
  await expect(options(page).first()).toContainText('Chapter 4: Training, development and supervision for inter-agency working');
  expect(fetched.some((u) => u.endsWith('/search/citations.json'))).toBe(true);
  expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});
