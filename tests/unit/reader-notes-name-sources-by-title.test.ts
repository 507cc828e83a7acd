import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { noteHtml, plainNote } from '../../src/model/reader-notes.ts';

const { site } = loadSite();

test('a note naming a source by its internal id shows the source title, linked to its entry on the About page', () => {
  const html = noteHtml(site, 'Seed 003 reports this for chapter 5.', '/guidance/');
  assert.equal(html, '<a href="/guidance/about/#source-seed-003">A guide for managers to the key changes in Working Together 2010</a> reports this for chapter 5. Check the official text.');
  assert.equal(plainNote(site, 'As seed-004 lists it.'), 'As “Contents page of a web-enabled 2010 edition, with paragraph ranges” lists it.');
});

test('"Check the official text." is said once, however the note ends', () => {
  assert.equal(noteHtml(site, 'The wording is not confirmed. Check the official text.', '/'), 'The wording is not confirmed. Check the official text.');
  assert.equal(noteHtml(site, 'The wording is not confirmed.', '/'), 'The wording is not confirmed. Check the official text.');
});

test('a note is escaped as text', () => {
  assert.equal(noteHtml(site, 'a <b> & c', '/', false), 'a &lt;b&gt; &amp; c');
});
