/**
 * `npm run import -- FILE [--date ГГГГ-ММ-ДД]`: takes a new edition of the briefing (.docx or .txt in the
 * layout of content/editions/1.txt) into the content folder — its text, its line in editions.yaml,
 * draft contacts for its new dated contacts — and prints the report it writes beside the text
 * (src/editions/import.ts says what is written). Writes nothing outside the content folder; an edition
 * the same as the current one writes nothing at all.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, readText } from '../src/content/files';
import { textOfDocx } from '../src/editions/docx';
import { planImport } from '../src/editions/import';

const USAGE = `Импорт нового выпуска справки:
  npm run import -- ФАЙЛ [--date ГГГГ-ММ-ДД]
ФАЙЛ — выпуск в Word (.docx) или текстом (.txt, как content/editions/1.txt).
--date — дата выпуска, если в его тексте её нет.`;

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({ options: { date: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  fail([`Ошибка в флагах: ${(error as Error).message}`, '', USAGE]);
}
const { values, positionals } = parsed;
const [file] = positionals;
if (values.help || !file || positionals.length > 1) fail([USAGE]);

const started = performance.now();
const extension = extname(file).toLowerCase();
let text: string;
try {
  if (extension === '.docx') {
    const { text: read, errors } = await textOfDocx(readFileSync(file));
    if (errors.length > 0) fail([`${file}: файл Word прочитан с ошибками:`, ...errors.map((error) => `  ${error}`)]);
    text = read;
  } else if (extension === '.txt') text = readText(file);
  else fail([`${file}: ожидается файл .docx или .txt`, '', USAGE]);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail([
    code === 'ENOENT' ? `${file}: файл не найден`
      : extension === '.docx' ? `${file}: не читается как файл Word (.docx): он повреждён или сохранён в другом формате — сохраните его в Word как .docx (${(error as Error).message})`
      : `${file}: не удалось прочитать: ${(error as Error).message}`,
  ]);
}

// Paths as the editor types them: relative to the folder the command runs in, when the content is in it.
const root = relative(process.cwd(), contentDir).startsWith('..') ? resolve(contentDir) : relative(process.cwd(), contentDir) || '.';
const plan = planImport(root, text, values.date);
if (plan.kind === 'refused') fail([`Выпуск не импортирован (${file}):`, ...plan.reasons.map((reason) => `  ${reason}`)]);
if (plan.kind === 'same') {
  console.log(`Выпуск совпадает с текущим (${plan.current}): ничего не записано.`);
  process.exit(0);
}
for (const { path, text: written } of plan.writes) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), written);
}
console.log(plan.report);
console.log(`Записано (${((performance.now() - started) / 1000).toFixed(1)} с):`);
for (const { path } of plan.writes) console.log(`  ${join(root, path)}`);
console.log('Дальше: npm run check — он назовёт всё, что ещё не сделано.');
