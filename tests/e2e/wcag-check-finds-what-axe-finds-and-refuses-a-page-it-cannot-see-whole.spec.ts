import { test, expect } from '@playwright/test';
import { wcagFindings } from './wcag.ts';

// The in-page axe check every browser test uses (wcag.ts) must find faults, keep to the part of the
// page it is given, and never pass a page whose frames it cannot see into.
const FAULTY = `<!doctype html><html lang="en"><head><title>t</title></head><body><main>
  <section id="fine"><h1>Fine</h1><p>Readable text.</p></section>
  <section id="faulty"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">
  <p style="color:#bbb;background:#fff">Pale text</p></section></main></body></html>`;

test('it finds a missing alternative text and a low contrast, naming each rule and element', async ({ page }) => {
  await page.setContent(FAULTY);
  const found = await wcagFindings(page);
  expect(found.some((f) => f.startsWith('image-alt:') && f.includes('img'))).toBe(true);
  expect(found.some((f) => f.startsWith('color-contrast:'))).toBe(true);
});

test('given a part of the page, it checks only that part; given rules, only those rules', async ({ page }) => {
  await page.setContent(FAULTY);
  expect(await wcagFindings(page, { include: ['#fine'] })).toEqual([]);
  const contrastOnly = await wcagFindings(page, { rules: ['color-contrast'] });
  expect(contrastOnly.map((f) => f.split(':')[0])).toEqual(['color-contrast']);
});

test('a page with a frame fails the check instead of passing unseen', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><iframe title="x" srcdoc="<p>inside</p>"></iframe></main></html>');
  await expect(wcagFindings(page)).rejects.toThrow(/frame/);
});
