/**
 * An office document (src/documents/model.ts) as a Word file (the `docx` package): A4, the site's
 * running header, «Стр. N из M» in the footer, headings, numbered items, tables, and the editors'
 * bases as footnotes. Opens in Word and LibreOffice; the same document gives the same bytes.
 */
import {
  AlignmentType, BorderStyle, Document, FootnoteReferenceRun, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild,
} from 'docx';
import type { Block, OfficeDocument, Run } from './model';
import { reproducible } from './zip';
import { printedPage, publication } from '../i18n/ru';

const FONT = 'PT Sans';
const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = { top: 850, bottom: 850, left: 1134, right: 850 }; // 15 mm, 20 mm on the left, as print.css
const LINE = A4.width - MARGIN.left - MARGIN.right;

/** Renders blocks, numbering the footnotes of the editors' bases as they come. */
function render(blocks: readonly Block[]) {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const runs = (parts: readonly Run[], bold = false): ParagraphChild[] =>
    parts.flatMap(({ text, note }) => {
      if (!note) return [new TextRun({ text, bold })];
      const id = Object.keys(footnotes).length + 1;
      footnotes[id] = { children: [new Paragraph({ children: [new TextRun(note)] })] };
      return [new TextRun({ text, bold }), new FootnoteReferenceRun(id)];
    });
  const cellOf = (parts: readonly Run[], bold = false) => new TableCell({ children: [new Paragraph({ style: 'Cell', children: runs(parts, bold) })] });
  let list = 0;
  const children = blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: [new TextRun(block.text)], keepNext: true })];
      case 'paragraph':
        return [new Paragraph({ children: runs(block.runs) })];
      case 'list': {
        // Each numbered list starts again from 1.
        const instance = ++list;
        return block.items.flatMap(({ runs: text, sub }) => [
          new Paragraph({ children: runs(text), ...(block.numbered ? { numbering: { reference: 'items', level: 0, instance } } : { bullet: { level: 0 } }) }),
          ...sub.map((line) => new Paragraph({ children: runs(line), indent: { left: 720 }, style: 'Meta' })),
        ]);
      }
      case 'table':
        return [
          new Table({
            width: { size: LINE, type: WidthType.DXA },
            columnWidths: block.widths.map((share) => Math.round((share / 100) * LINE)),
            layout: TableLayoutType.FIXED,
            rows: [
              new TableRow({ tableHeader: true, children: block.head.map((text) => cellOf([{ text }], true)) }),
              ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((cell) => cellOf(cell)) })),
            ],
          }),
        ];
    }
  });
  return { children, footnotes };
}

/** The document as .docx bytes, dated `date` (the latest day of the briefing, not the build's). */
export async function toDocx(document: OfficeDocument, date: Date): Promise<Buffer> {
  const { children, footnotes } = render(document.blocks);
  const word = new Document({
    creator: publication.title,
    title: document.title,
    description: document.lines[0] ?? '',
    styles: {
      // Black headings, as the printed pages have them.
      default: {
        // Sizes in half-points, as print.css sets the printed pages: 10 pt text, 16/13/11 pt headings.
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 } } },
        heading3: { run: { font: FONT, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 } } },
      },
      paragraphStyles: [
        { id: 'Meta', name: 'Meta', basedOn: 'Normal', run: { size: 17, color: '333333' }, paragraph: { spacing: { after: 80 } } },
        { id: 'Cell', name: 'Cell', basedOn: 'Normal', run: { size: 17 }, paragraph: { spacing: { after: 0 } } },
      ],
    },
    numbering: {
      config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
    },
    footnotes,
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: printedPage.header, size: 17 })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ size: 17, children: [`${printedPage.page} `, PageNumber.CURRENT, ` ${printedPage.of} `, PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(document.title)] }),
          ...document.lines.map((line, index) => new Paragraph({ children: [new TextRun({ text: line, bold: index === 0 })], ...(index === document.lines.length - 1 && { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } } }) })),
          ...children,
        ],
      },
    ],
  });
  return reproducible(await Packer.toBuffer(word), date);
}
