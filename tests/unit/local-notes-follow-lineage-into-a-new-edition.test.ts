import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { loadLocal } from '../../src/model/local/feature.ts';
import { reviewLocalNotes } from '../../src/model/local/review.ts';
import { formatErrors } from '../../src/validation/content-error.ts';
import { addEdition } from './helpers/add-edition.ts';
import { localFixture } from './helpers/local-fixture.ts';

/** The fixture's layer, plus a note on a 2010 provision that 2013 removed and one on a 2013 section. */
function setup() {
  const fx = localFixture();
  appendFileSync(join(fx.layer, 'notes', 'notes.yaml'), `
- id: register-locally
  edition: "2010"
  provision: contact-register
  text: Testshire kept its own copy of the register.
  written: 2011-03-01

- id: conference-section
  edition: "2013"
  section: icpc
  text: Testshire's conference service handles every booking.
  written: 2014-05-01
`);
  return fx;
}

/** A 2029 edition as `npm run new-edition` writes it (sources named), and the currency check that found it. */
function addNewEdition(fx: ReturnType<typeof setup>) {
  addEdition(fx.root, fx.project, { id: '2029', published: '2029-01-10', inForce: '2029-04-01', sources: 'seed-004' });
  const currency = join(fx.root, 'currency.yaml');
  writeFileSync(currency, readFileSync(currency, 'utf8').replace('newestEdition: "2013"', 'newestEdition: "2029"'));
}

function load(fx: ReturnType<typeof setup>) {
  const { site, errors } = loadSite(fx.root, fx.project);
  assert.deepEqual(errors, [], formatErrors(errors));
  const layer = loadLocal({ root: fx.root, project: fx.project, site }).layer!;
  const at = (key: string) => (layer.placements.get(key) ?? []).map((p) => ({ note: p.note.id, changes: p.changes.map((c) => `${c.edition} ${c.kind}`) }));
  return { site, layer, at, review: reviewLocalNotes(site, layer) };
}

test('a note follows its provision into the next edition, flagged only where the guidance changed', () => {
  const { at, layer, review } = load(setup());
  assert.deepEqual(at('p:2013:strategy-when'), [{ note: 'strategy-locally', changes: [] }], 'unchanged: shown, not flagged');
  assert.deepEqual(at('p:2013:icpc-timing'), [{ note: 'conference-locally', changes: ['2013 reworded'] }], 'reworded: flagged');
  const ended = layer.endings.map((e) => [e.note.id, e.edition, e.kind, e.reason]);
  assert.deepEqual(ended, [['register-locally', '2013', 'removed', 'A made-up removal for the tests; the register was switched off.']]);
  assert.deepEqual(review.items.map((i) => i.note.id).sort(), ['conference-locally', 'register-locally']);
});

test('a note whose provision was removed is settled once reviewed against the edition that removed it', () => {
  const fx = setup();
  const notes = join(fx.layer, 'notes', 'notes.yaml');
  writeFileSync(notes, readFileSync(notes, 'utf8').replace('  written: 2011-03-01\n\n- id: conference-section', '  written: 2011-03-01\n  reviewed: { edition: "2013", on: 2014-01-10 }\n\n- id: conference-section'));
  const { review, at } = load(fx);
  assert.deepEqual(review.items.map((i) => i.note.id), ['conference-locally']);
  assert.deepEqual(at('p:2010:contact-register'), [{ note: 'register-locally', changes: [] }], 'still shown on the 2010 provision');
});

test('a new edition scaffolded by new-edition carries every note forward, each flagged as carried forward, not confirmed', () => {
  const fx = setup();
  addNewEdition(fx);
  const { at, layer, review } = load(fx);
  assert.deepEqual(at('p:2029:strategy-when'), [{ note: 'strategy-locally', changes: ['2029 unconfirmed'] }]);
  assert.deepEqual(at('p:2029:icpc-timing'), [{ note: 'conference-locally', changes: ['2013 reworded', '2029 unconfirmed'] }]);
  assert.deepEqual(at('s:2029:icpc'), [{ note: 'conference-section', changes: ['2029 unconfirmed'] }]);
  assert.deepEqual(layer.endings.map((e) => `${e.note.id} ${e.edition} ${e.kind}`).sort(), ['register-locally 2013 removed', 'tree-locally 2029 not-in-tree']);
  assert.equal(review.newest, '2029');
  assert.deepEqual(review.items.map((i) => i.note.id).sort(), ['conference-locally', 'conference-section', 'register-locally', 'strategy-locally', 'tree-locally']);
});

test('once the new edition confirms one provision unchanged and splits another, exactly the notes on changed guidance are listed', () => {
  const fx = setup();
  addNewEdition(fx);
  const file = join(fx.root, 'editions', '2029', 'chapter-1.mdx');
  const text = readFileSync(file, 'utf8')
    .replace(/<P id="strategy-when"[^>]*\/>/, '<P id="strategy-when" title="When a strategy discussion is held" from="strategy-when" change="unchanged" duty="local-authority police" modality="should">\nA strategy discussion is held whenever there is reason to suspect significant harm.\n</P>')
    .replace(/<P id="icpc-timing"[^>]*\/>/, [
      '<P id="icpc-timing" title="When the conference is held" from="icpc-timing" change="split" duty="local-authority" modality="should" within="15 working days">',
      'The conference is held within 15 working days of the strategy discussion.',
      '</P>',
      '',
      '<P id="icpc-venue" title="Where the conference is held" from="icpc-timing" change="split">',
      'The conference is held where the family can take part.',
      '</P>',
    ].join('\n'));
  writeFileSync(file, text);
  const { at, review } = load(fx);
  assert.deepEqual(at('p:2029:strategy-when'), [{ note: 'strategy-locally', changes: [] }], 'confirmed unchanged: not flagged');
  assert.deepEqual(at('p:2029:icpc-timing'), [{ note: 'conference-locally', changes: ['2013 reworded', '2029 split'] }]);
  assert.deepEqual(at('p:2029:icpc-venue'), [{ note: 'conference-locally', changes: ['2013 reworded', '2029 split'] }], 'a split note is shown on every part');
  assert.deepEqual(review.items.map((i) => i.note.id).sort(), ['conference-locally', 'conference-section', 'register-locally', 'tree-locally']);
  const conference = review.items.find((i) => i.note.id === 'conference-locally')!;
  assert.deepEqual(conference.now.map((n) => n.path), ['/2029/chapter-1/#icpc-timing', '/2029/chapter-1/#icpc-venue']);
  assert.match(conference.what, /Working Together 2013: reworded; Working Together 2029: split into several provisions/);
});

test('a note reviewed against the newest edition is no longer listed, and is shown without the flag', () => {
  const fx = setup();
  addNewEdition(fx);
  const notes = join(fx.layer, 'notes', 'notes.yaml');
  writeFileSync(notes, readFileSync(notes, 'utf8').replace(/(- id: strategy-locally[\s\S]*?written: 2011-03-01\n)/, '$1  reviewed: { edition: "2029", on: 2026-06-01 }\n'));
  const { at, review } = load(fx);
  assert.deepEqual(at('p:2029:strategy-when'), [{ note: 'strategy-locally', changes: [] }]);
  assert.ok(!review.items.some((i) => i.note.id === 'strategy-locally'));
});
