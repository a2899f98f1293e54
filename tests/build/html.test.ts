/**
 * Every built page is valid HTML (html-validate, recommended rules). Two rules are off on purpose
 * (.htmlvalidate.json): the register's explicit table roles keep it a table for screen readers when
 * narrow screens restack it, and page titles carry official document names longer than 70 characters.
 */
import { globSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/built';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe(`${DIST}/`, () => {
  const files = globSync('**/*.html', { cwd: DIST }).sort();

  it('has pages', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(`${DIST}/${file}`);
    expect(report.valid, text(report.results)).toBe(true);
  });
});
