// Where pages send a reader for the official wording follows each edition's status, worked out from
// the dates: the publisher's page while in force; once a later edition comes into force, the old
// one's archived copy at The National Archives, or a plain statement where that address is not
// recorded; never the live page, which by then holds the later edition. No page is edited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { publicationLink } from '../../src/model/publication.ts';
import { getEdition } from '../../src/model/queries.ts';
import { fixtureContent } from './helpers/fixture-content.ts';
import { addEdition } from './helpers/add-edition.ts';

test('the edition in force links its publisher page; a superseded one its archived copy', () => {
  const { root, project } = fixtureContent();
  const { site } = loadSite(root, project);
  assert.deepEqual(publicationLink(getEdition(site, '2013')!), { href: 'https://www.gov.uk/government/publications/working-together-to-safeguard-children', where: 'GOV.UK' });
  const old = publicationLink(getEdition(site, '2010')!);
  assert.match(old.href!, /^http:\/\/webarchive\.nationalarchives\.gov\.uk\/20101217164537\//);
  assert.equal(old.where, 'The National Archives (UK Government Web Archive)');
});

test('a new edition in force switches the old one to its archive entry, here a statement that the address is not recorded', () => {
  const { root, project } = fixtureContent();
  addEdition(root, project, { id: '2026', published: '2026-01-10', inForce: '2026-02-01', sources: 'seed-004' });
  const { site, errors } = loadSite(root, project);
  assert.deepEqual(errors.filter((e) => e.code.startsWith('superseded-publication')), []);
  const was = publicationLink(getEdition(site, '2013')!);
  assert.equal(was.href, undefined, 'never the live page for an old edition');
  assert.match(was.missing!, /has not recorded the address of its copy of Working Together 2013 \(not recorded in this fixture\), and the publisher's page now holds a later edition$/);
  assert.equal(publicationLink(getEdition(site, '2026')!).where, 'GOV.UK');
});

test('an edition not yet in force links its publisher page', () => {
  const { root, project } = fixtureContent();
  addEdition(root, project, { id: '2040', published: '2039-01-10', inForce: '2040-04-01', sources: 'seed-004' });
  const { site } = loadSite(root, project);
  assert.equal(getEdition(site, '2040')!.status, 'upcoming');
  assert.equal(publicationLink(getEdition(site, '2040')!).where, 'GOV.UK');
  assert.equal(publicationLink(getEdition(site, '2013')!).where, 'GOV.UK');
});
