import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, urls } from './helpers/citation-index-fixture.ts';

test('"pages 34/35", "pp. 34-35" and "pages 34 to 35" offer every section on those pages', () => {
  for (const q of ['Working Together 2018 pages 34/35', 'WT 2018 pp. 34-35', 'Working Together 2018, pages 34 to 35', 'WT2018 pp 34–35']) {
    const r = go(q);
    assert.equal(r.kind, 'choose', q);
    assert.deepEqual(urls(r), ['/2018/chapter-1/#timeliness', '/2018/chapter-1/#managing-individual-cases'], q);
  }
});

test('a range of pages is said to hold its sections in the plural, one page in the singular', () => {
  const range = go('WT 2018 pp. 34-35');
  assert.equal(range.kind, 'choose');
  assert.match(range.message, /Pages 34–35 of .* hold:$/);
  const one = go('WT 2018 page 34');
  assert.equal(one.kind, 'choose');
  assert.match(one.message, /Page 34 of .* holds:$/);
});
