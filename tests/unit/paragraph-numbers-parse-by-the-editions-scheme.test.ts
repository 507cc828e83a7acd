import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatParaRanges, parseParaRanges, rangeHolds, rangesOverlap } from '../../src/model/paragraphs.ts';

test('2010 numbers read as chapter.paragraph', () => {
  const r = parseParaRanges('5.82-5.112', 'chapter-dot-paragraph', '5')!;
  assert.deepEqual(r, [{ from: { chapter: '5', n: 82 }, to: { chapter: '5', n: 112 } }]);
  assert.ok(rangeHolds(r[0], { chapter: '5', n: 100 }));
  assert.ok(!rangeHolds(r[0], { chapter: '5', n: 113 }));
});

test('en dashes, spaced dashes and lists all parse', () => {
  assert.equal(formatParaRanges(parseParaRanges('5.82 – 5.84, 5.90', 'chapter-dot-paragraph', '5')!, 'chapter-dot-paragraph'), '5.82–5.84, 5.90');
});

test('per-chapter numbers belong to the chapter they are written in', () => {
  const r = parseParaRanges('23-25', 'per-chapter', '4')!;
  assert.equal(r[0].from.chapter, '4');
  assert.equal(formatParaRanges(r, 'per-chapter'), '23–25');
});

test('continuous numbers carry no chapter', () => {
  assert.equal(parseParaRanges('123', 'continuous', '2')![0].from.chapter, null);
});

test('a backwards range, a range across chapters and words do not parse', () => {
  assert.equal(parseParaRanges('5.9-5.1', 'chapter-dot-paragraph', '5'), null);
  assert.equal(parseParaRanges('5.9-6.1', 'chapter-dot-paragraph', '5'), null);
  assert.equal(parseParaRanges('five', 'per-chapter', '5'), null);
  assert.equal(parseParaRanges('5.82', 'per-chapter', '5'), null);
});

test('ranges that share a paragraph overlap; neighbours do not', () => {
  const [a] = parseParaRanges('5.1-5.5', 'chapter-dot-paragraph', '5')!;
  const [b] = parseParaRanges('5.5-5.9', 'chapter-dot-paragraph', '5')!;
  const [c] = parseParaRanges('5.6-5.9', 'chapter-dot-paragraph', '5')!;
  assert.ok(rangesOverlap(a, b));
  assert.ok(!rangesOverlap(a, c));
});
