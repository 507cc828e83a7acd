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
