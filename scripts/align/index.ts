/**
 * npm run align -- OLD NEW [--official DIR] [--content DIR] [--out DIR]
 * Reads two imported editions (see npm run import) and writes for a person to review:
 * OUT/OLD-NEW.yaml, each newer paragraph's proposed counterpart in the older edition with its
 * evidence and a word diff; and OUT/provisions-OLD.yaml and OUT/provisions-NEW.yaml, which official
 * paragraphs each of our provisions summarises (both are needed to confirm a provision carried
 * forward from OLD to NEW). OLD and NEW are edition ids, read from DIR/<id>/ (DIR defaults to the
 * content folder's official/), or any folders holding an import's .mdx files. The content folder is
 * --content, else WTN_CONTENT_DIR, else content/; OUT defaults to DIR/alignment/ (git-ignored).
 * A file already there is re-read first: entries marked reviewed: true are kept as they are, the
 * rest proposed again, and the file says what changed since the last run.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { alignEditions } from '../../src/official/align.ts';
import { officialParagraphs, provisionInputs, readImportedFolder } from '../../src/official/align-inputs.ts';
import { proposeProvisionMap } from '../../src/official/provision-map.ts';
import { mergeReview, reviewedConstraints, type PreviousReview } from '../../src/official/review-merge.ts';
import { alignmentYaml, readAlignmentReview } from '../../src/official/review-file.ts';
import { provisionMapFile } from '../../src/official/provision-map-file.ts';
import { loadSite } from '../../src/model/index.ts';

const USAGE = 'Usage: npm run align -- OLD NEW [--official DIR] [--content DIR] [--out DIR]   (OLD and NEW: edition ids imported with npm run import, or folders of an import)';
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { official: { type: 'string' }, content: { type: 'string' }, out: { type: 'string' } } });
} catch (e) { console.error(`${(e as Error).message}\n${USAGE}`); process.exit(2); }
const [olderArg, newerArg] = args.positionals;
if (!olderArg || !newerArg) { console.error(USAGE); process.exit(2); }
const root = resolve(args.values.content ?? process.env.WTN_CONTENT_DIR ?? 'content');
const official = resolve(args.values.official ?? join(root, 'official'));
const out = resolve(args.values.out ?? join(official, 'alignment'));
const isFolder = (a: string) => existsSync(a) && statSync(a).isDirectory();
const where = (a: string) => (isFolder(a) ? resolve(a) : join(official, a));
const [older, newer] = [olderArg, newerArg].map((a) => (isFolder(a) ? basename(resolve(a)) : a));
const started = performance.now();
const read = (x: string) => {
  try { return officialParagraphs(readImportedFolder(where(x))); }
  catch (e) { console.error(`Cannot read the import in ${where(x)}: ${(e as Error).message}. Import the edition again (npm run import).`); process.exit(1); }
};
const [a, b] = [olderArg, newerArg].map(read);
for (const [arg, list] of [[olderArg, a], [newerArg, b]] as const) {
  if (list.length === 0) { console.error(`No official text in ${where(arg)}: import it first (npm run import -- FILE.pdf --edition ${isFolder(arg) ? basename(resolve(arg)) : arg}), or name a folder holding an import's .mdx files.`); process.exit(1); }
}

const file = join(out, `${older}-${newer}.yaml`);
let previous: PreviousReview | null = null;
if (existsSync(file)) {
  const text = readFileSync(file, 'utf8');
  try { previous = { ...readAlignmentReview(text), generated: (parse(text) as { generated?: string })?.generated } as PreviousReview; }
  catch (e) { console.error(`${file} has a problem, so it was left as it is (it holds your reviewed entries): ${(e as Error).message}. Correct it and run again.`); process.exit(1); }
}
const alignment = alignEditions(a, b, reviewedConstraints(previous));
const merged = mergeReview(alignment, previous, new Set(a.map((p) => p.number)));
mkdirSync(out, { recursive: true });
writeFileSync(`${file}.tmp`, alignmentYaml(older, newer, merged));
renameSync(`${file}.tmp`, file);
const counts = alignment.proposals.reduce<Record<string, number>>((m, p) => ({ ...m, [p.kind]: (m[p.kind] ?? 0) + 1 }), {});
console.log(`${newer} against ${older}: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}; ${alignment.removed.length} removed (${((performance.now() - started) / 1000).toFixed(1)} s).`);
if (merged.since) console.log(`Since the last run: ${merged.since.keptAsReviewed} reviewed entries kept, ${merged.since.proposedAgain} proposed again (${merged.since.changed.length} changed), ${merged.since.added.length} paragraphs new to the file, ${merged.since.gone.length} gone${merged.orphaned.length ? ` (${merged.orphaned.length} reviewed, kept under orphaned)` : ''}.`);
console.log(`Review: ${file}`);

const { site, errors } = loadSite(root);
for (const [id, paragraphs] of [[older, a], [newer, b]] as const) {
  const edition = site.editions.find((e) => e.id === id);
  if (errors.length || !edition) { console.warn(`Provision mapping of ${id} skipped: ${edition ? `the content has ${errors.length} error(s) (npm run check:content)` : `no edition ${id} in ${join(root, 'editions')}`}.`); continue; }
  const file = join(out, `provisions-${id}.yaml`);
  writeFileSync(file, provisionMapFile(id, proposeProvisionMap(provisionInputs(edition), paragraphs), existsSync(file) ? readFileSync(file, 'utf8') : undefined));
  console.log(`Review: ${file}`);
}
