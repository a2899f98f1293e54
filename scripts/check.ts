/**
 * `npm run check` (first half): validates the content folder with the build's schemas and cross-entry
 * rules, without building the site; each problem names the file, the field and what was expected.
 */
import { formatProblem, loadContent } from '../src/content/load';
import { contentDir } from '../src/content/files';

const { content, problems } = loadContent(contentDir);
if (problems.length > 0) {
  console.error(`Ошибки в содержимом (${contentDir}):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const counts = Object.entries(content).map(([name, entries]) => `${name}: ${entries.length}`);
console.log(`Содержимое в порядке (${contentDir}) — ${counts.join(', ')}.`);
