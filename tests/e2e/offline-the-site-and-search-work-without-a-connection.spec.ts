import { test, expect } from '@playwright/test';
import { options, typeSearch } from './search-helpers.ts';

test.use({ serviceWorkers: 'allow' });

test('after a first visit, chapters and search work offline, and the page says it is offline', async ({ page, context }) => {
  await page.goto('');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    await new Promise<void>((resolve) => {
      navigator.serviceWorker.addEventListener('message', (e) => { if (e.data?.type === 'wtn-offline-ready') resolve(); });
      navigator.serviceWorker.controller?.postMessage('wtn-offline-status');
      if (!navigator.serviceWorker.controller) navigator.serviceWorker.addEventListener('controllerchange', () => navigator.serviceWorker.controller!.postMessage('wtn-offline-status'));
    });
  });
  await context.setOffline(true);
  await page.goto('2018/chapter-4/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Improving child protection and safeguarding practice');
  await expect(page.locator('[data-offline-note]')).toContainText('You are offline');
  await typeSearch(page, 'rapid review');
  await expect(options(page).first()).toBeVisible();
});

test('an unsaved page offline explains what still works', async ({ page, context }) => {
  await page.goto('');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await context.setOffline(true);
  await page.goto('history/2023/icpc-timing/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
});
