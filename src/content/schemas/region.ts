import { basis, editorialReference, fields, listText, z } from './common';

/** Administrative levels of the Belarusian units the source names. */
export const REGION_LEVELS = ['республика', 'область', 'город', 'район'] as const;

/** A Belarusian administrative unit the source refers to. */
export const regionSchema = fields({
    /** Name as a reader sees it: «Могилёвская область», «г. Минск», «Первомайский район г. Минска». */
    name: listText,
    /** Level of the unit: республика, область, город or район. */
    level: z.enum(REGION_LEVELS),
    /**
     * The unit it belongs to (a city to its oblast, an oblast or Minsk to the republic); none for the
     * republic. `{ value: id, basis }` where the source does not say the unit belongs there.
     */
    parent: editorialReference('regions').optional(),
    /** For a unit the source never names, kept as reference geography (the oblast of a named city): why. */
    basis: basis.optional(),
  })
  .superRefine((region, ctx) => {
    if ((region.level === 'республика') === (region.parent !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message:
          region.level === 'республика'
            ? 'у республики не бывает вышестоящей единицы: уберите parent'
            : 'ожидается ссылка на вышестоящую единицу (область или республику)',
      });
    }
  });

export type Region = z.infer<typeof regionSchema>;
