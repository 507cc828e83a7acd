import { test, expect, type Request } from '@playwright/test';
import { choose, openTree, outcomeHeading } from './tree-helpers.ts';

/**
 * Chromium fetches the page's favicon again whenever the address changes, even when only the
 * fragment changes. That request is for a fixed file, carries no fragment, query, body or
 * referrer, and so carries none of the answers: it is the only request allowed, and checked.
 */
const isBareFavicon = (r: Request) =>
  r.method() === 'GET' && new URL(r.url()).pathname.endsWith('/favicon.svg') && !new URL(r.url()).search &&
  r.postData() === null && !r.headers()['referer'];

test('answering, changing answers, switching edition and starting again send nothing anywhere', async ({ page }) => {
  await openTree(page, 'trees/refer-to-childrens-social-care/');
  await page.waitForLoadState('networkidle');
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await choose(page, 'No');
  await choose(page, 'No');
  await choose(page, 'Yes: additional needs that local services could meet with early support');
  await expect(outcomeHeading(page)).toBeVisible();
  await page.getByRole('button', { name: /^Change your answer to “Do you think the child/ }).click();
  await choose(page, "I'm not sure");
  await expect(outcomeHeading(page)).toContainText('safeguarding lead');
  for (const b of await page.getByRole('group', { name: 'Apply the guidance of' }).getByRole('button').all()) await b.click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.goBack();
  await page.waitForTimeout(300);
  expect(requests.filter((r) => !isBareFavicon(r)).map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
});
