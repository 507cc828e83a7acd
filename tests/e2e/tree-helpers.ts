/**
 * Shared steps for the decision tree tests. The trees' own data files (content/trees/*.yaml, or
 * WTN_CONTENT_DIR's) drive the tests: their examples, questions and outcomes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, type Page } from '@playwright/test';

interface TreeFile {
  title: string;
  editions: (string | number)[];
  variants: { editions: (string | number)[]; questions: { id: string; text: string; answers: { label: string }[] }[]; outcomes: { id: string; title: string }[] }[];
  examples: { name: string; edition: string | number; answers: Record<string, string>; outcome: string }[];
}

const dir = join(resolve(process.env.WTN_CONTENT_DIR ?? 'content'), 'trees');

/** Every tree: its id (file name), its data, and its page path (relative to the base URL). */
export const TREES = readdirSync(dir)
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({ id: n.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, n), 'utf8')) as TreeFile }))
  .map((t) => ({ ...t, path: `trees/${t.id}/` }));

export const tree = (id: string) => TREES.find((t) => t.id === id)!;

/** The address of a path: the tree's page with the state in the fragment. */
export function pathAddress(id: string, edition: string, answers: Record<string, string>): string {
  const params = new URLSearchParams({ tree: id, edition });
  for (const [k, v] of Object.entries(answers)) params.append(k, v);
  return `${tree(id).path}#${params}`;
}

/** Opens a tree page and waits until the widget has taken over from the outline. */
export async function openTree(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await expect(page.locator('.tree-widget:not([hidden])')).toBeVisible();
}

/** Chooses an answer to the question shown and continues. */
export async function choose(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The outcome heading (it starts "Outcome under Working Together <year>"). */
export const outcomeHeading = (page: Page) => page.getByRole('heading', { name: /^Outcome under Working Together/ });
