import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { importFixture, paragraphsOf } from '../fixtures/official/import-fixture.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import type { FixturePage } from '../fixtures/official/layout.ts';

after(closePrinter);

// Paragraphs that start every page at the same height, in words alike but for their numbers, are
// body text, not a running header: nothing may be dropped for looking like page furniture.
test('the first paragraph of every page is kept, however alike the pages look', async () => {
  const pages: FixturePage[] = Array.from({ length: 8 }, (_, i) => ({
    printed: i + 1,
    blocks: [
      ...(i === 0 ? [{ kind: 'heading' as const, level: 1 as const, text: 'Chapter 1: A made-up chapter' }] : []),
      ...Array.from({ length: 6 }, (_, k) => ({ kind: 'para' as const, n: `1.${i * 6 + k + 1}`, text: `Made-up paragraph ${k} on page ${i + 1} about sharing garden tools and keeping the watering rota, long enough to wrap over two printed lines.` })),
    ],
  }));
  const r = await importFixture({ header: 'A made-up guide', pages });
  assert.deepEqual(paragraphsOf(r).map((p) => p.number), Array.from({ length: 48 }, (_, i) => `1.${i + 1}`));
  assert.deepEqual(r.warnings.filter((w) => /gap|duplicate|order/i.test(w.message)), [], 'no number is reported missing');
});
