import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../content/files';
import { readEditions } from '../../editions';

/** /editions/<number>.txt: every kept edition of the briefing as its authors wrote it (the current one is also /spravka.txt). */
export const getStaticPaths = (() =>
  readEditions(contentDir).editions.map((edition) => ({ params: { file: `${edition.number}.txt` }, props: { text: edition.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
