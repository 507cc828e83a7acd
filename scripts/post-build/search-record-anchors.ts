/**
 * Every search record must open the words it matched: its page must exist in the built site and,
 * where its URL has an anchor, carry that id. Checked on the staging copy before the index is
 * published, so a renamed heading or entry fails the build instead of sending readers to the top
 * of a page. Each page is read once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../../src/search/records.ts';

export function recordAnchorProblems(dir: string, records: SearchRecord[]): string[] {
  const pages = new Map<string, string | null>();
  const html = (path: string) => {
    if (!pages.has(path)) {
      const file = join(dir, path.replace(/^\//, ''), 'index.html');
      pages.set(path, existsSync(file) ? readFileSync(file, 'utf8') : null);
    }
    return pages.get(path)!;
  };
  const problems: string[] = [];
  for (const r of records) {
    const [path, anchor] = r.url.split('#');
    const page = html(path);
    if (page === null) problems.push(`Search record "${r.meta.title}" (${r.meta.kind}) points to ${path}, which the build did not make. Fix: check the record's URL in src/search/records*.ts`);
    else if (anchor && !page.includes(`id="${anchor}"`))
      problems.push(`Search record "${r.meta.title}" (${r.meta.kind}) points to ${r.url}, but ${path} has no element with id "${anchor}". Fix: give the page that id, or point the record at one it has`);
  }
  return problems.slice(0, 20);
}
