/**
 * axe (WCAG 2.2 AA) run inside the page as it is now: the one way every browser test checks
 * accessibility. @axe-core/playwright's AxeBuilder (no longer used) runs axe frame by frame and then finishes the
 * run in a new blank page, which costs about 1.1 s more per check on this kind of machine. The site
 * has no frames (nothing is embedded from anywhere), so one run in the page sees the whole document
 * with the same rules; a page that does contain a frame fails here rather than go half-checked.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The rule tags of WCAG 2.2 level A and AA. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** axe itself, for page.addInitScript({ path: AXE_PATH }) where a test checks many pages. */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: string | undefined;

export interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

export interface AxeScope {
  /** Only these rules (by id) instead of every WCAG 2.2 AA rule. */
  rules?: string[];
  /** Only the parts of the page these selectors match. */
  include?: string[];
}

/** The WCAG 2.2 AA violations on the page as it is now (axe is added to the page if not there). */
export async function wcagViolations(page: Page, scope: AxeScope = {}): Promise<Violation[]> {
  const state = await page.evaluate(() => ({ axe: 'axe' in window, frames: document.querySelectorAll('iframe, frame, object[data], embed').length }));
  if (state.frames) throw new Error(`${page.url()} has ${state.frames} frame(s): an in-page axe run cannot see inside them; check inside each frame as well`);
  if (!state.axe) await page.evaluate((source ??= readFileSync(AXE_PATH, 'utf8')));
  return page.evaluate(async ({ tags, rules, include }) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: object): Promise<{ violations: Violation[] }> } }).axe;
    const context = include?.length ? { include: include.map((s) => [s]) } : document;
    const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
    const r = await axe.run(context, { runOnly, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, { tags: WCAG, rules: scope.rules, include: scope.include });
}

/** The violations as one line each: "id: help (count) first target", for an expect(...).toEqual([]). */
export async function wcagFindings(page: Page, scope: AxeScope = {}): Promise<string[]> {
  return (await wcagViolations(page, scope)).map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}
