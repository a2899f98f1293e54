/** What nginx (deploy/nginx.conf) sends: types, caching, compression, the 404 page and the security headers. */
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { DIST } from '../helpers/built';

/** The largest built file of a folder matching `pattern` (one large enough for nginx to compress: gzip_min_length). */
const asset = (folder: string, pattern: RegExp) =>
  readdirSync(`${DIST}/${folder}`)
    .filter((name) => pattern.test(name))
    .sort((a, b) => statSync(`${DIST}/${folder}/${b}`).size - statSync(`${DIST}/${folder}/${a}`).size)[0]!;

test('pages: HTML, revalidated, compressed, with the security headers', async ({ request }) => {
  const response = await request.get('agreements/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-encoding']).toBe('gzip');
  // Plain HTTP: no Strict-Transport-Security (over HTTPS it is sent: tests/build/nginx.test.ts).
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});

test('the header policy carries every hash of the page\'s own policy', async ({ request }) => {
  for (const path of ['', 'sectors/kultura/', 'briefing/', 'chronology/2024-10-27-vizit-mogilevskoy-delegatsii/']) {
    const response = await request.get(path);
    const header = response.headers()['content-security-policy']!;
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(await response.text())![1]!;
    for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(header, `${path}: ${hash}`).toContain(hash);
  }
});

test('only the search page and its index may compile WebAssembly', async ({ request }) => {
  expect((await request.get('search/')).headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  expect((await request.get('pagefind/pagefind-worker.js')).headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  expect((await request.get('')).headers()['content-security-policy']).not.toContain('wasm');
});

test('hashed assets are cached for good, with the right types', async ({ request }) => {
  const css = await request.get(`_astro/${asset('_astro', /\.css$/)}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(css.headers()['content-type']).toMatch(/^text\/css/);
  expect(css.headers()['content-encoding']).toBe('gzip');
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const script = await request.get(`_astro/${asset('_astro', /\.js$/)}`);
  expect(script.headers()['content-type']).toMatch(/^application\/javascript/);
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const fragment = await request.get(`pagefind/fragment/${asset('pagefind/fragment', /\.pf_fragment$/)}`);
  expect(fragment.headers()['content-type']).toBe('application/octet-stream');
  expect(fragment.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // Policies act on documents and workers; a hashed file carries nosniff only.
  expect(fragment.headers()['x-content-type-options']).toBe('nosniff');
  expect(fragment.headers()['content-security-policy']).toBeUndefined();
  const table = await request.get(`pagefind/${asset('pagefind', /\.pf_meta$/)}`);
  expect(table.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const entry = await request.get('pagefind/pagefind-entry.json');
  expect(entry.headers()['content-type']).toMatch(/^application\/json/);
  expect(entry.headers()['cache-control']).toBe('no-cache');
  const wasm = await request.get(`pagefind/${asset('pagefind', /^wasm\..*\.pagefind$/)}`);
  expect(wasm.status()).toBe(200);
  expect(wasm.headers()['content-type']).toBe('application/octet-stream');
});

test('a missing page answers 404 with the site\'s own page', async ({ request }) => {
  const response = await request.get('no-such-page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Страница не найдена');
});

test('the Word files and the workbook are sent with their types, revalidated', async ({ request }) => {
  const types: [string, string][] = [
    ['files/spravka.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['files/regions/mogilevskaya-oblast.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['data/spravochnik.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ];
  for (const [path, type] of types) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
});

test('the open data, the calendar and the feed are sent with their types in UTF-8', async ({ request }) => {
  const types: [string, string][] = [
    ['data/agreements.json', 'application/json; charset=utf-8'],
    ['data/chronology.csv', 'text/csv; charset=utf-8'],
    ['data/chronology.ics', 'text/calendar; charset=utf-8'],
    ['rss.xml', 'text/xml; charset=utf-8'],
  ];
  for (const [path, type] of types) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-type'], path).toBe(type);
    expect(response.headers()['content-encoding'], path).toBe('gzip');
  }
});
