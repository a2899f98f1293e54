import type { z } from './schemas/common';

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

/** A schema's issues as problems of a file; an unknown field (a misspelt name) is named itself. */
export const schemaProblems = (file: string, issues: readonly z.core.$ZodIssue[]): Problem[] =>
  issues.map((issue) => {
    const field = [...issue.path, ...(issue.code === 'unrecognized_keys' ? [issue.keys.join(', ')] : [])].join('.');
    return { file, ...(field && { field }), expected: issue.message };
  });
