import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { importFixture, paragraphsOf } from '../fixtures/official/import-fixture.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { sampleDoc } from '../fixtures/official/sample-doc.ts';
import type { ImportResult } from '../../src/official/import-pdf.ts';

let r: ImportResult;
before(async () => { r = await importFixture(sampleDoc()); });
after(closePrinter);

test('the cover and contents are skipped and the contents agree with the headings found', () => {
  assert.deepEqual(r.official.chapters.map((c) => c.slug), ['chapter-1', 'chapter-2']);
  assert.deepEqual(r.warnings, []);
});

test('each paragraph keeps its number, anchor, printed page and heading path', () => {
  const p = paragraphsOf(r);
  assert.deepEqual(p.map((x) => x.number), ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3']);
  assert.equal(p[5].anchor, 'para-2-1');
  assert.deepEqual(p.map((x) => x.page), [3, 3, 3, 3, 4, 5, 5, 5]);
  assert.deepEqual(p[3].headings, ['Chapter 1: Planning the plots', 'Keeping records']);
});

test('running headers and page numbers are dropped from the text', () => {
  const all = JSON.stringify(r.official);
  assert.doesNotMatch(all, /Tending Shared Gardens Together/);
});

test('a paragraph runs on over a page break', () => {
  assert.match(paragraphsOf(r)[3].text, /and the book is read aloud at the autumn meeting\.$/);
});

test('bullets stay inside their paragraph as a list, with the text after them', () => {
  const p = paragraphsOf(r)[2];
  assert.deepEqual(p.body.map((b) => b.kind), ['text', 'list', 'text']);
  assert.deepEqual(p.body[0], { kind: 'text', text: 'Before the first spade goes in, the group agrees three things:' });
  const list = p.body[1];
  assert.ok(list.kind === 'list' && list.style === 'bullet');
  assert.equal(list.items.length, 3);
  assert.deepEqual(list.items[1], { label: '•', body: [{ kind: 'text', text: 'how the rainwater barrels are shared between neighbouring plots; and' }] });
  assert.deepEqual(p.body[2], { kind: 'text', text: 'These agreements are written on the noticeboard.' });
  assert.match(p.text, /three things: who looks after .* noticeboard\.$/);
});

test('footnotes are kept apart and linked by their marker', () => {
  const p = paragraphsOf(r)[1];
  assert.match(p.text, /rest this season\[\^1\] and which/);
  assert.deepEqual(p.footnotes, ['1']);
  assert.deepEqual(r.official.chapters[0].footnotes, [{ number: '1', page: 3, text: 'A bed rests when nothing is grown in it for a whole season.' }]);
  assert.doesNotMatch(p.text, /whole season/);
});

test('a boxed passage is an unnumbered block with its title', () => {
  const box = r.official.chapters[0].blocks.find((b) => b.kind === 'box');
  assert.ok(box && box.kind === 'box');
  assert.equal(box.title, 'A note for new groups');
  assert.match(box.text, /^Small groups often start/);
});

test('tables and flowcharts are figures, never paragraphs', () => {
  const figures = r.official.chapters.flatMap((c) => c.blocks.filter((b) => b.kind === 'figure'));
  assert.deepEqual(figures.map((f) => f.kind === 'figure' && [f.figure, f.caption, f.page]), [['table', 'Table 1: Who waters what', 4], ['flowchart', 'Flowchart 1: Lending a tool', 6]]);
  assert.ok(paragraphsOf(r).every((p) => !/North beds|Keeper checks/.test(p.text)));
});
