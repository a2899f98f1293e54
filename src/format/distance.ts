/** How far apart two words are, for suggestions: in search («Могилёв» for «Мгилев») and for misspelt fields. */

/** Edits (insert, delete, replace, swap of neighbours) that turn one word into the other. */
export function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1);
    }
  return rows[a.length]![b.length]!;
}

/** The candidate nearest to a word (case aside): the same word in another case, or one a typo away; none if nothing is near. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const allowed = lower.length <= 5 ? 1 : 2;
  const scored = candidates.map((candidate) => ({ candidate, edits: distance(lower, candidate.toLowerCase()) })).filter(({ edits }) => edits <= allowed);
  return scored.sort((a, b) => a.edits - b.edits)[0]?.candidate;
}
