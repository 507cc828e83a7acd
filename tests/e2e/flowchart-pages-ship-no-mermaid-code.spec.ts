import { test, expect } from '@playwright/test';

test('chart, comparison and session pages load no Mermaid code', async ({ page }) => {
  test.setTimeout(300_000); // every page of its kind, one after another
  await page.goto('flowcharts/');
  const targets = await page.locator('main a[href*="/flowcharts/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  await page.goto('sessions/');
  targets.push(...(await page.locator('main a[href*="/sessions/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))));
  for (const url of targets) {
    const scripts: string[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script' && r.ok()) scripts.push(await r.text());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    page.removeAllListeners('response');
    expect(await page.content(), url).not.toMatch(/mermaid/i);
    for (const js of scripts) expect(js, `a script on ${url}`).not.toMatch(/mermaid|flowchart-v2|dagre/i);
  }
});
