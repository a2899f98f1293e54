/**
 * The briefing page in the browser: a reader's choice of region, sectors and years narrows the dossier
 * by the build's rule (./selection.ts) and lives in the address — restored on load, a step in the
 * history on each change, so that Back returns to the previous choice and the address can be shared.
 * The title line, the contents, the chronology's heading and the Word file follow the choice.
 */
import { EVERYTHING, countSelected, selected, selectionFromQuery, selectionLine, selectionToQuery, yearsLabel, type Facets, type Selection } from './selection';
import { briefing as text, downloads } from '../i18n/ru';
import { fileSize, typeset } from '../format/typography';

const words = (value: string | null) => (value ? value.split(' ').filter(Boolean) : []);

export function startBriefing(form: HTMLFormElement): void {
  const regionSelect = form.querySelector<HTMLSelectElement>('select[name="region"]')!;
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const labelOf = (input: HTMLInputElement | HTMLOptionElement) => (input instanceof HTMLOptionElement ? input.textContent : input.parentElement?.textContent)?.trim() ?? '';
  const known = {
    regions: [...regionSelect.options].map((option) => option.value).filter(Boolean),
    sectors: boxes('sector').map((box) => box.value),
    years: boxes('year').map((box) => Number(box.value)),
  };
  const entries = [...document.querySelectorAll<HTMLElement>('[data-kind]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-group]')];
  const parts = [...document.querySelectorAll<HTMLElement>('[data-part]')];
  const wordLink = document.querySelector<HTMLAnchorElement>('[data-word]');
  const whole = wordLink && { href: wordLink.href, label: wordLink.textContent ?? '' };
  const regionWords = JSON.parse(form.dataset['words'] ?? '{}') as Record<string, { href: string; bytes: number }>;

  const read = (): Selection => ({
    region: regionSelect.value || undefined,
    sectors: boxes('sector').filter((box) => box.checked).map((box) => box.value),
    years: boxes('year').filter((box) => box.checked).map((box) => Number(box.value)),
  });
  const write = (selection: Selection) => {
    regionSelect.value = selection.region ?? '';
    for (const box of boxes('sector')) box.checked = selection.sectors.includes(box.value);
    for (const box of boxes('year')) box.checked = selection.years.includes(Number(box.value));
  };

  const apply = (selection: Selection) => {
    const shown = entries.flatMap((entry) => {
      const facets: Facets = {
        units: words(entry.dataset['units']!),
        byEditors: words(entry.dataset['byEditors'] ?? ''),
        sectors: words(entry.dataset['sectors']!),
        years: words(entry.dataset['years']!).map(Number),
      };
      entry.hidden = !selected(facets, selection);
      const kind = entry.dataset['kind'] === 'agreement' ? 'agreements' : entry.dataset['kind'] === 'contact' ? 'contacts' : 'items';
      return entry.hidden ? [] : [{ kind, facets } as const];
    });
    const counts = countSelected(shown, selection);
    // The mark of an entry in the chosen region only by the editors' reading; none without a region.
    for (const mark of document.querySelectorAll<HTMLElement>('[data-placement]')) mark.hidden = mark.dataset['placement'] !== selection.region;
    const shownGroups = new Set(groups.filter((group) => group.querySelector('[data-kind]:not([hidden])')).map((group) => group.dataset['group']!));
    for (const group of groups) group.hidden = !shownGroups.has(group.dataset['group']!);
    for (const link of document.querySelectorAll<HTMLElement>('[data-group-link]')) link.hidden = !shownGroups.has(link.dataset['groupLink']!);
    for (const part of parts) {
      part.hidden = !part.querySelector('[data-group]:not([hidden])');
      const link = document.querySelector<HTMLElement>(`[data-part-link="${part.dataset['part']}"]`);
      if (link) link.hidden = part.hidden;
    }
    const years = [...shownGroups].filter((id) => /^y\d{4}$/.test(id)).map((id) => Number(id.slice(1)));
    if (years.length) for (const title of document.querySelectorAll('[data-chronology-title]')) title.textContent = typeset(text.chronology(yearsLabel(years)));
    const names = {
      region: (id: string) => labelOf([...regionSelect.options].find((option) => option.value === id)!),
      sector: (id: string) => labelOf(boxes('sector').find((box) => box.value === id)!),
    };
    document.querySelector('[data-selection-line]')!.textContent = typeset(selectionLine(selection, counts, names));
    document.querySelector<HTMLElement>('[data-nothing]')!.hidden = counts.agreements + counts.contacts + counts.items > 0;
    // The Word file nearest to the choice: the region's dossier, or the whole briefing.
    const word = selection.region ? regionWords[selection.region] : undefined;
    if (wordLink && whole) {
      wordLink.href = word?.href ?? whole.href;
      wordLink.textContent = word ? downloads.word(fileSize(word.bytes)) : whole.label;
    }
  };

  const fromAddress = () => selectionFromQuery(location.search, known);
  const choose = (selection: Selection) => {
    const query = selectionToQuery(selection);
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
    apply(selection);
  };

  const initial = fromAddress();
  write(initial);
  apply(initial);
  form.hidden = false;
  form.addEventListener('change', () => choose(read()));
  // The choice applies as it is made; submitting (Enter, «Показать») changes nothing more.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    choose(read());
  });
  form.querySelector('[data-reset]')!.addEventListener('click', () => {
    write(EVERYTHING);
    choose(EVERYTHING);
  });
  addEventListener('popstate', () => {
    const selection = fromAddress();
    write(selection);
    apply(selection);
  });
}
