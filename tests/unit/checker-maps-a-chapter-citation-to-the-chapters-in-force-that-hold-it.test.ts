import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, data } from './helpers/checker-real.ts';

test('"Working Together 2015, chapter 4" points to that chapter and names the chapter of the edition in force that holds its provisions', () => {
  const [f] = check('Reviews are carried out as Working Together 2015, chapter 4 describes.');
  assert.equal(f.kind, 'citation');
  assert.match(f.pointsTo.label, /^Working Together 2015, Chapter 4: Learning and improvement framework/);
  assert.ok(f.successors.length > 0);
  assert.ok(f.successors.every((s) => s.url.startsWith(`/${data.current}/chapter-`)), 'only chapters of the edition in force');
  assert.match(f.successors[0].label, /Learning from serious child safeguarding incidents/);
});

test('a chapter cited with a title that fits another chapter is read by its title, saying so, with the numbered chapter among what it may mean', () => {
  const [f] = check('See Working Together 2023 Ch 2 — Managing allegations.');
  assert.match(f.detail, /^Read by its title, not its number/);
  assert.match(f.pointsTo.label, /People in positions of trust/);
  assert.ok(f.nearby?.some((p) => p.url === '/2023/chapter-2/'));
});
