/**
 * Scaffolds a new edition from the one before it, so adding an edition is routine: every chapter
 * file, section and provision of the previous edition is written again for the new one, each
 * provision carried forward *unconfirmed* (change="unconfirmed", no summary of its own: readers
 * see the previous summary, marked as not confirmed). Authors then confirm, change, add or remove
 * provisions from sources. Paragraph numbers are never carried: each edition numbers afresh.
 * The edition.yaml written here is deliberately incomplete (no sources): the build names what to add.
 */
import { stringify } from 'yaml';
import type { ChapterModel, EditionModel, SectionModel } from '../model/types.ts';

export interface ScaffoldOptions {
  /** The new edition's id (its year). */
  id: string;
  published: string;
  inForce: string;
}

/** A value of 12 words or more is wrapped over two lines (content/README.md: official titles). */
const LONG = 12;
const words = (s: string) => s.split(/\s+/).filter(Boolean);
function attr(name: string, value: string, indent = '   '): string {
  const w = words(value);
  if (w.length < LONG) return `${name}="${value}"`;
  const half = Math.ceil(w.length / 2);
  return `${name}="${w.slice(0, half).join(' ')}\n${indent}${w.slice(half).join(' ')}"`;
}
function yamlTitle(title: string): string {
  const w = words(title);
  if (w.length < LONG) return `title: ${JSON.stringify(title)}`;
  const half = Math.ceil(w.length / 2);
  return `title: >-\n  ${w.slice(0, half).join(' ')}\n  ${w.slice(half).join(' ')}`;
}

function sectionText(s: SectionModel, from: string, to: string): string {
  const open = `<Section id="${s.id}" ${attr('heading', s.heading, '  ')} sources="${s.sources.join(' ')}"\n  unsure="Heading carried forward from the ${from} edition; not yet confirmed for ${to}.">`;
  // A provision's title is our own short label and one line (the schema says so): never wrapped.
  const provisions = s.provisions.map((p) => `<P id="${p.id}" title="${p.title}" from="${p.id}" change="unconfirmed" />`);
  return [open, '', ...provisions.flatMap((p) => [p, '']), '</Section>'].join('\n');
}

function chapterText(c: ChapterModel, prev: EditionModel, to: string): string {
  const front = [
    '---',
    `edition: ${to}`,
    `kind: ${c.kind}`,
    c.kind === 'front' ? `order: ${c.order}` : `number: ${typeof c.number === 'number' ? c.number : JSON.stringify(c.number)}`,
    yamlTitle(c.title),
    ...(c.part ? [`part: ${c.part}`] : []),
    `statutory: ${c.statutory}`,
    `summary: ${JSON.stringify(c.summary)}`,
    'sources: []',
    `unsure: ${JSON.stringify(`Title and summary carried forward from the ${prev.id} edition; not yet confirmed for ${to}.`)}`,
    '---',
    '',
    `{/* Scaffolded from ${prev.shortTitle} (npm run new-edition). Every provision is carried forward unconfirmed:`,
    `    confirm, change, add or remove each one from sources, and check every heading. */}`,
    '',
  ];
  return [...front, ...c.sections.map((s) => sectionText(s, prev.id, to))].join('\n').concat('\n');
}

function editionYaml(prev: EditionModel, o: ScaffoldOptions): string {
  const doc = {
    id: o.id,
    title: prev.title,
    ...(prev.subtitle ? { subtitle: prev.subtitle } : {}),
    published: o.published,
    inForce: o.inForce,
    replaced: [{ title: prev.title, year: Number(prev.id), edition: prev.id }],
    previous: prev.id,
    numbering: { ...prev.numbering, sources: [] },
    parts: prev.parts,
    publication: {
      title: prev.publication.title.replace(prev.id, o.id), publisher: prev.publication.publisher,
      page: { url: prev.publication.page.url, sources: [] },
      archive: { unknown: 'no source recorded yet gives it' },
      pdf: [],
    },
    sources: [],
  };
  return `# ${`Working Together ${o.id}`}, scaffolded from ${prev.id} by npm run new-edition.\n# Check every fact below against the new edition and name its sources: the build lists what is missing.\n${stringify(doc, { lineWidth: 0 })}`;
}

/** The files of the new edition, by path relative to content/editions/<id>/. */
export function scaffoldEdition(prev: EditionModel, o: ScaffoldOptions): Map<string, string> {
  const files = new Map<string, string>([['edition.yaml', editionYaml(prev, o)]]);
  for (const c of prev.chapters) files.set(`${c.slug}.mdx`, chapterText(c, prev, o.id));
  return files;
}
