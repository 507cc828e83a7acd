import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearbySections, unknownSectionsSentence, type KnownSection } from '../../src/search/nearby-sections.ts';

// Made-up sections of a made-up Act, in the way Acts insert lettered sections between old ones.
const known: KnownSection[] = [
  { section: '16L', act: 'Gardens Act 2004', what: '“Keepers of the plots”' },
  { section: '16LA', act: 'Gardens Act 2004', what: '“Duty to share seeds”' },
  { section: '16LC', act: 'Gardens Act 2004', what: '“A number for every plot”' },
  { section: '47', act: 'Gardens Act 1989', what: 'enquiries about a plot' },
];

test('an unknown lettered section is answered with the described sections on either side of it', () => {
  assert.deepEqual(nearbySections('16LB', known).map((k) => k.section), ['16LA', '16LC']);
  assert.deepEqual(nearbySections('16lz', known).map((k) => k.section), ['16LC']);
  assert.deepEqual(nearbySections('48', known).map((k) => k.section), []);
});

test('the answer says the site does not mention it, names its neighbours, and never says what it is', () => {
  const s = unknownSectionsSentence(['16LB'], known);
  assert.match(s, /^Nothing on this site mentions section 16LB \(of any Act\)\. Next to it, the site describes section 16LA of the Gardens Act 2004 \(“Duty to share seeds”\) and section 16LC of the Gardens Act 2004 \(“A number for every plot”\)/);
});

test('with no neighbour the answer asks to check the number', () => {
  assert.equal(unknownSectionsSentence(['99ZZ'], known), 'Nothing on this site mentions section 99ZZ (of any Act). Check the number, or search for the subject in words.');
});
