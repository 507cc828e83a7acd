/**
 * Whom a change falls on, as the groups a manager filters a comparison by (local authority,
 * police, health ...). A provision falls on the groups of every body it names: those its
 * duty="..." records and those its summary names (an integrated care board or health
 * professionals named in the text put it under health even when the recorded duty is the
 * safeguarding partners'), plus the groups a body is made of (alsoFallsOn: the safeguarding
 * partners are the local authority, the police and health). A provision that names no body, nor
 * do its ancestors (a definition, a principle, a date), is addressed to everyone who works with
 * children: it falls on all practitioners, so it shows under every sector's filter.
 */
import type { DutyHolder } from '../../schemas/duty-holder.ts';
import type { ProvisionModel, Site } from '../types.ts';
import { lineageOf, keyOf } from '../lineage.ts';
import { holdersNamedIn } from './holder-mentions.ts';
import { EVERY_SECTOR } from './sector-filter.ts';

/** Each group's name for readers, in the order the filters list them. */
export const GROUP_LABELS: Record<DutyHolder['group'], string> = {
  'local-authority': 'Local authority', police: 'Police', health: 'Health', education: 'Education', justice: 'Justice and courts',
  'voluntary-and-community': 'Voluntary and community sector', 'safeguarding-arrangements': 'Safeguarding partners, boards and panels',
  'child-death-review': 'Child death review', national: 'National bodies', practitioners: 'All practitioners', other: 'Others',
};

/** The groups of the bodies these provisions name, recorded or in their summaries. */
export function groupsNamedBy(site: Site, provisions: ProvisionModel[]): string[] {
  const ids = new Set(provisions.flatMap((p) => [...p.duty, ...holdersNamedIn(site, p)]));
  const groups = new Set<string>();
  for (const id of ids) {
    const holder = site.dutyHolders.get(id);
    if (!holder) continue;
    groups.add(holder.group);
    for (const g of holder.alsoFallsOn ?? []) groups.add(g);
  }
  return Object.keys(GROUP_LABELS).filter((g) => groups.has(g));
}

/**
 * Whom a change falls on: the groups both sides name; where neither names anyone, those of the
 * nearest ancestors that do.
 */
export function groupsFor(site: Site, provisions: ProvisionModel[]): string[] {
  const l = lineageOf(site);
  let frontier = provisions;
  const seen = new Set<string>();
  while (frontier.length) {
    const groups = groupsNamedBy(site, frontier);
    if (groups.length) return groups;
    frontier.forEach((x) => seen.add(keyOf(x)));
    frontier = frontier.flatMap((x) => l.predecessors(x)).filter((x) => !seen.has(keyOf(x)));
  }
  return [];
}

export interface FallsOn {
  /** The groups, in the filters' order; ["practitioners"] when no body is named. */
  groups: string[];
  /** True when no body is named on either side or in the ancestry: everyone's concern. */
  general: boolean;
}

export function fallsOn(site: Site, provisions: ProvisionModel[]): FallsOn {
  const groups = groupsFor(site, provisions);
  return groups.length ? { groups, general: false } : { groups: [EVERY_SECTOR], general: true };
}

/** The "Falls on" line in readers' words: "Local authority, Police, Health". */
export function fallsOnText(f: FallsOn): string {
  return f.general ? `${GROUP_LABELS.practitioners} (it names no particular body)` : groupNames(f.groups).join(', ');
}

/** The groups in readers' words, for a "Falls on" line. */
export function groupNames(groups: string[]): string[] {
  return groups.map((g) => GROUP_LABELS[g as DutyHolder['group']] ?? g);
}
