import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noteHtml, plainNote, saysCheckOfficial } from '../../src/model/reader-notes.ts';
import type { Site } from '../../src/model/types.ts';

const site = { sources: new Map() } as unknown as Site;

test('a note beside a summary that already says to check the official text does not say it again', () => {
  const summary = '<p>The chapter adds material on domestic abuse. Check the official text for the detail.</p>';
  assert.equal(saysCheckOfficial(summary), true);
  assert.equal(noteHtml(site, 'What it requires is not confirmed.', '/', !saysCheckOfficial(summary)), 'What it requires is not confirmed.');
  assert.equal(saysCheckOfficial('<p>The chapter adds material on domestic abuse.</p>'), false);
});

test('a note that ends "; check the official text." gets one reminder after a full stop, not "; Check"', () => {
  const html = noteHtml(site, 'Which bodies inspect the partners is not confirmed; check the official text.', '/');
  assert.equal(html, 'Which bodies inspect the partners is not confirmed. Check the official text.');
  assert.equal(plainNote(site, 'Not confirmed, check the official wording'), 'Not confirmed.');
});
