/**
 * Pagefind excerpts are HTML with <mark> around matches. Only the marks may reach the page:
 * everything else becomes plain text, so no markup of the index or the query can run.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': '\u00a0' };

const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (entity) => ENTITIES[entity]!);

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) marked = true;
    else if (/^<\/mark>$/i.test(token)) marked = false;
    // Any other tag is dropped; its text stays, decoded, as text.
    else if (token) parts.push({ text: decode(token.replace(/<[^>]*>/g, '')), marked });
  }
  return parts.filter((part) => part.text);
}
