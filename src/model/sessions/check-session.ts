/**
 * Checks one session against the content: its edition, every provision and chart on its path
 * (and the step a chart opens at), every paragraph range its questions cite, and its sources.
 */
import { holderDisagreements } from '../stated-holders.ts';
import { listDisagreements } from '../stated-lists.ts';
import { disagreements } from '../stated-facts.ts';
import { provisionsOf } from '../queries.ts';
import type { Site } from '../types.ts';
import type { ContentError } from '../../validation/content-error.ts';
import type { Locate } from '../../validation/zod-issues.ts';
import type { SessionFile } from '../../schemas/session.ts';
import type { ChartModel } from '../flowcharts/types.ts';
import { resolveRange } from './ranges.ts';
import type { PathItem, QuestionModel, SessionModel } from './types.ts';

export interface SessionSource { id: string; file: string; data: SessionFile; locate: Locate }

/** `failedCharts`: charts whose files exist but have problems of their own (already reported). */
export function checkSession(s: SessionSource, site: Site, charts: ChartModel[], failedCharts: Set<string>, errors: ContentError[]): SessionModel | null {
  const { data, file, locate } = s;
  const before = errors.length;
  const err = (code: string, path: PropertyKey[], message: string, fix: string) => errors.push({ code, file, line: locate(path), message, fix });
  const edition = site.editions.find((e) => e.id === data.edition);
  if (!edition) {
    err('unknown-edition', ['edition'], `Edition ${data.edition} does not exist.`, `use one of: ${site.editions.map((e) => e.id).join(', ')}`);
    return null;
  }
  const path: PathItem[] = [];
  data.path.forEach((item, i) => {
    if (item.provision) {
      const [ed, id] = item.provision.includes('#') ? item.provision.split('#') : [edition.id, item.provision];
      const other = site.editions.find((e) => e.id === ed);
      const p = other && provisionsOf(other).find((x) => x.id === id);
      if (p) path.push({ kind: 'provision', provision: p, note: item.note });
      else err('unknown-provision', ['path', i, 'provision'], `Place ${i + 1} of the path names provision "${item.provision}", which ${other ? `${other.shortTitle} does not have` : `names an unknown edition`}.`,
        `use a provision id from content/editions/${ed}/ (or "<edition>#<id>" for another edition)`);
      return;
    }
    const [ed, id] = item.flowchart!.split('/');
    const chart = charts.find((c) => c.edition === ed && c.id === id);
    if (!chart && failedCharts.has(item.flowchart!)) return; // reported in the chart's own file
    if (!chart)
      return void err('unknown-flowchart', ['path', i, 'flowchart'], `Place ${i + 1} of the path names flowchart "${item.flowchart}", which does not exist.`,
        `use "<edition>/<chart file name>" of a file in content/flowcharts/: ${charts.map((c) => `${c.edition}/${c.id}`).slice(0, 8).join(', ')}`);
    if (item.step !== undefined && item.step > chart.steps.length)
      return void err('unknown-step', ['path', i, 'step'], `Chart ${item.flowchart} has ${chart.steps.length} steps, so it cannot open at step ${item.step}.`, `use a step from 1 to ${chart.steps.length}`);
    path.push({ kind: 'flowchart', chart, step: item.step, note: item.note });
  });
  const questions: QuestionModel[] = data.questions.map((q, i) => ({
    ask: q.ask,
    refer: q.refer.flatMap((r, j) => {
      const resolved = resolveRange(site, r);
      if ('range' in resolved) return [resolved.range];
      if (r.section) err('unknown-section', ['questions', i, 'refer', j, 'section'], `Question ${i + 1} cites section "${r.section}", but ${resolved.problem}.`, resolved.fix);
      else err('unknown-range', ['questions', i, 'refer', j, 'paras'], `Question ${i + 1} cites "${r.paras}" (edition ${r.edition}), but ${resolved.problem}.`, resolved.fix);
      return [];
    }),
  }));
  // One fact, one place: what a question or a trainer's note states agrees with the provisions it cites.
  questions.forEach((q, i) => {
    for (const d of disagreements(q.ask, { provisions: q.refer.flatMap((r) => r.sections.flatMap((x) => x.provisions)) }))
      err('fact-disagrees', ['questions', i, 'ask'], `Question ${i + 1} ${d}.`, 'ask about what the cited sections state, or cite the section that sets it');
  });
  path.forEach((item, i) => {
    if (item.kind !== 'provision') return;
    for (const d of [...disagreements(item.note, { provisions: [item.provision] }), ...holderDisagreements(site, item.provision.edition, item.note, [item.provision]), ...listDisagreements(item.note, [item.provision])])
      err('fact-disagrees', ['path', i, 'note'], `The note at place ${i + 1} ${d}.`, 'say what the provision states, or correct its structured facts');
  });
  data.sources.forEach((id, i) => {
    if (!site.sources.has(id)) err('unknown-source', ['sources', i], `The session cites source "${id}", which content/sources/*.yaml does not list.`, 'use a listed source id');
  });
  // A chart with problems of its own is reported in its file; the session is simply not published.
  if (errors.length > before || data.path.some((p) => p.flowchart && failedCharts.has(p.flowchart))) return null;
  return {
    id: s.id, title: data.title, audience: data.audience, duration: data.duration, edition, summary: data.summary,
    objectives: data.objectives, path, questions, sources: data.sources, url: `/sessions/${s.id}/`, file,
  };
}
