import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-fixture.ts';

test('"page N" in the forms people write opens the section printed on that page, naming the printing', () => {
  for (const q of ['Working Together 2018 page 40', 'WT2018 p. 40', 'WT18 pg 40', 'HM Government (2018) Working Together to Safeguard Children, p. 40', '(Working Together, 2018, p.40)']) {
    const r = go(q);
    assert.equal(r.kind, 'found', q);
    assert.deepEqual(urls(r), ['/2018/chapter-1/#managing-individual-cases'], q);
    assert.match(text(r), /page 34 \(December 2020 printing\) – Processes for managing individual cases/, q);
  }
});

test('a page where a section starts offers it and the section running onto that page', () => {
  const r = go('Working Together 2018 page 49');
  assert.equal(r.kind, 'choose');
  assert.deepEqual(urls(r), ['/2018/chapter-1/#icpc', '/2018/chapter-1/#managing-individual-cases']);
});

test('"at page 26" offers the sections starting on the page, then the one running onto it', () => {
  const r = go('Working Together to Safeguard Children (2018) at page 26');
  assert.equal(r.kind, 'choose');
  assert.deepEqual(urls(r), ['/2018/chapter-1/#assessment-purpose', '/2018/chapter-1/#risk-outside-home']);
});

test('a chapter that starts on the cited page is not preceded by the last section of the chapter before', () => {
  const r = go('WT2018 page 13');
  assert.deepEqual(urls(r), ['/2018/chapter-1/#early-help']);
});
