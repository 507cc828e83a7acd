/**
 * The local layer's FeatureLoader (registered in src/model/features.ts): when the build has a
 * layer (src/model/local/root.ts), it is read, validated by its own schemas, cross-checked, its
 * notes resolved against the national content by permanent ID and followed through lineage, all
 * in the same pass as the rest of the content, so a bad layer fails `npm run check:content`, the
 * build and `npm run check:local` with file, line and the fix. Without a layer it does nothing.
 */
import type { ContentError } from '../../validation/content-error.ts';
import type { FeatureContext, FeatureLoader } from '../features.ts';
import { today } from '../in-force.ts';
import { loadFlowcharts } from '../flowcharts/feature.ts';
import { treesLastChecked } from '../trees/feature.ts';
import { loadTrees } from '../trees/load-trees.ts';
import type { Site } from '../types.ts';
import { resolveRef } from '../amendments/site-refs.ts';
import { checkLayer } from './check-layer.ts';
import { followNote } from './follow.ts';
import { readLayer } from './load-layer.ts';
import { localRoot } from './root.ts';
import { resolveTarget } from './targets.ts';
import { oncePerSite, pagesContext } from '../once-per-site.ts';
import type { LocalLayer, LocalNoteModel, Placement } from './types.ts';

export interface LoadedLocal { layer: LocalLayer | null; errors: ContentError[] }

export function loadLocal(ctx: FeatureContext, on = today()): LoadedLocal {
  const dir = localRoot(ctx.project);
  if (!dir) return { layer: null, errors: [] };
  const files = readLayer(dir, ctx.project);
  const errors = [...files.errors];
  if (!files.partnership) return { layer: null, errors };
  const partnership = files.partnership;
  errors.push(...checkLayer({ partnership, documents: files.documents, notes: files.notes, amendments: files.amendments }, ctx.site, on));
  files.amendments.forEach((a) => a.data.see.forEach((ref, j) => {
    const r = resolveRef(ctx.site, ref);
    if ('problem' in r) errors.push({ code: 'local-unknown-id', file: a.file, line: a.locate([a.index, 'see', j]), message: `Local update "${a.data.id}" ${r.problem}.`, fix: r.fix });
  }));
  const flowcharts = loadFlowcharts(ctx);
  const trees = treesLastChecked(ctx.root) ?? loadTrees(ctx.root, ctx.project).trees;
  const areaIds = partnership.data.areas.map((a) => a.id);
  const notes: LocalNoteModel[] = [];
  for (const n of files.notes) {
    if (n.data.step !== undefined && flowcharts.failed.has(`${n.data.edition}/${n.data.flowchart}`)) continue; // reported by the flowcharts
    const target = resolveTarget(n, { site: ctx.site, charts: flowcharts.charts, trees }, errors);
    if (!target) continue;
    const { areas: named, ...rest } = n.data;
    const areas = named ?? (n.folderArea ? [n.folderArea] : undefined);
    notes.push({ ...rest, target, areas: (areas ?? areaIds).filter((a) => areaIds.includes(a)), everyArea: !areas, file: n.file, line: n.line });
  }
  const placements = new Map<string, Placement[]>();
  const layer: LocalLayer = {
    dir, rel: files.rel, name: partnership.data.name, shortName: partnership.data.shortName, website: partnership.data.website,
    fictional: partnership.data.fictional,
    areas: partnership.data.areas.map((a, i) => ({ ...a, partnership: a.partnership ?? { name: partnership.data.name, website: partnership.data.website }, file: partnership.file, line: partnership.locate(['areas', i]) })),
    documents: files.documents.map((d) => ({ ...d.data, file: d.file, line: d.line })),
    notes,
    amendments: files.amendments.map((a) => ({ ...a.data, file: a.file, line: a.line })),
    placements,
    endings: [],
  };
  for (const note of notes) {
    const followed = followNote({ site: ctx.site, charts: flowcharts.charts, trees }, note);
    for (const p of followed.placements) placements.set(p.at, [...(placements.get(p.at) ?? []), p]);
    // A note whose place ended is settled once reviewed against the edition that ended it (it stays on the older pages).
    if (followed.ending && !(note.reviewed && note.reviewed.edition >= followed.ending.edition)) layer.endings.push(followed.ending);
  }
  return { layer, errors };
}

const memoised = oncePerSite(loadLocal);

export const localFeature: FeatureLoader = {
  name: 'local layer',
  check: (ctx) => memoised(ctx).errors,
};

/** The local layer for pages and search (after validation passed), or null when the build has none. */
export function getLocalLayer(site: Site): LocalLayer | null {
  return memoised(pagesContext(site)).layer;
}
