/** What is wrong with the content, as every tool reports it: the file, the field and what was expected. */
export interface Problem {
  /** The file, with line and column for a YAML error. */
  file: string;
  /** The field, as a path («people[0].person», «items.5.date»); none when the file as a whole is wrong. */
  field?: string;
  expected: string;
}

export const formatProblem = ({ file, field, expected }: Problem): string =>
  field === undefined ? `${file}: ${expected}` : `${file}: поле «${field}»: ${expected}`;
