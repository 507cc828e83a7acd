/**
 * Validates the content and prints every problem as file:line with its fix.
 * Usage: npm run check:content   (WTN_CONTENT_DIR=path to check another folder)
 *        npm run check:content -- --draft   (while an edition is being written: lineage may be incomplete)
 * Exit code 1 when anything is wrong; nothing is built.
 */
import { contentRoot, loadSite } from '../src/model/index.ts';
import { formatErrors } from '../src/validation/content-error.ts';
import { provisionsOf, sectionsOf } from '../src/model/queries.ts';

const draft = process.argv.includes('--draft');
const loaded = loadSite(contentRoot(), process.cwd());
const { site } = loaded;
const errors = draft ? loaded.errors.filter((e) => e.code !== 'lineage-incomplete') : loaded.errors;
if (errors.length > 0) {
  process.stderr.write(formatErrors(errors));
  process.exit(1);
}
for (const w of loaded.warnings) console.warn(`Warning: ${w}`);
for (const e of site.editions)
  console.log(`${e.shortTitle}: ${e.chapters.length} chapters, ${sectionsOf(e).length} sections, ${provisionsOf(e).length} provisions`);
console.log('Content is valid.');
