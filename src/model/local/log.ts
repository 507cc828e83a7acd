/**
 * A local layer's updates as amendments log entries, and the log a reader of one area sees: the
 * national entries and the local updates for that area (or for every area), newest first.
 */
import type { Site } from '../types.ts';
import { resolveRef } from '../amendments/site-refs.ts';
import { KIND_LABELS, type LogEntry } from '../amendments/types.ts';
import type { LocalLayer } from './types.ts';

export function localLogEntries(site: Site, layer: LocalLayer): LogEntry[] {
  return layer.amendments.map((a) => {
    const links: LogEntry['links'] = [];
    for (const ref of a.see) { const r = resolveRef(site, ref); if (!('problem' in r)) links.push(r); }
    for (const id of a.notes) {
      const shown = [...layer.placements.values()].flat().filter((p) => p.note.id === id).sort((x, y) => y.edition.localeCompare(x.edition))[0];
      if (shown) links.push({ path: shown.path, label: `Local note: ${shown.label}` });
    }
    const areas = a.areas ?? [];
    for (const id of areas.length ? areas : []) links.push({ path: `/local/${id}/`, label: layer.areas.find((x) => x.id === id)!.name });
    return {
      id: a.id, scope: 'local' as const, kind: 'local-update' as const, kindLabel: `${KIND_LABELS['local-update']}, ${layer.shortName}`,
      date: a.date, updated: a.updated ?? a.date, title: a.title, summary: a.summary.replace(/\s+/g, ' ').trim(), links, areas,
      external: a.documents.map((id) => layer.documents.find((d) => d.id === id)!).map((d) => ({ url: d.url, label: d.title })),
    };
  });
}

/** The log one area's reader follows: national entries and local updates for that area or every area. */
export function areaLog(national: LogEntry[], local: LogEntry[], area: string): LogEntry[] {
  return [...national, ...local.filter((e) => e.areas.length === 0 || e.areas.includes(area))];
}

export { newestFirst } from '../amendments/types.ts';
