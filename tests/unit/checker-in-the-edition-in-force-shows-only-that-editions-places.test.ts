import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, data } from './helpers/checker-real.ts';

const TEXT = [
  'Our procedure follows Working Together 2010 chapter 8, WT2010 5.82, Working Together 2013 chapter 3 and paragraph 23 of chapter 4 of Working Together 2018.',
  'It also cites Working Together 2015, page 900, and WT2006 para 5.6, and the previous Working Together, chapter 5.',
].join('\n');

test('what a finding lists "in the edition in force" is always a place in that edition; other places go under what it may mean', () => {
  const found = check(TEXT);
  assert.ok(found.length >= 6);
  for (const f of found.filter((x) => x.kind === 'citation'))
    for (const s of f.successors) assert.ok(s.url.startsWith(`/${data.current}/`), `${f.found}: ${s.label}`);
  assert.ok(found.some((f) => f.nearby?.length), 'an unplaced citation offers what it may mean');
});
