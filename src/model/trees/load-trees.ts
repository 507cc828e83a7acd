/**
 * Reads content/trees/*.yaml and validates each file with the tree schema. The file name is the
 * tree's id. Problems come back as file:line errors with a fix; valid trees keep their `locate`
 * so the cross-checks can point at the offending line too.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { treeSchema, type Tree } from '../../schemas/tree.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors, type Locate } from '../../validation/zod-issues.ts';

export interface LoadedTree {
  /** The file name without .yaml: the tree's id and its address, /trees/<id>/. */
  id: string;
  /** The file, relative to the project. */
  file: string;
  tree: Tree;
  /** Line of the value at a path in the file. */
  locate: Locate;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Loads every tree under <root>/trees/. A missing folder means no trees, not an error. */
export function loadTrees(root: string, project: string): { trees: LoadedTree[]; errors: ContentError[] } {
  const dir = join(root, 'trees');
  const trees: LoadedTree[] = [];
  const errors: ContentError[] = [];
  if (!existsSync(dir)) return { trees, errors };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = relative(project, join(dir, name));
    const id = name.replace(/\.yaml$/, '');
    if (!ID.test(id)) {
      errors.push({ code: 'bad-tree-name', file, line: 1, message: `The tree file name "${name}" is not a valid id.`, fix: 'name the file in lower-case words joined by hyphens, e.g. should-i-refer.yaml' });
      continue;
    }
    const read = readYamlFile(join(dir, name), file);
    if ('code' in read) {
      errors.push(read);
      continue;
    }
    const parsed = treeSchema.safeParse(read.data);
    if (!parsed.success) {
      const found = zodIssuesToErrors(parsed.error.issues, file, read.locate, { what: 'Tree', where: 'field' });
      errors.push(...found.map((e) => ({ ...e, fix: e.fix.replace('content/README.md', 'content/trees/README.md') })));
      continue;
    }
    trees.push({ id, file, tree: parsed.data, locate: read.locate });
  }
  return { trees, errors };
}
