/**
 * A Word edition of the briefing as text in the layout of the kept editions: each paragraph and heading
 * on its line, a list item as a bullet («· »), an item of a nested list as a sub-item («- »). Mammoth
 * reads the document (lists from Word's numbering, whatever symbol it draws); parse5 walks its HTML.
 */
import mammoth from 'mammoth';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const LINES = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th']);

/** A paragraph's text on one line: line breaks inside it become spaces, as the editions' readers join them. */
const textOf = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : node.nodeName === 'br' ? ' ' : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

/** Spaces and line ends folded to one space; a non-breaking space is the authors' and stays. */
const oneLine = (text: string) => text.replace(/[^\S\u00a0]+/g, ' ').trim();

function linesOf(node: Node, depth: number, lines: string[]): void {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes) {
    if (child.nodeName === 'ul' || child.nodeName === 'ol') linesOf(child, depth + 1, lines);
    else if (child.nodeName === 'li' && 'childNodes' in child) {
      // The item's own text (its paragraphs and inline text), then its nested lists one level deeper.
      const own = oneLine(child.childNodes.filter((part) => part.nodeName !== 'ul' && part.nodeName !== 'ol').map(textOf).join(' '));
      if (own) lines.push(`${depth <= 1 ? '·' : '-'} ${own}`);
      linesOf({ ...child, childNodes: child.childNodes.filter((part) => part.nodeName === 'ul' || part.nodeName === 'ol') } as Node, depth, lines);
    } else if (LINES.has(child.nodeName)) {
      const line = oneLine(textOf(child));
      if (line) lines.push(line);
    } else linesOf(child, depth, lines);
  }
}

/** The text of a .docx edition, and mammoth's errors reading it (its warnings on unknown styles aside). */
export async function textOfDocx(buffer: Buffer): Promise<{ text: string; errors: string[] }> {
  const { value, messages } = await mammoth.convertToHtml({ buffer });
  const lines: string[] = [];
  linesOf(parseFragment(value), 0, lines);
  return { text: `${lines.join('\n')}\n`, errors: messages.filter(({ type }) => type === 'error').map(({ message }) => message) };
}
