/**
 * Typed changes between a provision and its predecessor(s), read from their structured facts:
 * a change of duty holder (LSCB -> safeguarding partners), of modality (should -> must), or of
 * timescale (7 -> 10 working days). Rewording alone is not a typed change.
 * With `derive` (comparisons of changed provisions), a side that records no duty holder or
 * modality is read from its summary instead (holder-mentions.ts; for modality, the one modal verb
 * it uses, and only when the other side records a modality).
 */
import { formatTimescale, type Timescale } from '../../schemas/timescale.ts';
import type { Modality } from '../../schemas/common.ts';
import type { ProvisionModel, Site } from '../types.ts';
import { holdersNamedIn, holdersOf } from './holder-mentions.ts';

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

/** The one modal verb a summary uses ("must", "should" or "may"), if it uses exactly one. */
function modalityInText(text: string): Modality | undefined {
  const found = (['must', 'should', 'may'] as const).filter((m) => new RegExp(`\\b${m}\\b`, 'i').test(text));
  return found.length === 1 ? found[0] : undefined;
}

export function typedChanges(site: Site, olds: ProvisionModel[], now: ProvisionModel, opts: { derive?: boolean } = {}): TypedChange[] {
  const out: TypedChange[] = [];
  const name = (id: string) => site.dutyHolders.get(id)?.name ?? id;
  const root = (id: string): string => { const up = site.dutyHolders.get(id)?.partOf; return up ? root(up) : id; };
  const holders = (p: ProvisionModel) => (opts.derive ? holdersOf(site, p) : p.duty);
  const oldDuty = [...new Set(olds.flatMap(holders))].sort();
  const newDuty = [...new Set(holders(now))].sort();
  const oldRoots = new Set(oldDuty.map(root));
  // Flag a change of duty holder only when both sides name someone and no body carries over
  // (LSCB -> safeguarding partners). A body and its part (social care -> local authority), or
  // one holder added to or dropped from a list, is not a change of who holds it.
  // A body replaced by its named successor (CCG -> ICB) is a change even if others carry over:
  // then only the bodies that left and the bodies that took their place are shown.
  const named = (ps: ProvisionModel[]) => new Set(ps.flatMap((p) => [...p.duty, ...(opts.derive ? holdersNamedIn(site, p) : [])]));
  const before = named(olds), after = named([now]);
  const succession = [...before].flatMap((id) => (site.dutyHolders.get(id)?.replacedBy ?? [])
    .filter((next) => after.has(next) && !before.has(next)).map((next) => [id, next] as const));
  if (succession.length) {
    const left = [...new Set(succession.map(([id]) => id))], came = [...new Set(succession.map(([, next]) => next))];
    out.push({ kind: 'duty-holder', from: left.map(name).join(', '), to: came.map(name).join(', ') });
  } else if (oldDuty.length && newDuty.length && !newDuty.some((id) => oldRoots.has(root(id))))
    out.push({ kind: 'duty-holder', from: oldDuty.map(name).join(', '), to: newDuty.map(name).join(', ') });
  // A side's modal verb is read from its summary only when the other side records a modality.
  const recorded = { old: olds.some((o) => o.modality), now: !!now.modality };
  const modal = (p: ProvisionModel) => p.modality ?? (opts.derive && recorded[p === now ? 'old' : 'now'] ? modalityInText(p.text) : undefined);
  const oldModal = [...new Set(olds.map(modal).filter(Boolean))];
  const newModal = modal(now);
  if (oldModal.length === 1 && newModal && oldModal[0] !== newModal)
    out.push({ kind: 'modality', from: oldModal[0]!, to: newModal });
  for (const field of ['within', 'every'] as const) {
    const before = olds.map((o) => o[field]).find(Boolean);
    if (before && now[field] && !same(before, now[field]))
      out.push({ kind: 'timescale', from: `${field} ${ts(before)}`, to: `${field} ${ts(now[field])}` });
  }
  return out;
}
