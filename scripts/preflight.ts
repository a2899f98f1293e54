/**
 * `npm test` (first step): what the tests need that npm does not install, checked before anything runs,
 * each missing piece named in one line with what to install; and a checkout the tests cannot write to.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The command is on the PATH, or at one of the paths. */
const found = (command: string, ...paths: string[]) => paths.some(existsSync) || spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

const problems: string[] = [];
try {
  rmSync(mkdtempSync(join(ROOT, '.preflight-')), { recursive: true });
} catch (error) {
  problems.push(`папка проекта ${ROOT} доступна только для чтения (${(error as NodeJS.ErrnoException).code}): сборке и тестам нужно писать в неё — склонируйте проект туда, где можно писать`);
}
if (!existsSync('/usr/bin/chromium') && !existsSync(chromium.executablePath()))
  problems.push('нет Chromium для браузерных тестов: apt-get install chromium (или npx playwright install chromium)');
if (!found('nginx', '/usr/sbin/nginx', '/usr/local/sbin/nginx')) problems.push('нет nginx, на котором проверяется опубликованный сайт: apt-get install nginx-light');
if (!found('strace')) problems.push('нет strace, которым проверяется, что сборка не обращается в сеть: apt-get install strace');
if (!found('openssl')) problems.push('нет openssl, которым тест nginx выпускает сертификат для HTTPS: apt-get install openssl');
if (!found('soffice')) problems.push('нет LibreOffice, которым проверяются файлы Word и Excel: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui');

if (problems.length > 0) {
  for (const problem of problems) console.error(`npm test: ${problem}`);
  process.exit(1);
}
