import { fields, text } from './common';

/** A prose page of the site (content/pages/*.mdx): what the editors write about the site, not the briefing's words. */
export const pageSchema = fields({
  /** The page's heading and title. */
  title: text,
  /** One or two sentences for search engines and link previews. */
  description: text,
});
