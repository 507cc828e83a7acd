import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { RootContent } from 'mdast';
import { loadSite } from '../../src/model/index.ts';
import { getEdition } from '../../src/model/queries.ts';
import { newPageState, renderBody } from '../../src/model/render-body.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const { project, root } = fixtureContent();
appendFileSync(join(root, 'editions/2010/glossary.yaml'), '- { term: Local Safeguarding Children Board, acronym: LSCB, meaning: The local board that coordinated safeguarding., sources: [seed-004] }\n');
const { site, errors } = loadSite(root, project);
const md = (s: string) => (unified().use(remarkParse).parse(s).children as RootContent[]);

test('the first LSCB on a page is spelled out, the next is not', () => {
  assert.deepEqual(errors, []);
  const e = getEdition(site, '2010')!;
  const state = newPageState();
  const first = renderBody(site, e, md('The LSCB checks the work.'), '/', state);
  const second = renderBody(site, e, md('Each LSCB publishes a report.'), '/', state);
  assert.equal(first, '<p>The <abbr title="Local Safeguarding Children Board">LSCB</abbr> (Local Safeguarding Children Board) checks the work.</p>');
  assert.equal(second, '<p>Each LSCB publishes a report.</p>');
});

test('a new page spells it out again', () => {
  const e = getEdition(site, '2010')!;
  assert.match(renderBody(site, e, md('The LSCB.'), '/', newPageState()), /<abbr/);
});

test('links in a summary resolve to permanent addresses under the base path', () => {
  const e = getEdition(site, '2010')!;
  assert.equal(renderBody(site, e, md('[see](#icpc-timing)'), '/guidance/', newPageState()), '<p><a href="/guidance/2010/chapter-5/#icpc-timing">see</a></p>');
});
