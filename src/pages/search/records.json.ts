import type { APIRoute } from 'astro';
import { getContent } from '../../content';
import { searchRecords } from '../../search/records';

/** The search records, for the Pagefind step of the build, which indexes them and then removes this file. */
export const GET: APIRoute = async () => Response.json(searchRecords(await getContent()));
