import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, urls } from './helpers/citation-index-rich.ts';

/** Forms of our own that name the guidance, most of them partly wrong or unplaceable. */
const FORMS = [
  'Working Together', 'WT', 'the Working Together guidance', 'Working Together 1999', 'WT2003 para 12', 'Working Together 2031 chapter 2',
  'Working Together 2026 chapter 9', 'Working Together 2015 page 900', 'Working Together 2018 page 2', 'WT2023 para 9999', 'WT2010 12.400',
  'Working Together 2015 flowchart 9', 'Working Together 2018 appendix Z', 'old Working Together', 'Working Together definitions',
  'Working Together 2018 something nobody wrote', 'Working Together, chapter 12', 'WT flowchart 1', 'Working Together page 5',
];

test('anything naming Working Together offers at least one place, each with an address, and says what was read', () => {
  for (const q of FORMS) {
    const r = go(q);
    assert.ok(urls(r).length > 0 && urls(r).every(Boolean), q);
    assert.ok(r.understood?.startsWith('Working Together'), q);
    if (r.kind !== 'found') assert.ok(r.message.length > 10, `${q}: a plain reason`);
  }
});
