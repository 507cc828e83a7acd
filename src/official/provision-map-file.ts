/**
 * The provision map a reviewer edits (content/official/alignment/provisions-<edition>.yaml), written
 * again by `npm run align` without losing review: entries marked reviewed: true in the file already
 * there are kept as the reviewer left them; every other entry is the fresh proposal.
 */
import { parse, parseDocument, isSeq, isMap } from 'yaml';
import type { ProvisionProposal } from './provision-map.ts';
import { provisionMapYaml } from './review-file.ts';

type Entry = { provision: string; reviewed?: boolean };

export function provisionMapFile(edition: string, proposals: ProvisionProposal[], existing?: string): string {
  const fresh = provisionMapYaml(edition, proposals);
  const kept = new Map<string, Entry>();
  if (existing) for (const e of ((parse(existing) as { provisions?: Entry[] } | null)?.provisions ?? [])) if (e?.reviewed === true) kept.set(e.provision, e);
  if (!kept.size) return fresh;
  const doc = parseDocument(fresh);
  const list = doc.get('provisions');
  if (!isSeq(list)) return fresh;
  list.items = list.items.map((item) => {
    const id = isMap(item) ? String(item.get('provision')) : '';
    const old = kept.get(id);
    if (old) kept.delete(id);
    return old ? doc.createNode(old) : item;
  });
  // Reviewed entries of provisions no longer in the content stay at the end, for the reviewer to remove.
  for (const old of kept.values()) list.items.push(doc.createNode(old));
  return doc.toString({ lineWidth: 0 });
}
