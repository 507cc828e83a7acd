// A person reviews the alignment file and marks entries reviewed: true, correcting some. The next
// run keeps each reviewed entry exactly as left (notes included), proposes the rest again, never
// hands a reviewed old paragraph to another, and says at the top what changed since the last run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { alignEditions } from '../../src/official/align.ts';
import { mergeReview, reviewedConstraints, type PreviousReview } from '../../src/official/review-merge.ts';
import { alignmentYaml, readAlignmentReview } from '../../src/official/review-file.ts';
import { rulebook, successor } from '../fixtures/official/made-up-editions.ts';

const older = rulebook(120, 21);
const { newer } = successor(older, 22);
const first = alignmentYaml('A', 'B', alignEditions(older, newer), '2026-12-01');

// The reviewer confirms one entry, overrules another (pointing it at a different old paragraph)
// with a note, and confirms one removal.
const edited = parse(first) as PreviousReview & { older: string; newer: string };
const confirmed = edited.paragraphs.find((p) => p.kind === 'reworded')!;
const overruled = edited.paragraphs.find((p) => p.kind === 'same' && p.new !== confirmed.new)!;
const taken = older.find((o) => !overruled.old.includes(o.number) && !confirmed.old.includes(o.number))!.number;
Object.assign(confirmed, { reviewed: true });
Object.assign(overruled, { old: [taken], kind: 'changed', reviewed: true, note: 'checked against both PDFs' });
const removal = edited.removed[0];
if (removal) removal.reviewed = true;

const previous = { ...readAlignmentReview(JSON.stringify(edited)), generated: '2026-12-01' } as PreviousReview;
const again = alignEditions(older, newer, reviewedConstraints(previous));
const merged = mergeReview(again, previous, new Set(older.map((o) => o.number)));
const second = parse(alignmentYaml('A', 'B', merged, '2026-12-07'));
const entry = (n: string) => second.paragraphs.find((p: { new: string }) => p.new === n);

test('reviewed entries come back exactly as the reviewer left them', () => {
  assert.deepEqual(entry(confirmed.new), confirmed);
  assert.deepEqual(entry(overruled.new), overruled);
  if (removal) assert.deepEqual(second.removed.find((r: { old: string }) => r.old === removal.old), removal);
});

test('no other entry is given an old paragraph a reviewed entry holds', () => {
  const others = second.paragraphs.filter((p: { new: string }) => p.new !== overruled.new && p.new !== confirmed.new);
  assert.ok(others.every((p: { old: string[] }) => !p.old.includes(taken)));
  assert.ok(others.every((p: { reviewed: boolean }) => p.reviewed === false));
});

test('the file says what changed since the last run', () => {
  assert.equal(second.generated, '2026-12-07');
  assert.equal(second.sinceLastRun.previousRun, '2026-12-01');
  assert.equal(second.sinceLastRun.keptAsReviewed, 2);
  assert.equal(second.sinceLastRun.proposedAgain, newer.length - 2);
  assert.deepEqual(second.sinceLastRun.added, []);
  assert.ok(Array.isArray(second.sinceLastRun.changed));
  assert.equal(readAlignmentReview(alignmentYaml('A', 'B', merged)).paragraphs.length, newer.length);
});

test('a reviewed entry whose paragraph has gone is kept apart, not dropped', () => {
  const shorter = newer.filter((p) => p.number !== confirmed.new);
  const m = mergeReview(alignEditions(older, shorter, reviewedConstraints(previous)), previous, new Set(older.map((o) => o.number)));
  assert.deepEqual(m.orphaned, [confirmed]);
  assert.deepEqual(m.since!.gone, [confirmed.new]);
});
