import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { inSentence } from '../../src/model/sentence-case.ts';

test('an acronym at the start of a phrase keeps its capitals after "For"', () => {
  assert.equal(`For ${inSentence('LSCB members, designated professionals and managers')}`, 'For LSCB members, designated professionals and managers');
  assert.equal(inSentence('NHS staff'), 'NHS staff');
  assert.equal(inSentence('ICBs and local authorities'), 'ICBs and local authorities');
});

test('an ordinary capitalised first word is lowered', () => {
  assert.equal(inSentence('Practitioners and first line managers'), 'practitioners and first line managers');
  assert.equal(inSentence('Staff, volunteers and trustees'), 'staff, volunteers and trustees');
  assert.equal(inSentence('A manager'), 'a manager');
});

test('every session audience in the content reads correctly after "For"', () => {
  for (const f of readdirSync('content/sessions').filter((n) => n.endsWith('.yaml'))) {
    const { audience } = parse(readFileSync(`content/sessions/${f}`, 'utf8')) as { audience: string };
    const first = audience.split(/\s/)[0];
    const out = inSentence(audience).split(/\s/)[0];
    if (/^\p{Lu}{2,}/u.test(first)) assert.equal(out, first, f);
    else assert.equal(out, first.toLowerCase(), f);
  }
});
