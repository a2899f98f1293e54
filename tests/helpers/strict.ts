/** Strict parsers for what the site writes: XML that a conforming parser accepts, HTML without parse errors or executable markup. */
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { SaxesParser } from 'saxes';

/** The errors a conforming XML 1.0 parser (saxes) reports: characters XML does not allow, bad nesting, bad escapes. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

type Node = DefaultTreeAdapterMap['node'];

/**
 * What in an HTML page could run or is malformed: HTML parse errors, script elements other than those
 * `allowedScripts` accepts (the site's own, by src or JSON-LD type), event-handler attributes, and
 * javascript: or data:text/html addresses.
 */
export function htmlProblems(html: string, allowedScripts: (attrs: Record<string, string>, text: string) => boolean): string[] {
  const problems: string[] = [];
  const document = parseHtml(html, { onParseError: (error) => problems.push(`HTML: ${error.code} (строка ${error.startLine})`) });
  const visit = (node: Node) => {
    if ('attrs' in node) {
      const attrs = Object.fromEntries(node.attrs.map(({ name, value }) => [name, value]));
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      if (node.nodeName === 'script' && !allowedScripts(attrs, text)) problems.push(`script: ${JSON.stringify(attrs)} ${text.slice(0, 60)}`);
      for (const { name, value } of node.attrs) {
        if (/^on/i.test(name)) problems.push(`атрибут ${name} у <${node.nodeName}>`);
        if (/^\s*(javascript|vbscript|data:text\/html)/i.test(value) && /^(href|src|action|formaction)$/i.test(name)) problems.push(`${name}="${value.slice(0, 40)}"`);
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if (node.nodeName === 'template' && 'content' in node) visit(node.content);
  };
  visit(document);
  return problems;
}
