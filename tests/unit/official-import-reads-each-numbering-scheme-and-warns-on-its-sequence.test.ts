import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { importFixture, paragraphsOf } from '../fixtures/official/import-fixture.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { sampleDoc } from '../fixtures/official/sample-doc.ts';

after(closePrinter);

test('numbers restarting in each chapter ("1.") are read as per-chapter numbering', async () => {
  const r = await importFixture(sampleDoc('per-chapter'), '2013');
  assert.equal(r.official.scheme, 'per-chapter');
  assert.deepEqual(paragraphsOf(r).map((p) => p.number), ['1', '2', '3', '4', '5', '1', '2', '3']);
  assert.deepEqual(r.warnings, []);
});

test('one run of numbers through the document is read as continuous numbering', async () => {
  const r = await importFixture(sampleDoc('continuous'), '2023');
  assert.equal(r.official.scheme, 'continuous');
  assert.deepEqual(paragraphsOf(r).map((p) => p.anchor).slice(-2), ['para-7', 'para-8']);
});

test('a scheme other than the edition declares is a warning', async () => {
  const r = await importFixture(sampleDoc('continuous'), '2010');
  assert.ok(r.warnings.some((w) => /numbers its paragraphs "continuous".*says "chapter-dot-paragraph"/.test(w.message)));
});

test('gaps, duplicates and numbers out of order are warnings that name the page', async () => {
  const doc = sampleDoc();
  const p3 = doc.pages[2].blocks;
  const set = (i: number, n: string) => { const b = p3[i]; if (b.kind === 'para') b.n = n; };
  set(3, '1.1'); // duplicate of 1.1 instead of 1.2
  set(7, '1.7'); // 1.3 then 1.7: three missing
  const p5 = doc.pages[4].blocks;
  if (p5[3].kind === 'para') p5[3].n = '2.9';
  if (p5[5].kind === 'para') p5[5].n = '2.2'; // after 2.9: out of order
  const r = await importFixture(doc);
  const messages = r.warnings.map((w) => `${w.page}: ${w.message}`);
  assert.ok(messages.some((m) => /^3: Duplicate paragraph number 1\.1 on page 3/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /^3: Gap in the numbering: 1\.3 \(page 3\) is followed by 1\.7 on page 3; 3 numbers are missing/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /^5: Paragraph 2\.2 on page 5 is out of order: it comes after 2\.9/.test(m)), messages.join('\n'));
});
