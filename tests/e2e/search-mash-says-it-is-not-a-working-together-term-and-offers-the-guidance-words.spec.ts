import { test, expect as baseExpect } from '@playwright/test';
import { message, typeSearch } from './search-helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });

test('on the search page "MASH" says it is not a Working Together term and offers what the guidance calls it', async ({ page }) => {
  await page.goto('search/?q=MASH');
  const note = page.getByRole('region', { name: 'About “MASH”' });
  await expect(note).toContainText('“MASH” (multi-agency safeguarding hub) is not a term Working Together uses.');
  await expect(note).toContainText('referral to local authority children\'s social care');
  await expect(note).toContainText('Not confirmed:');
  await note.getByText('What “MASH” is, and where the guidance deals with it').click();
  await expect(note.getByRole('link', { name: 'Working Together 2018: Decision on a referral within one working day' })).toHaveAttribute('href', /\/2018\/chapter-1\/#referral-decision-one-day$/);
  await note.getByRole('link', { name: 'referral', exact: true }).click();
  await expect(page).toHaveURL(/search\/\?q=referral$/);
  await expect(page.getByLabel('Words, or a paragraph such as WT2010 5.82')).toHaveValue('referral');
});

test('in the header box "MASH" says so above its results too', async ({ page }) => {
  await page.goto('');
  await typeSearch(page, 'MASH');
  await expect(message(page)).toContainText('is not a term Working Together uses');
});
