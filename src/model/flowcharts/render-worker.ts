/**
 * Renders Mermaid charts to SVG in Chromium (mermaid-isomorphic over Playwright), as a child
 * process: the content checks are synchronous, so render-charts.ts runs this once per check pass
 * for every chart not already cached, and waits for it.
 *
 * stdin:  { jobs: [{ key, source, prefix }], mermaidConfig, executablePath, args }
 * stdout: [{ key, svg } | { key, error }]   (JSON, nothing else)
 */
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { readFileSync } from 'node:fs';

interface Job { key: string; source: string; prefix: string }
const input = JSON.parse(readFileSync(0, 'utf8')) as {
  jobs: Job[]; mermaidConfig: Record<string, unknown>; executablePath: string; args: string[];
};

const render = createMermaidRenderer({ launchOptions: { executablePath: input.executablePath, args: input.args } });
// All charts in one page (loading Mermaid once); Mermaid numbers them "<token>-<i>", which is then
// replaced by each chart's own prefix so ids stay unique on any page.
const TOKEN = 'wtnchartprefix';
const settled = await render(input.jobs.map((j) => j.source), { prefix: TOKEN, mermaidConfig: input.mermaidConfig });
const results = settled.map((s, i) => {
  const job = input.jobs[i];
  return s.status === 'fulfilled'
    ? { key: job.key, svg: s.value.svg.replace(new RegExp(`${TOKEN}-${i}(?!\\d)`, 'g'), job.prefix) }
    : { key: job.key, error: String((s.reason as Error)?.message ?? s.reason) };
});
process.stdout.write(JSON.stringify(results));
