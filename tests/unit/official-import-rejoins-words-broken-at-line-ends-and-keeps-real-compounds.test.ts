import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLine, resolveBreaks, vocabulary } from '../../src/official/hyphenation.ts';
import { normaliseText } from '../../src/official/normalise.ts';

const read = (lines: string[], elsewhere: string[] = [], typoInsideLines = false) => {
  const text = lines.reduce(joinLine, '');
  return resolveBreaks(text, vocabulary([text, ...elsewhere]), typoInsideLines);
};

test('a word broken by the typesetter is rejoined, on the evidence of the document or of the word list', () => {
  assert.equal(read(['the keeper acts propor-', 'tionately and fairly']), 'the keeper acts proportionately and fairly');
  assert.equal(read(['good safe-', 'guarding practice'], ['safeguarding is everyone’s job']), 'good safeguarding practice');
  assert.equal(read(['the Ofs-', 'ted report']), 'the Ofsted report', 'a name not in the word list is rejoined');
});

test('a real compound keeps its hyphen: printed so elsewhere, a compound prefix or second part, or two words that are not one', () => {
  assert.equal(read(['a multi-', 'agency meeting']), 'a multi-agency meeting');
  assert.equal(read(['the cross-', 'border loans']), 'the cross-border loans');
  assert.equal(read(['their well-', 'being matters'], ['their well-being']), 'their well-being matters');
  assert.equal(read(['a place-', 'based approach']), 'a place-based approach');
  assert.equal(read(['the foster-', 'carer said']), 'the foster-carer said');
  assert.equal(read(['a non-', 'UK address']), 'a non-UK address');
  assert.equal(read(['co-', 'operate'], ['they co-operate well']), 'co-operate', 'the document’s own spelling wins');
});

test('soft hyphens always rejoin; a typographic hyphen rejoins unless the document prints it inside its lines too', () => {
  assert.equal(read(['the multi\u00AD', 'agency rota']), 'the multiagency rota');
  assert.equal(read(['saf\u2010', 'eguarding']), 'safeguarding');
  assert.equal(read(['multi\u2010', 'agency'], ['a multi\u2010agency team'], true), 'multi-agency');
});

test('ligatures become letters, bullets from symbol fonts become "•", and text is NFC', () => {
  assert.equal(normaliseText('e\uFB03cient \uFB01nance \uF002ow'), 'efficient finance flow');
  assert.equal(normaliseText('\uF0B7 item'), '• item');
  assert.equal(normaliseText('cafe\u0301'), 'café');
});
