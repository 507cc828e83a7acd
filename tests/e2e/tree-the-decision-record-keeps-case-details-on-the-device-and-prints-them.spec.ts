import { test, expect } from '@playwright/test';
import { openTree, outcomeHeading, pathAddress } from './tree-helpers.ts';

test('case reference, decision-maker and rationale stay on the device, out of the address, and print on the record', async ({ page }) => {
  const requests: string[] = [];
  await openTree(page, pathAddress('serious-case-review', '2015', { 'what-happened': 'seriously-harmed', 'abuse-or-neglect': 'yes', 'working-together': 'yes' }));
  await expect(outcomeHeading(page)).toBeVisible();
  page.on('request', (r) => requests.push(r.url()));
  await page.getByText('Add details to the decision record (optional)').click();
  await page.getByLabel('Case reference').fill('CR-2041');
  await page.getByLabel('Decision made by').fill('A. Manager, Head of Safeguarding');
  await page.getByLabel('Rationale').fill('Serious harm; abuse suspected; criteria met.');
  expect(page.url()).not.toContain('CR-2041');
  expect(requests).toEqual([]);

  await page.reload();
  await expect(page.getByLabel('Case reference')).toHaveValue('CR-2041');

  await page.emulateMedia({ media: 'print' });
  const record = page.getByRole('region', { name: 'Decision record (for printing)' });
  await expect(record).toBeVisible();
  await expect(record).toContainText('CR-2041');
  await expect(record).toContainText('A. Manager, Head of Safeguarding');
  await expect(record).toContainText('Serious harm; abuse suspected; criteria met.');
  await expect(page.getByLabel('Case reference')).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Clear these details' }).click();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wtn-decision-record')))).toEqual([]);
});
