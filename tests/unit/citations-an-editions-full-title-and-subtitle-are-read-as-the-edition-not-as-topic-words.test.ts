import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitation } from '../../src/search/citation-parse.ts';

// A reference list writes the edition out with its subtitle; the subtitle names the edition and
// must not become the words a topic is searched by (2010-2018: "inter-agency working to safeguard
// and promote ..."; 2023: "multi-agency working to help, protect and promote ...").
const EDITIONS = ['2010', '2013', '2015', '2018', '2023', '2026'];

test('the 2023 subtitle, whole or shortened, leaves only the words after it as the topic', () => {
  for (const q of [
    'Working Together to Safeguard Children: A guide to multi-agency working to help, protect and promote the welfare of children (2023) on neglect',
    'Working Together to Safeguard Children: a guide to multi-agency working (2023) on neglect',
  ]) {
    const c = parseCitation(q, EDITIONS);
    assert.equal(c?.edition, '2023', q);
    assert.deepEqual(c?.words, ['neglect'], q);
  }
});

test('the earlier subtitle is read the same way', () => {
  const c = parseCitation('Working Together to Safeguard Children - A guide to inter-agency working to safeguard and promote the welfare of children (2015) on neglect', EDITIONS);
  assert.equal(c?.edition, '2015');
  assert.deepEqual(c?.words, ['neglect']);
});
