import { test, expect } from '@playwright/test';

// Issue 21: each chapter's notice links the right official publication for its edition: the
// edition in force on GOV.UK, a superseded one at The National Archives, never the live page for an
// old edition; where the archived address is not recorded it says so; and it says plainly that the
// official text can be shown beside our summaries where a deployment has imported it.
const notice = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'About this summary' });

test('a superseded edition’s chapter links its copy at The National Archives', async ({ page }) => {
  await page.goto('2013/chapter-1/');
  const link = notice(page).getByRole('link', { name: 'The National Archives (UK Government Web Archive)' });
  await expect(link).toHaveAttribute('href', /^https:\/\/webarchive\.nationalarchives\.gov\.uk\/20130403143649\//);
  await expect(notice(page)).toContainText('shown beside our summaries');
});

test('a superseded edition whose archived address is not recorded says so, and links no live page', async ({ page }) => {
  await page.goto('2023/chapter-1/');
  await expect(notice(page)).toContainText('has not recorded the address of its copy of Working Together 2023');
  await expect(notice(page).getByRole('link')).toHaveCount(0);
});

test('the edition in force links GOV.UK', async ({ page }) => {
  await page.goto('2026/chapter-1/');
  await expect(notice(page).getByRole('link', { name: 'GOV.UK' })).toHaveAttribute('href', 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2');
});
