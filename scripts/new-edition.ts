/**
 * Starts a new edition from the latest one: npm run new-edition -- --id 2029 --published 2029-01-10 --in-force 2029-04-01
 * Writes content/editions/<id>/ with every chapter, section and provision of the previous edition
 * carried forward unconfirmed (src/authoring/scaffold-edition.ts). Refuses to overwrite a folder.
 * Then: name sources in edition.yaml, confirm or change provisions, and run npm run check:content.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, loadSite } from '../src/model/index.ts';
import { getEdition } from '../src/model/queries.ts';
import { scaffoldEdition } from '../src/authoring/scaffold-edition.ts';
import { editionLogEntry } from '../src/authoring/log-edition.ts';
import { termsForEdition } from '../src/authoring/terms-for-edition.ts';
import { today } from '../src/model/in-force.ts';

const { values } = parseArgs({ options: { id: { type: 'string' }, previous: { type: 'string' }, published: { type: 'string' }, 'in-force': { type: 'string' } } });
const usage = 'usage: npm run new-edition -- --id YYYY --published YYYY-MM-DD --in-force YYYY-MM-DD [--previous YYYY]';
const date = /^\d{4}-\d{2}(-\d{2})?$/;
if (!values.id || !/^\d{4}$/.test(values.id) || !values.published || !date.test(values.published) || !values['in-force'] || !date.test(values['in-force'])) {
  console.error(usage);
  process.exit(2);
}
const root = contentRoot();
const { site } = loadSite(root, process.cwd());
const prev = values.previous ? getEdition(site, values.previous) : site.editions.at(-1);
if (!prev) {
  console.error(`There is no edition ${values.previous} to start from (editions: ${site.editions.map((e) => e.id).join(', ')}).`);
  process.exit(2);
}
const dir = join(root, 'editions', values.id);
if (existsSync(dir)) {
  console.error(`${dir} already exists: nothing written.`);
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const files = scaffoldEdition(prev, { id: values.id, published: values.published, inForce: values['in-force'] });
for (const [name, text] of files) writeFileSync(join(dir, name), text);
console.log(`Wrote ${files.size} files to ${dir}: ${prev.chapters.length} chapters carried forward unconfirmed from ${prev.shortTitle}.`);
const termsFile = join(root, 'terms.yaml');
if (existsSync(termsFile)) {
  const { text, changed } = termsForEdition(readFileSync(termsFile, 'utf8'), prev.id, values.id);
  writeFileSync(termsFile, text);
  console.log(`Marked ${changed} names of the terminology crosswalk (${termsFile}) not confirmed for ${values.id}, as ${prev.id} uses them: confirm each as provisions are.`);
}
const log = join(root, 'amendments.yaml');
if (existsSync(log)) {
  appendFileSync(log, editionLogEntry({ id: values.id, previous: prev.id, today: today() }));
  console.log(`Added an entry for it to ${log} (rewrite its summary once sources confirm what the edition says).`);
}
console.log('Next: name the sources in edition.yaml, confirm or change each provision, then npm run check:content.');
