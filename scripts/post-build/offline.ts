/**
 * Writes the service worker (sw.js) into the staging site with its precache list: the home and
 * edition pages, every chapter, the search page, the offline page, the styles and scripts (a local
 * layer's too), and
 * the whole search index (Pagefind's files, the citation index, the synonyms). Other pages are
 * saved when visited. The version is a hash of the list and the files, so a new build replaces it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBuiltSite } from '../../src/quality/built-pages.ts';
import type { PostBuildStep } from './index.ts';

const KEEP_PAGE = /^\/(?:\d{4}\/(?:[a-z0-9-]+\/)?|search\/|offline\/|about\/|terms\/|compare\/)?$/;
const KEEP_FILE = /^\/(?:_astro\/|search\/|pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+|index\/|filter\/|fragment\/)|favicon\.svg|reader-prefs\.js|offline\.js|local\/assets\/)/;

export const offline: PostBuildStep = {
  name: 'Offline support',
  async run({ dir, base }) {
    const built = readBuiltSite(dir);
    const pages = [...built.pages.keys()].filter((p) => KEEP_PAGE.test(p));
    // The document checker's file readers (PDF.js, mammoth) load only when a file is opened: not precached.
    const files = [...built.files].filter((f) => KEEP_FILE.test(f) && !f.endsWith('.html') && !/^\/_astro\/(?:pdf|mammoth)/.test(f));
    if (!pages.includes('/offline/')) return ['The offline page (/offline/) was not built.'];
    const prefix = base.replace(/\/$/, '');
    const list = [...pages, ...files].sort().map((p) => `${prefix}${p}`);
    const hash = createHash('sha256');
    for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
    for (const p of pages) hash.update(p).update(readFileSync(join(dir, built.pages.get(p)!.file)));
    const template = readFileSync(resolve('src/offline/sw.js'), 'utf8');
    writeFileSync(join(dir, 'sw.js'), template
      .replace('__VERSION__', hash.digest('hex').slice(0, 12))
      .replace('[]; // __PRECACHE__', `${JSON.stringify(list)};`)
      .replace('__OFFLINE__', `${prefix}/offline/`));
    return [];
  },
};
