/** Adds a scaffolded edition to a content folder, as `npm run new-edition` would, with its sources named. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../../src/model/index.ts';
import { scaffoldEdition } from '../../../src/authoring/scaffold-edition.ts';

export function addEdition(root: string, project: string, o: { id: string; published: string; inForce: string; sources?: string }): void {
  const { site } = loadSite(root, project);
  const files = scaffoldEdition(site.editions.at(-1)!, o);
  const dir = join(root, 'editions', o.id);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) {
    const named = o.sources && name === 'edition.yaml' ? text.replace(/^( *)sources: \[\]$/gm, `$1sources: [${o.sources}]`) : text;
    writeFileSync(join(dir, name), named);
  }
}
