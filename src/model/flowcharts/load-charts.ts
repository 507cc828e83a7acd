/**
 * Reads content/flowcharts/<edition>/*.yaml and validates each file against the schema.
 * Cross-checks against the editions (citations, numbers, nodes) are in check-charts.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { flowchartSchema, type FlowchartFile } from '../../schemas/flowchart.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors, type Locate } from '../../validation/zod-issues.ts';

export interface ChartFile {
  /** The file name without .yaml. */
  id: string;
  /** The folder it is in (an edition year). */
  folder: string;
  file: string;
  data: FlowchartFile;
  locate: Locate;
  /** The file line holding the first line of the Mermaid source. */
  mermaidLine: number;
}

/** Every chart file under root/flowcharts, validated; problems as ContentErrors. */
export function loadChartFiles(root: string, project: string): { charts: ChartFile[]; errors: ContentError[] } {
  const dir = join(root, 'flowcharts');
  const charts: ChartFile[] = [];
  const errors: ContentError[] = [];
  if (!existsSync(dir)) return { charts, errors };
  for (const folder of readdirSync(dir).sort()) {
    if (!statSync(join(dir, folder)).isDirectory()) continue;
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.yaml')).sort()) {
      const abs = join(dir, folder, name);
      const rel = relative(project, abs);
      const read = readYamlFile(abs, rel);
      if ('code' in read) {
        errors.push(read);
        continue;
      }
      const parsed = flowchartSchema.safeParse(read.data);
      if (!parsed.success) {
        errors.push(...zodIssuesToErrors(parsed.error.issues, rel, read.locate, { what: 'The flowchart', where: 'field' }));
        continue;
      }
      const at = read.locate(['mermaid']);
      // A block scalar (`mermaid: |`) starts on the line after its key.
      const keyLine = readFileSync(abs, 'utf8').split('\n')[at - 1] ?? '';
      const mermaidLine = /:\s*[|>][-+]?\s*$/.test(keyLine) ? at + 1 : at;
      charts.push({ id: name.replace(/\.yaml$/, ''), folder, file: rel, data: parsed.data, locate: read.locate, mermaidLine });
    }
  }
  return { charts, errors };
}
