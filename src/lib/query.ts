/**
 * Pagefind matches a word's prefix but stems Russian queries unevenly: «Могилёва» misses pages that
 * say «Могилев». Before searching, each longer word loses one common case ending, so every form of
 * a name or noun («Могилёва», «Могилеву», «Могилевом»; «тракторов») searches as its stem.
 */
const ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ую', 'юю', 'ая', 'яя', 'ые', 'ие', 'ый', 'ий', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о'];

/** Keeps at least this many letters of a word. */
const MIN_STEM = 5;

export function stemQuery(query: string): string {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      if (!/^[а-яё]+$/i.test(word)) return word;
      const ending = ENDINGS.find((candidate) => word.toLowerCase().endsWith(candidate) && word.length - candidate.length >= MIN_STEM);
      return ending ? word.slice(0, -ending.length) : word;
    })
    .join(' ');
}
