import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { loadSite } from '../../src/model/index.ts';
import { loadTerms } from '../../src/model/terms/index.ts';
import { loadComingIntoForce } from '../../src/model/coming-into-force/feature.ts';
import { loadCurrency } from '../../src/model/currency/feature.ts';
import { glossaryAnchor } from '../../src/model/glossary-anchor.ts';
import { buildSearchRecords } from '../../src/search/records.ts';
import { RECORD_KINDS } from '../../src/search/record-kinds.ts';

// The real content: every kind of fact the site states about an edition must be searchable.
const content = resolve(import.meta.dirname, '../../content');
const project = resolve(content, '..');
const { site } = loadSite(content, project);
const terms = loadTerms(content, project, site).terms;
const coming = loadComingIntoForce(content, project, site).entries;
const revisions = loadCurrency(content, project, site).currency!.revisions;
const records = buildSearchRecords(site, { terms, coming, revisions });
const at = (url: string) => records.find((r) => r.url === url);

test('every record has a kind the search page offers as a filter', () => {
  for (const r of records) assert.ok((RECORD_KINDS as readonly string[]).includes(r.meta.kind), `${r.url}: ${r.meta.kind}`);
  // Official text and local information come only with an import or a local layer.
  for (const kind of RECORD_KINDS.filter((k) => k !== 'Official text' && k !== 'Local information')) assert.ok(records.some((r) => r.meta.kind === kind), `no ${kind} records`);
});

test('each edition\'s dates, background, amendments, transitional arrangements and related documents are records on its page', () => {
  for (const e of site.editions) {
    const dates = at(e.path)!;
    assert.equal(dates.meta.kind, 'Edition facts');
    assert.match(dates.content, new RegExp(`In force from (\\d{1,2} )?\\w+ ${e.inForce.slice(0, 4)}`));
    const groups: [string, unknown[]][] = [['background', e.background], ['amendments', e.amendments], ['transitional', e.transitional], ['related', e.relatedDocuments]];
    for (const [anchor, facts] of groups) assert.equal(!!at(`${e.path}#${anchor}`), facts.length > 0, `${e.id} #${anchor}`);
  }
  // Dates are written as the page shows them, so "December 2020" finds the 2018 update.
  assert.match(at('/2018/#amendments')!.content, /9 December 2020/);
  assert.match(at('/2018/#background')!.content, /consulted on/);
});

test('key changes are records: the summary, the points at a glance and each chapter', () => {
  const e = site.editions.find((x) => x.id === '2018')!;
  assert.ok(at('/2018/key-changes/'));
  assert.ok(at('/2018/key-changes/#at-a-glance'));
  for (const ch of e.keyChanges!.chapters) assert.equal(at(`/2018/key-changes/#kc-${ch.chapter}`)?.filters.chapter?.[0].startsWith('2018 '), true, ch.chapter);
});

test('every glossary entry is a record at its anchor on the glossary page', () => {
  for (const e of site.editions)
    for (const g of e.glossary) assert.equal(at(`${e.path}glossary/#${glossaryAnchor(g)}`)?.meta.kind, 'Glossary', `${e.id} ${g.term}`);
});

test('crosswalk terms, changes coming into force and revisions under way are records at their anchors', () => {
  for (const t of terms) {
    const r = at(`/terms/#term-${t.id}`)!;
    assert.deepEqual(r.filters.edition, [...new Set(t.names.flatMap((n) => n.editions))].sort());
  }
  for (const c of coming) assert.equal(at(`/${c.edition}/#coming-${c.id}`)?.meta.kind, 'Coming into force', c.id);
  for (const r of revisions) assert.equal(at(`/${r.edition}/#revision-${r.id}`)?.meta.kind, 'Revisions under way', r.id);
  // The Act section a change makes is in its record, so "31ZA" or "16LC" finds it.
  assert.match(at('/2026/#coming-family-group-decision-making')!.content, /31ZA/);
});
