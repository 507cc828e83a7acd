import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitation } from '../../src/search/citation-parse.ts';
import { go, text, urls } from './helpers/citation-index-fixture.ts';

const E = ['2010', '2013', '2015', '2018', '2023'];

test('"WT2018 (amended Dec 2020) Pg.80" is page 80 of the 2018 edition as amended in 2020', () => {
  assert.deepEqual(parseCitation('WT2018 (amended Dec 2020) Pg.80', E), { edition: '2018', chapter: null, paragraph: null, dotted: false, pages: [80, 80], printing: '2020', printingMonth: 12 });
  assert.deepEqual(parseCitation('Working Together 2018 (updated December 2020), page 34', E)?.printing, '2020');
  assert.deepEqual(parseCitation('Working Together 2018 (2020 update) p 34', E)?.edition, '2018');
});

test('a page past the pages a source gives says where the list stops and offers that section and the later chapters', () => {
  const r = go('WT2018 (amended Dec 2020) Pg.80');
  assert.equal(r.kind, 'choose');
  assert.match(text(r), /stop at page 57/);
  assert.deepEqual(urls(r).slice(0, 3), ['/2018/chapter-1/#flowchart-6-section', '/2018/chapter-2/', '/2018/chapter-3/']);
});

test('a printing we have no page numbers for is named, what the known printing holds there is offered, and it is never landed on', () => {
  const r = go('Working Together 2018 (as revised July 2018) page 34');
  assert.equal(r.kind, 'not-found');
  assert.match(text(r), /You cite the July 2018 text, whose page numbers this site does not know; in the December 2020 printing/);
  assert.ok(urls(r).includes('/2018/chapter-1/'), 'the chapters follow');
});
