import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termsForEdition } from '../../src/authoring/terms-for-edition.ts';

// A made-up crosswalk in the shapes content/terms.yaml uses: flow and block names, comments.
const TERMS = `# The crosswalk (a comment that must stay)
- id: plot-keepers
  names:
    - { term: plot keeper, editions: ['2010', '2013'] }
    - { term: bed warden, editions: ['2010'], notConfirmed: ['2013'] }
    - { term: old steward, editions: ['2010'] }
  note: Who keeps a plot.
- id: rota
  names:
    - term: watering rota
      editions: ['2010']
      mentioned:
        '2013': only as the rota the sprinklers replaced
  note: The old way of watering.
`;

test('a name the previous edition uses, or uses unconfirmed, is not confirmed for the new edition', () => {
  const { text, changed } = termsForEdition(TERMS, '2013', '2016');
  assert.match(text, /- \{ term: plot keeper, editions: \['2010', '2013'\], notConfirmed: \['2016'\] \}/);
  assert.match(text, /- \{ term: bed warden, editions: \['2010'\], notConfirmed: \['2013', '2016'\] \}/);
  assert.match(text, /- \{ term: old steward, editions: \['2010'\] \}/, 'a name the previous edition does not use is left alone');
  assert.equal(changed, 3);
});

test('a name the previous edition only mentions is mentioned for the new edition, for the same reason, and the file keeps its layout', () => {
  const { text } = termsForEdition(TERMS, '2013', '2016');
  assert.match(text, /'2013': only as the rota the sprinklers replaced\n {8}'2016': "only as the rota the sprinklers replaced \(carried forward from 2013, not confirmed\)"\n {2}note: The old way of watering\./);
  assert.ok(text.startsWith('# The crosswalk (a comment that must stay)\n'));
  assert.equal(termsForEdition(text, '2013', '2016').changed, 0, 'running it twice changes nothing');
});
