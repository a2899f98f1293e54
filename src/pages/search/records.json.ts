import type { APIRoute } from 'astro';
import { getContent } from '../../content';
import { searchRecords } from '../../search/records';

/** The search records, which the build (src/integrations/pagefind.ts) renders before any page, indexes and does not publish. */
export const GET: APIRoute = async () => Response.json(searchRecords(await getContent()));
