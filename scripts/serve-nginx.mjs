// Serves a built site with Debian's nginx on loopback, under its base path, with a config and prefix in
// a temporary folder; stops nginx and removes the folder on exit. For the browser tests and the benchmark
// (which passes a file to log each response's time and bytes in).
// Usage: node scripts/serve-nginx.mjs <built site dir> <base path> <port> [access log file]
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxConfig } from './nginx-config.mjs';

const [siteDir, base, port, accessLog] = process.argv.slice(2);
if (!siteDir || !base?.startsWith('/') || !base.endsWith('/') || !port) {
  console.error('usage: node scripts/serve-nginx.mjs <site dir> </base/path/> <port> [access log file]');
  process.exit(2);
}
const binary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(existsSync) ?? 'nginx';

const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
chmodSync(prefix, 0o755); // nginx's workers run as an unprivileged user and must read the site
const www = join(prefix, 'www');
mkdirSync(join(prefix, 'tmp'), { recursive: true });
mkdirSync(join(www, base, '..'), { recursive: true });
symlinkSync(resolve(siteDir), join(www, base.slice(0, -1)));
writeFileSync(
  join(prefix, 'nginx.conf'),
  nginxConfig({ siteDir, base, listen: `127.0.0.1:${port}`, www, ...(accessLog && { accessLog: resolve(accessLog) }) }),
);

const nginx = spawn(binary, ['-p', prefix, '-c', 'nginx.conf', '-g', 'daemon off;'], { stdio: 'inherit' });
const stop = () => {
  nginx.kill('SIGQUIT');
};
const cleanUp = () => rmSync(prefix, { recursive: true, force: true });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
console.log(`nginx: http://127.0.0.1:${port}${base} (${resolve(siteDir)})`);
