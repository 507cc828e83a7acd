import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { compareEditions, editionPairs } from '../../src/model/compare/compare-editions.ts';
import { planRows } from '../../src/model/compare/plan-rows.ts';

const { site } = loadSite();

test('for every pair of editions, the plan has a row for every provision the comparison counts, of every kind', () => {
  for (const [a, b] of editionPairs(site)) {
    const cmp = compareEditions(site, a, b);
    const rows = planRows(site, cmp);
    for (const [kind, n] of Object.entries(cmp.counts))
      assert.equal(rows.filter((r) => r.kind === kind).length, n, `${a}→${b}: ${kind}`);
    assert.equal(new Set(rows.map((r) => r.key)).size, rows.length, `${a}→${b}: row keys are unique`);
  }
});

test('2023 to 2026: the provisions carried forward unconfirmed are rows a manager can plan their review in, each saying why', () => {
  const rows = planRows(site, compareEditions(site, '2023', '2026')).filter((r) => r.kind === 'unconfirmed');
  assert.ok(rows.length > 100, `${rows.length} carried-forward rows`);
  for (const r of rows) {
    assert.equal(r.typeText, 'Carried forward, not confirmed');
    assert.match(r.detail, /carried forward|No source/i, r.key);
    assert.ok(r.fallsOn.length > 0, r.key);
  }
});
