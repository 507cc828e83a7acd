/**
 * A process flowchart: content/flowcharts/<edition>/<chart>.yaml. The chart is Mermaid source in
 * our own words; its walkthrough order lists every node once, each citing the provisions it rests
 * on. The file name is the chart's address: flowcharts/2018/referral.yaml is /flowcharts/2018/referral/.
 */
import { z } from 'zod';
import { editionId, line, slug } from './common.ts';

/** A node id in the Mermaid source: lower-case words joined by hyphens (never underscores). */
export const nodeId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
  error: 'name nodes in lower-case words joined by hyphens, e.g. "strategy-discussion"',
});

/** Mermaid features we generate ourselves or do not allow, with what to do instead. */
const FORBIDDEN: [RegExp, string][] = [
  [/^\s*click\s/m, 'remove "click" lines: each node links to the provision its step cites'],
  [/^\s*acc(Title|Descr)\s*[:{]/m, 'remove accTitle/accDescr: the chart title and "description" are added for you'],
  [/%%\{/, 'remove the %%{init}%% directive: charts share one look, set in src/model/flowcharts/render-config.ts'],
  [/^\s*(style|classDef|class|linkStyle)\s/m, 'remove styling lines: the site styles every chart the same way'],
];

/** The Mermaid source: a flowchart, without links, accessibility lines or styling (we add those). */
const mermaidSource = z
  .string()
  .regex(/^\s*(flowchart|graph)\s+(TD|TB|LR|RL|BT)\b/, {
    error: 'start the Mermaid source with "flowchart TD" (or LR): only flowcharts are supported',
  })
  .superRefine((text, ctx) => {
    for (const [re, fix] of FORBIDDEN) if (re.test(text)) ctx.addIssue({ code: 'custom', message: fix });
  });

/** One step of the walkthrough: a node of the chart and the provisions it rests on. */
const stepSchema = z.strictObject({
  /** The node's id in the Mermaid source. */
  node: nodeId,
  /** Provision ids of the chart's edition that this step rests on (the first is the node's link). */
  cites: z.array(slug).min(1, { error: 'cite at least one provision for every step' }),
});

export const flowchartSchema = z
  .strictObject({
    /** The edition it charts; must match the folder it is in. */
    edition: editionId,
    /** The process it charts, shared across editions so charts of one process can be compared, e.g. "referral". */
    process: slug,
    /** The edition's own number for this chart, where edition.yaml lists it: its official title is used. */
    number: z.number().int().positive().optional(),
    /** Our descriptive title: for a chart without a number, or whose number a source gives without its official title. */
    title: line.optional(),
    /** Why the title is ours (shown on the page), required with `title`. */
    titleNote: line.optional(),
    /** The chapter whose text it follows (a chapter file name), required with `title`. */
    chapter: slug.optional(),
    /** One or two sentences saying what the chart shows, for assistive technology and the page lead. */
    description: line,
    /** Where facts about the chart itself come from (source ids), beyond the provisions its steps cite. */
    sources: z.array(slug).default([]),
    /** The Mermaid flowchart source, in our own words. */
    mermaid: mermaidSource,
    /** The walkthrough order: every node of the chart, once, each with its citations. */
    steps: z.array(stepSchema).min(2, { error: 'a chart has at least two steps' }),
  })
  .superRefine((chart, ctx) => {
    if (chart.number === undefined)
      for (const key of ['title', 'titleNote', 'chapter'] as const)
        if (chart[key] === undefined)
          ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: [key], message: `a chart without a number needs ${key}` });
  });

export type FlowchartFile = z.infer<typeof flowchartSchema>;
