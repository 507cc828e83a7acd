/**
 * Typed changes between a provision and its predecessor(s), read from their structured facts:
 * a change of duty holder (LSCB -> safeguarding partners), of modality (should -> must), or of
 * timescale (7 -> 10 working days). Rewording alone is not a typed change.
 */
import { formatTimescale, type Timescale } from '../../schemas/timescale.ts';
import type { ProvisionModel, Site } from '../types.ts';

export type TypedChangeKind = 'duty-holder' | 'modality' | 'timescale';

export interface TypedChange {
  kind: TypedChangeKind;
  /** In words: "Local Safeguarding Children Board → Safeguarding partners". */
  from: string;
  to: string;
}

const ts = (t?: Timescale) => (t ? formatTimescale(t) : undefined);
/** A timescale as a comparable length: 1 year = 12 months, 1 week = 7 days; working days stay apart. */
const length = (t: Timescale): string => {
  const [n, unit] = t.unit === 'years' ? [t.value * 12, 'months'] : t.unit === 'weeks' ? [t.value * 7, 'days'] : [t.value, t.unit];
  return `${n} ${unit}`;
};
const same = (a?: Timescale, b?: Timescale) => !!a && !!b && length(a) === length(b);

export function typedChanges(site: Site, olds: ProvisionModel[], now: ProvisionModel): TypedChange[] {
  const out: TypedChange[] = [];
  const name = (id: string) => site.dutyHolders.get(id)?.name ?? id;
  const root = (id: string): string => { const up = site.dutyHolders.get(id)?.partOf; return up ? root(up) : id; };
  const oldDuty = [...new Set(olds.flatMap((o) => o.duty))].sort();
  const newDuty = [...new Set(now.duty)].sort();
  const oldRoots = new Set(oldDuty.map(root));
  // Flag a change of duty holder only when both sides name someone and no body carries over
  // (LSCB -> safeguarding partners; CCG -> ICB). A body and its part (social care -> local
  // authority), or one holder added to or dropped from a list, is not a change of who holds it.
  // A body replaced by its named successor (CCG -> ICB) is a change even if others carry over.
  const succeeded = oldDuty.some((id) => (site.dutyHolders.get(id)?.replacedBy ?? []).some((next) => now.duty.includes(next)));
  if (oldDuty.length && newDuty.length && (succeeded || !newDuty.some((id) => oldRoots.has(root(id)))))
    out.push({ kind: 'duty-holder', from: oldDuty.map(name).join(', '), to: newDuty.map(name).join(', ') });
  const oldModal = [...new Set(olds.map((o) => o.modality).filter(Boolean))];
  if (oldModal.length === 1 && now.modality && oldModal[0] !== now.modality)
    out.push({ kind: 'modality', from: oldModal[0]!, to: now.modality });
  for (const field of ['within', 'every'] as const) {
    const before = olds.map((o) => o[field]).find(Boolean);
    if (before && now[field] && !same(before, now[field]))
      out.push({ kind: 'timescale', from: `${field} ${ts(before)}`, to: `${field} ${ts(now[field])}` });
  }
  return out;
}

/** The groups (local authority, police, health ...) whom a change falls on: both sides' duty holders. */
export function groupsOf(site: Site, provisions: ProvisionModel[]): string[] {
  return [...new Set(provisions.flatMap((p) => p.duty).map((id) => site.dutyHolders.get(id)?.group).filter((g): g is NonNullable<typeof g> => !!g))];
}
