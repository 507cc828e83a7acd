/**
 * npm run check:local [-- --out reports] : checks the local layer (WTN_LOCAL_DIR, or ./local) with
 * the national content, then lists every local note to review against the newest edition: those
 * whose provision, section, step or outcome changed, was reworded, moved, split, merged, removed
 * or only carried forward since the note was written or last reviewed. Writes the list as a
 * checklist (local-review.md) and a spreadsheet (local-review.csv) a manager can work through.
 * Exit code: 1 when the layer or the content has errors (or there is no layer); 0 otherwise,
 * notes to review included.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, loadSite } from '../src/model/index.ts';
import { getLocalLayer } from '../src/model/local/feature.ts';
import { reviewCsv, reviewLocalNotes, reviewMarkdown, reviewText } from '../src/model/local/review.ts';
import { formatErrors } from '../src/validation/content-error.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'reports' } } });
const root = contentRoot();
const { site, errors } = loadSite(root, process.cwd());
if (errors.length) {
  process.stderr.write(`${formatErrors(errors)}\nThe local layer could not be checked until these are fixed.\n`);
  process.exit(1);
}
const layer = getLocalLayer(site);
if (!layer) {
  process.stderr.write('There is no local layer to check: put it in ./local/ or name its folder with WTN_LOCAL_DIR (see examples/local/README.md).\n');
  process.exit(1);
}
const review = reviewLocalNotes(site, layer);
const origin = (process.env.WTN_SITE ?? '').replace(/\/$/, '') + (process.env.WTN_BASE ?? '/').replace(/\/$/, '');
console.log(`Local layer: ${layer.name} (${layer.rel}), ${layer.areas.length} area${layer.areas.length === 1 ? '' : 's'}, ${layer.notes.length} notes.\n`);
console.log(reviewText(site, review));
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'local-review.md'), reviewMarkdown(site, layer, review, origin));
writeFileSync(join(out, 'local-review.csv'), reviewCsv(review, origin));
console.log(`Report for managers: ${relative(process.cwd(), join(out, 'local-review.md'))} and ${relative(process.cwd(), join(out, 'local-review.csv'))}.`);
