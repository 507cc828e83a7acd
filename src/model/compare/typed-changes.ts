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
const same = (a?: Timescale, b?: Timescale) => a?.value === b?.value && a?.unit === b?.unit;

export function typedChanges(site: Site, olds: ProvisionModel[], now: ProvisionModel): TypedChange[] {
  const out: TypedChange[] = [];
  const name = (id: string) => site.dutyHolders.get(id)?.name ?? id;
  const oldDuty = [...new Set(olds.flatMap((o) => o.duty))].sort();
  const newDuty = [...new Set(now.duty)].sort();
  // Only when both sides name someone: a fact added or dropped on one side is not a change of holder.
  if (oldDuty.length && newDuty.length && oldDuty.join() !== newDuty.join())
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
