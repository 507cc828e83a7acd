/** Per chapter: where each provision stands in every other edition (fetched by the edition switcher). */
import type { APIRoute } from 'astro';
import { getSite, type ChapterModel, type EditionModel } from '../../../model/index.ts';
import { chapterLineageMap } from '../../../model/counterparts.ts';

export function getStaticPaths() {
  return getSite().editions.flatMap((edition) => edition.chapters.map((chapter) => ({ params: { edition: edition.id, chapter: chapter.slug }, props: { edition, chapter } })));
}

export const GET: APIRoute = ({ props }) => {
  const { edition, chapter } = props as { edition: EditionModel; chapter: ChapterModel };
  return new Response(JSON.stringify(chapterLineageMap(getSite(), chapter, edition)), { headers: { 'Content-Type': 'application/json' } });
};
