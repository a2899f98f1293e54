import { editorial, editorialReference, fields, listText, reference, text, uniqueList, year, z } from './common';

/** Kinds of documents, as the source names them. */
export const AGREEMENT_KINDS = ['соглашение', 'меморандум', 'план мероприятий', 'договор', 'рабочая группа'] as const;

/** Level at which a document was concluded: the editors' classification by its parties. */
export const TRACKS = ['региональный', 'парламентский', 'муниципальный', 'ведомственный', 'организаций'] as const;

export type Track = (typeof TRACKS)[number];

/**
 * What each level means: the editors' classification of a document by its parties, which the source
 * never makes. «Классификация по сторонам документа: …» is the basis of every document's level, unless
 * the document gives its own (`classificationBasis`).
 */
export const TRACK_DEFINITIONS: Record<Track, string> = {
  региональный: 'органы власти Астраханской области и Республики Беларусь или её области',
  парламентский: 'представительные органы (дума, совет депутатов)',
  муниципальный: 'город Астрахань и город Беларуси или район города',
  ведомственный: 'министерство или управление органа власти',
  организаций: 'организации (предприятия, вузы, школы, фонды, экономические зоны)',
};

/** The basis of a level: the classification it stands for. */
export const classificationBasis = (track: Track): string => `классификация по сторонам документа: ${TRACK_DEFINITIONS[track]}`;

/** Status in the source's words: «Действует», «Реализуется», «Подписан», «Заключено», or replaced. */
export const STATUSES = ['действует', 'реализуется', 'подписано', 'заключено', 'заменено'] as const;

const plan: (typeof AGREEMENT_KINDS)[number] = 'план мероприятий';

/** A document the source names as signed, concluded, in force or being implemented. */
export const agreementSchema = fields({
    /** Title in the source's wording (for sector-section documents, built from the source's own words). */
    title: text,
    /** Kind of the document. */
    kind: z.enum(AGREEMENT_KINDS),
    /**
     * Level: региональный, парламентский, муниципальный, ведомственный or организаций — the editors'
     * classification by the parties (TRACK_DEFINITIONS), which the source never makes; `{ value, basis }` where
     * the parties do not show it (the source names none).
     */
    track: editorial(z.enum(TRACKS)),
    /**
     * Parties as the source names them, each side in source order; empty where the source names none.
     * A party whose own name does not say its side («АО «ОЭЗ «Лотос»») is `{ value: "…", basis: "…" }`.
     */
    parties: fields({
      /** Russian side. */
      russia: z.array(editorial(listText)),
      /** Belarusian side. */
      belarus: z.array(editorial(listText)),
    }),
    /**
     * Belarusian units concerned; «Республика Беларусь» (belarus) marks the national level. A unit the
     * source does not name (an organisation's seat) is `{ value: id, basis: "…" }`; none where neither
     * the source nor a reading of it gives one («в справке не указано»).
     */
    regions: uniqueList(editorialReference('regions')),
    /** The year the source gives in brackets. */
    year,
    /** For a plan: the years it covers. */
    period: fields({
        /** First year of the plan. */
        from: z.int(),
        /** Last year of the plan. */
        to: z.int(),
      })
      .optional(),
    /** Status as the source states it. */
    status: z.enum(STATUSES),
    /** The earlier document this one replaced. */
    replaces: reference('agreements').optional(),
    /** The later document that replaced this one (status «заменено»). */
    replacedBy: reference('agreements').optional(),
    /** The agreement this plan implements. */
    implements: reference('agreements').optional(),
    /** Position in the source's opening list of the legal base (1–12), for documents on that list. */
    legalBase: z.int().min(1, { error: 'ожидается номер пункта, начиная с 1' }).optional(),
  })
  .superRefine((doc, ctx) => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (doc.kind === plan && !doc.period) issue(['period'], 'у плана мероприятий ожидается период: from и to');
    if (doc.kind !== plan && doc.period) issue(['period'], 'период бывает только у плана мероприятий');
    if (doc.period) {
      const { from, to } = doc.period;
      if (from > to) issue(['period', 'to'], `ожидается год окончания не раньше года начала (${from})`);
      // A plan is adopted during its period or in the year before it starts (the 2025–2027 plan is of 2024).
      if (doc.year < from - 1 || doc.year > to)
        issue(['year'], `год плана должен попадать в его период ${from}–${to} или предшествовать ему на год`);
    }
    if ((doc.status === 'заменено') !== (doc.replacedBy !== undefined))
      issue(
        ['replacedBy'],
        doc.status === 'заменено'
          ? 'у заменённого документа ожидается ссылка replacedBy'
          : 'replacedBy допустим только при статусе «заменено»',
      );
    if (doc.implements && doc.kind !== plan) issue(['implements'], 'implements допустим только у плана мероприятий');
  });

export type Agreement = z.infer<typeof agreementSchema>;
