import { test, expect } from '@playwright/test';
import { checkAtom } from '../unit/helpers/atom-check.ts';
import { validateJson } from '../unit/helpers/json-schema.ts';

test('the national feed and each area\'s feed, as published, are valid Atom 1.0', async ({ request }) => {
  for (const path of ['amendments/feed.xml', 'local/north/feed.xml', 'local/south/feed.xml']) {
    const res = await request.get(path);
    expect(res.ok()).toBe(true);
    const { problems, entries } = checkAtom(await res.text());
    expect(problems, path).toEqual([]);
    expect(entries.length, path).toBeGreaterThan(5);
  }
  const south = checkAtom(await (await request.get('local/south/feed.xml')).text());
  expect(south.entries.some((e) => e.id.endsWith('#local-south-family-hub-form'))).toBe(true);
  const north = checkAtom(await (await request.get('local/north/feed.xml')).text());
  expect(north.entries.some((e) => e.id.endsWith('#local-south-family-hub-form'))).toBe(false);
});

/** A published address as a path from the site's base (the request's baseURL holds the base path). */
const fromBase = (url: string) => new URL(url).pathname.slice((process.env.WTN_BASE ?? '/').replace(/\/?$/, '/').length);

test('every open data file, as published, validates against its published JSON Schema', async ({ request }) => {
  const index = await (await request.get('data/v1/index.json')).json();
  const files: { path: string; schema: string }[] = [
    { path: 'data/v1/index.json', schema: index.$schema },
    ...index.files.map((f: { url: string; schema: string }) => ({ path: fromBase(f.url), schema: f.schema })),
  ];
  expect(files.length, 'the index, provisions, lineage, glossary and five pairs of editions').toBe(9);
  for (const f of files) {
    const schema = await (await request.get(fromBase(f.schema))).json();
    const path = f.path;
    const doc = await (await request.get(path)).json();
    expect(validateJson(schema, doc), path).toEqual([]);
  }
});
