import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('what a manager types is kept on this device across visits, and nothing is sent', async ({ page }) => {
  await page.goto('compare/2018/2023/action-plan/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  // The browser may still fetch the page's own icon; what matters is that nothing typed is sent.
  page.on('request', (r) => { if (r.method() !== 'GET' || /partnership|manager/i.test(r.url())) requests.push(r.url()); });
  const cell = page.getByRole('textbox', { name: /^Action for/ }).first();
  await cell.fill('Brief the partnership board on lead safeguarding partners');
  await page.getByRole('textbox', { name: /^Lead for/ }).first().fill('Partnership manager');
  await expect(page.getByText('Saved on this device.')).toBeVisible();
  expect(requests).toEqual([]);
  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Action for/ }).first()).toHaveValue('Brief the partnership board on lead safeguarding partners');
});

test('the plan exports as a CSV file made in the browser', async ({ page }) => {
  await page.goto('compare/2018/2023/action-plan/');
  await page.getByRole('textbox', { name: /^Action for/ }).first().fill('Review local procedures');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('Change type,Chapter,Provision,Link,What changed,Action,Lead,By when,Comments / progress');
  expect(csv).toContain('Review local procedures');
});
