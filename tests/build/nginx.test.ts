/**
 * The published server, tested against the real nginx with the config scripts/nginx-config.mjs writes
 * (deploy/nginx.conf), over HTTPS with a certificate made here and over plain HTTP: only the site is
 * served, no redirect repeats the Host header, Strict-Transport-Security goes over HTTPS only, nginx's
 * own error answers carry the security headers, and nothing but a found hashed file is cached for a year.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../scripts/serve-nginx.mjs';
import { BASE, DIST } from '../helpers/built';

const work = mkdtempSync(join(tmpdir(), 'nginx-test-'));
const SERVER_NAME = 'spravka.example';

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `raw` as it is (any bytes, any Host) and reads the answer. */
function raw(port: number, text: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks);
      const split = answer.indexOf('\r\n\r\n');
      const head = answer.subarray(0, split).toString('latin1');
      const body = answer.subarray(split + 4).toString('utf8');
      const [statusLine = '', ...lines] = head.split('\r\n');
      done({
        status: Number(statusLine.split(' ')[1]),
        headers: Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()])),
        body,
      });
    });
  });
}
const get = (port: number, path: string, host = 'localhost') => raw(port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

/** GET over HTTPS (the certificate is this test's own). */
function getHttps(port: number, path: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const request = httpsRequest({ host: '127.0.0.1', port, path, servername: SERVER_NAME, rejectUnauthorized: false, headers: { Host: SERVER_NAME } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => (body += chunk)).on('end', () =>
        done({ status: response.statusCode!, headers: response.headers as Record<string, string>, body }),
      );
    });
    request.on('error', fail).end();
  });
}

let http = 0;
let https = 0;
let stopHttpOnly: () => Promise<unknown>;
let stopTls: () => Promise<unknown>;
let httpOnly = 0;

beforeAll(async () => {
  const certificate = join(work, 'site.crt');
  const key = join(work, 'site.key');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${SERVER_NAME}`, '-keyout', key, '-out', certificate], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  [http, https, httpOnly] = [await freePort(), await freePort(), await freePort()];
  // A stray file beside the site in the www folder, as Debian's default page is in /var/www/html.
  const wwwFiles = { 'index.nginx-debian.html': '<h1>Welcome to nginx!</h1>' };
  stopTls = serveSite({ siteDir: DIST, base: BASE, port: http, tls: { port: https, certificate, key, serverName: SERVER_NAME }, wwwFiles }).stop;
  stopHttpOnly = serveSite({ siteDir: DIST, base: BASE, port: httpOnly, wwwFiles }).stop;
  for (const port of [http, https, httpOnly])
    for (let tries = 0; tries < 100; tries++) {
      const open = await new Promise((done) => connect(port, '127.0.0.1').on('connect', function (this: ReturnType<typeof connect>) { this.destroy(); done(true); }).on('error', () => done(false)));
      if (open) break;
      await new Promise((done) => setTimeout(done, 50));
    }
});

afterAll(async () => {
  await Promise.all([stopTls?.(), stopHttpOnly?.()]);
  rmSync(work, { recursive: true, force: true });
});

const SECURITY = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'];
const expectSecured = (answer: Answer, where: string) => {
  for (const header of SECURITY) expect(answer.headers[header], `${where}: ${header}`).toBeTruthy();
};

describe('nginx', () => {
  it('serves only the site: a file beside it, or any other path, is the site\'s 404, with the headers', async () => {
    for (const path of ['/index.nginx-debian.html', '/other/', '/astrakhan-belarus-old/index.html']) {
      const answer = await get(httpOnly, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('Welcome to nginx');
      expect(answer.body, path).toContain('Страница не найдена');
      expectSecured(answer, path);
    }
  });

  it('never repeats the Host header in a redirect', async () => {
    const origin = await get(httpOnly, '/', 'evil.example');
    expect(origin.status).toBe(302);
    expect(origin.headers['location']).toBe(BASE);
    const toHttps = await get(http, `${BASE}agreements/`, 'evil.example');
    expect(toHttps.status).toBe(301);
    expect(toHttps.headers['location']).toBe(`https://${SERVER_NAME}${BASE}agreements/`);
  });

  it('sends Strict-Transport-Security over HTTPS only', async () => {
    const secure = await getHttps(https, `${BASE}agreements/`);
    expect(secure.status).toBe(200);
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expectSecured(secure, 'https');
    const plain = await get(httpOnly, `${BASE}agreements/`);
    expect(plain.status).toBe(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect((await get(http, `${BASE}agreements/`)).headers['strict-transport-security']).toBeUndefined();
  });

  it('adds the security headers to its own error answers', async () => {
    const malformed = await raw(httpOnly, 'GARBAGE\r\n\r\n');
    expect(malformed.status).toBe(400);
    expectSecured(malformed, '400');
    const tooLong = await get(httpOnly, `${BASE}${'a'.repeat(20_000)}`);
    expect(tooLong.status).toBe(414);
    expectSecured(tooLong, '414');
  });

  it('caches a hashed file for a year only when it is found', async () => {
    const folder = await get(httpOnly, `${BASE}_astro/`);
    expect(folder.status).toBe(404);
    expect(folder.headers['cache-control']).not.toMatch(/immutable/);
    const missing = await get(httpOnly, `${BASE}_astro/no-such-file.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).not.toMatch(/immutable/);
    const chunk = await get(httpOnly, `${BASE}pagefind/fragment/no-such-chunk.pf_fragment`);
    expect(chunk.status).toBe(404);
    expect(chunk.headers['cache-control']).not.toMatch(/immutable/);
  });
});
