/** File names for new entries: Russian words in Latin letters, as the existing files are named. */
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Words that say nothing about the entry: «между», «и», «в», the «г.» of «г. Брест». */
const FILLER = new Set(['между', 'и', 'о', 'об', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'при', 'из', 'к', 'г', 'гг', 'им']);

/** «Визит могилёвской делегации» → «vizit-mogilevskoy-delegatsii»; at most `words` significant words. */
export function slugify(title: string, words = 4): string {
  return title
    .toLowerCase()
    .split(/[^a-zа-яё0-9]+/)
    .filter((word) => word && !FILLER.has(word))
    .slice(0, words)
    .map((word) => [...word].map((char) => LATIN[char] ?? char).join(''))
    .join('-');
}
