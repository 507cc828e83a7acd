/**
 * npm run align -- OLD NEW [--out DIR]
 * Reads two imported editions (content/official/OLD and NEW, see npm run import) and writes for a
 * person to review: DIR/OLD-NEW.yaml, each newer paragraph's proposed counterpart in the older
 * edition with word diffs; and DIR/provisions-OLD.yaml and DIR/provisions-NEW.yaml, which official
 * paragraphs each of our provisions summarises (both are needed to confirm a provision carried
 * forward from OLD to NEW; entries already marked reviewed: true are kept as they are).
 * DIR defaults to content/official/alignment/ (git-ignored).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alignEditions } from '../../src/official/align.ts';
import { officialParagraphs, provisionInputs } from '../../src/official/align-inputs.ts';
import { loadOfficial } from '../../src/official/load-official.ts';
import { proposeProvisionMap } from '../../src/official/provision-map.ts';
import { alignmentYaml } from '../../src/official/review-file.ts';
import { provisionMapFile } from '../../src/official/provision-map-file.ts';
import { loadSite } from '../../src/model/index.ts';

const USAGE = 'Usage: npm run align -- OLD NEW [--out DIR]   (editions imported first with npm run import)';
const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const [older, newer] = positionals;
if (!older || !newer) { console.error(USAGE); process.exit(2); }
const root = resolve(process.env.WTN_CONTENT_DIR ?? 'content');
const out = resolve(values.out ?? join(root, 'official', 'alignment'));
const started = performance.now();
const [a, b] = [older, newer].map((e) => officialParagraphs(loadOfficial(root, e)));
for (const [e, list] of [[older, a], [newer, b]] as const) {
  if (list.length === 0) { console.error(`No official text for ${e}: run npm run import -- FILE.pdf --edition ${e} first (it writes content/official/${e}/).`); process.exit(1); }
}
const alignment = alignEditions(a, b);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, `${older}-${newer}.yaml`), alignmentYaml(older, newer, alignment));
const counts = alignment.proposals.reduce<Record<string, number>>((m, p) => ({ ...m, [p.kind]: (m[p.kind] ?? 0) + 1 }), {});
console.log(`${newer} against ${older}: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}; ${alignment.removed.length} removed (${((performance.now() - started) / 1000).toFixed(1)} s).`);
console.log(`Review: ${join(out, `${older}-${newer}.yaml`)}`);

const { site, errors } = loadSite(root);
for (const [id, paragraphs] of [[older, a], [newer, b]] as const) {
  const edition = site.editions.find((e) => e.id === id);
  if (errors.length || !edition) { console.warn(`Provision mapping of ${id} skipped: ${edition ? `the content has ${errors.length} error(s) (npm run check:content)` : `no edition ${id} in content/editions/`}.`); continue; }
  const file = join(out, `provisions-${id}.yaml`);
  writeFileSync(file, provisionMapFile(id, proposeProvisionMap(provisionInputs(edition), paragraphs), existsSync(file) ? readFileSync(file, 'utf8') : undefined));
  console.log(`Review: ${file}`);
}
