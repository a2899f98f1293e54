/** The editors' guide's example files are valid content, so an editor can copy them as they are. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/content/files';
import { schemas } from '../../src/content/schemas';
import { readEditions } from '../../src/editions';
import { planImport } from '../../src/editions/import';
import { nextEdition } from '../helpers/next-edition';

const guide = readFileSync('docs/editing.md', 'utf8');
const example = (heading: string) => {
  const at = guide.indexOf(`### ${heading}`);
  expect(at, `docs/editing.md: нет раздела «${heading}»`).toBeGreaterThanOrEqual(0);
  const block = /```md\n([\s\S]*?)```/.exec(guide.slice(at))?.[1];
  expect(block, `docs/editing.md: нет примера в разделе «${heading}»`).toBeDefined();
  return parseContentFile(block!, 'example.md').data;
};

describe('the editors\' guide', () => {
  it('gives an example document that passes the document schema', () => {
    expect(schemas.agreements.safeParse(example('Добавить документ')).error?.issues ?? []).toEqual([]);
  });

  it('gives an example contact that passes the contact schema', () => {
    expect(schemas.contacts.safeParse(example('Добавить контакт')).error?.issues ?? []).toEqual([]);
  });

  it('shows the report the import gives for the test edition, as it gives it today', () => {
    const at = guide.indexOf('## Новый выпуск справки');
    const shown = /```md\n([\s\S]*?)```/.exec(guide.slice(at))?.[1];
    const plan = planImport('content', nextEdition(readEditions('content').editions.at(-1)!.text).text);
    expect(plan.kind).toBe('import');
    expect(shown, 'docs/editing.md: пример отчёта устарел — замените его отчётом npm run import о тестовой редакции').toBe(plan.kind === 'import' ? plan.report : '');
  });
});
