import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { loadOutsideTerms, outsideNotes } from '../../src/model/outside-terms/feature.ts';
import { holdsPhrase, notesFor, usageSentence } from '../../src/search/outside-terms-match.ts';

const content = resolve(import.meta.dirname, '../../content');
const { site } = loadSite(content, resolve(content, '..'));
const loaded = loadOutsideTerms(content, resolve(content, '..'), site);
const notes = outsideNotes(site, loaded.entries);

test('the real list is valid: sourced, its places exist, and it agrees with our summaries', () => {
  assert.deepEqual(loaded.errors, []);
  assert.ok(loaded.entries.length >= 3);
  for (const n of notes) assert.equal(n.see.length, loaded.entries.find((e) => e.term === n.term)!.see.length, `${n.term}: every place resolves to a link`);
});

test('MASH says it is not a Working Together term and points to where the guidance deals with referrals', () => {
  const [mash] = notesFor('MASH referral', notes);
  assert.equal(mash.term, 'multi-agency safeguarding hub');
  assert.equal(usageSentence(mash, 'MASH'), '“MASH” (multi-agency safeguarding hub) is not a term Working Together uses.');
  assert.ok(mash.see.some((s) => s.path === '/2026/chapter-3/#referral-decision'));
  assert.ok(mash.search.includes('referral'));
  assert.ok(mash.unsure, 'the note says what is unconfirmed');
});

test('DSL says which editions use it, as our summaries show', () => {
  const [dsl] = notesFor('dsl training', notes);
  assert.deepEqual(dsl.usedIn, ['2023', '2026']);
  assert.match(usageSentence(dsl, 'DSL'), /only Working Together 2023 and 2026 use it/);
});

test('a term is found as whole words, any case, a hyphen the same as a space, a plural allowed', () => {
  assert.ok(holdsPhrase('Multi Agency Safeguarding Hubs', 'multi-agency safeguarding hub'));
  assert.ok(holdsPhrase('what does the mash do', 'MASH'));
  assert.ok(!holdsPhrase('smashed', 'MASH'));
  assert.deepEqual(notesFor('strategy discussion', notes), []);
});
