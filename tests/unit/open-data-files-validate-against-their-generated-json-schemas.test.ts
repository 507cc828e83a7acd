import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { changesFile, consecutivePairs, dataFiles, glossaryFile, indexFile, jsonSchemaOf, lineageFile, provisionsFile, type DataContext } from '../../src/model/open-data/build.ts';
import { OPEN_DATA_SCHEMAS } from '../../src/schemas/open-data.ts';
import { fixtureContent } from './helpers/fixture-content.ts';
import { validateJson } from './helpers/json-schema.ts';

const absolute = (p: string) => `https://navigator.example.org/guidance${p}`;

function context(): DataContext {
  const { root, project } = fixtureContent();
  const { site, errors } = loadSite(root, project);
  assert.deepEqual(errors, []);
  return { site, absolute, asOf: '2026-12-01' };
}

test('every open data file validates against the JSON Schema generated from its zod schema', () => {
  const ctx = context();
  const docs = {
    index: indexFile(ctx), provisions: provisionsFile(ctx), lineage: lineageFile(ctx), glossary: glossaryFile(ctx),
    ...Object.fromEntries(consecutivePairs(ctx.site).map(([a, b]) => [`changes ${a}-${b}`, changesFile(ctx, a, b)])),
  };
  assert.deepEqual(Object.keys(docs), ['index', 'provisions', 'lineage', 'glossary', 'changes 2010-2013']);
  for (const [name, doc] of Object.entries(docs)) {
    const schema = jsonSchemaOf(name.split(' ')[0] as keyof typeof OPEN_DATA_SCHEMAS, absolute);
    assert.deepEqual(validateJson(schema, doc), [], name);
    assert.equal((doc as { $schema: string }).$schema, schema.$id, `${name} names its own schema`);
  }
});

test('provisions carry their permanent key, absolute address and lineage; changes are typed', () => {
  const ctx = context();
  const p = provisionsFile(ctx).provisions.find((x) => x.key === '2013:icpc-timing')!;
  assert.equal(p.url, 'https://navigator.example.org/guidance/2013/chapter-1/#icpc-timing');
  assert.deepEqual([p.from, p.change, p.within, p.modality], [['2010:icpc-timing'], 'reworded', '15 working days', 'should']);
  assert.deepEqual(lineageFile(ctx).links.find((l) => l.to === '2013:icpc-timing'), { from: '2010:icpc-timing', to: '2013:icpc-timing', kind: 'reworded' });
  const change = changesFile(ctx, '2010', '2013').provisions.find((x) => x.key === '2013:icpc-timing')!;
  assert.deepEqual([change.kind, change.was], ['reworded', ['2010:icpc-timing']]);
  assert.deepEqual(indexFile(ctx).files.map((f) => f.url), dataFiles(ctx.site).map((f) => absolute(f.path)));
});

test('a file off its format is refused by the schema, and the generated schema rejects it too', () => {
  const ctx = context();
  const doc = structuredClone(provisionsFile(ctx)) as Record<string, unknown> & { provisions: Record<string, unknown>[] };
  doc.provisions[0].key = 'icpc timing';
  delete doc.provisions[0].url;
  const problems = validateJson(jsonSchemaOf('provisions', absolute), doc);
  assert.ok(problems.some((m) => /\/provisions\/0\/key must match pattern/.test(m)), problems.join('\n'));
  assert.ok(problems.some((m) => /must have required property 'url'/.test(m)), problems.join('\n'));
  assert.equal(OPEN_DATA_SCHEMAS.provisions.safeParse(doc).success, false);
});
