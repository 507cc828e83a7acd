/**
 * Writes a synthetic corpus N times the size of the real one into a folder: every chapter of every
 * edition copied N-1 times with suffixed ids (lineage, links and removals suffixed to match, so it
 * validates), official paragraph numbers dropped from copies so ranges do not overlap.
 * Usage: node scripts/bench/synthetic-corpus.ts <out-folder> [factor=10]
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';

export function writeSyntheticCorpus(from: string, to: string, factor: number): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('addresses.lock') });
  const editionsDir = join(to, 'editions');
  for (const edition of readdirSync(editionsDir)) {
    const dir = join(editionsDir, edition);
    const chapters = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    const editionFile = join(dir, 'edition.yaml');
    const doc = parseDocument(readFileSync(editionFile, 'utf8'));
    const original = (doc.toJS().removed ?? []) as { id: string }[];
    const removed: object[] = [...original];
    for (let k = 2; k <= factor; k++) {
      const suffix = `-s${k}`;
      for (const file of chapters) {
        const text = readFileSync(join(dir, file), 'utf8')
          .replace(/\b(id|from)="([^"]+)"/g, (_, attr, ids: string) => `${attr}="${ids.split(/\s+/).map((id) => id + suffix).join(' ')}"`)
          .replace(/\]\((\d{4})?#([a-z0-9-]+)\)/g, (_, ed = '', id) => `](${ed}#${id}${suffix})`)
          .replace(/\s(paras|rangeNote)="[^"]*"/g, '')
          .replace(/^order: (\d+)$/m, (_, n) => `order: ${Number(n) + k * 10}`);
        writeFileSync(join(dir, file.replace(/\.mdx$/, `${suffix}.mdx`)), text);
      }
      removed.push(...original.map((r) => ({ ...r, id: r.id + suffix })));
    }
    if (original.length) doc.set('removed', removed);
    writeFileSync(editionFile, String(doc));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, factor = '10'] = process.argv.slice(2);
  if (!out) throw new Error('usage: synthetic-corpus.ts <out-folder> [factor]');
  writeSyntheticCorpus(resolve('content'), resolve(out), Number(factor));
  console.log(`Wrote a ${factor}x corpus to ${out}`);
}
