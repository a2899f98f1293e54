// Serves a built site with Debian's nginx on loopback, under its base path, with a config and prefix in
// a temporary folder; stops nginx and removes the folder on exit. For the browser tests, the nginx tests
// (which also pass a certificate and a stray file of the www folder) and the benchmark (which passes a
// file to log each response's time and bytes in).
// Usage: node scripts/serve-nginx.mjs <built site dir> <base path> <port> [access log file]
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxConfig } from './nginx-config.mjs';

export const nginxBinary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(existsSync) ?? 'nginx';

/**
 * Starts nginx for `siteDir` under `base` on 127.0.0.1:`port`; `tls` ({ port, certificate, key,
 * serverName }) adds HTTPS on its port, plain HTTP on `port` then redirecting to it; `wwwFiles` are
 * written in the www folder beside the site. Returns at once (nginx answers a moment later) with `stop()`.
 */
/**
 * @param {{ siteDir: string, base: string, port: number | string, accessLog?: string,
 *   tls?: { port: number | string, certificate: string, key: string, serverName: string },
 *   wwwFiles?: Record<string, string> }} options
 */
export function serveSite({ siteDir, base, port, accessLog, tls, wwwFiles = {} }) {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  chmodSync(prefix, 0o755); // nginx's workers run as an unprivileged user and must read the site
  const www = join(prefix, 'www');
  mkdirSync(join(prefix, 'tmp'), { recursive: true });
  mkdirSync(join(www, base, '..'), { recursive: true });
  symlinkSync(resolve(siteDir), join(www, base.slice(0, -1)));
  for (const [name, text] of Object.entries(wwwFiles)) writeFileSync(join(www, name), text);
  const config = tls
    ? nginxConfig({ siteDir, base, www, listen: `127.0.0.1:${tls.port}`, tls: { ...tls, httpListen: `127.0.0.1:${port}` } })
    : nginxConfig({ siteDir, base, www, listen: `127.0.0.1:${port}`, ...(accessLog && { accessLog: resolve(accessLog) }) });
  writeFileSync(join(prefix, 'nginx.conf'), config);

  const nginx = spawn(nginxBinary, ['-p', prefix, '-c', 'nginx.conf', '-g', 'daemon off;'], { stdio: 'inherit' });
  const exited = new Promise((done) => nginx.on('exit', (code) => {
    rmSync(prefix, { recursive: true, force: true });
    done(code ?? 0);
  }));
  return {
    nginx,
    exited,
    /** Stops nginx gracefully; resolves once it exited and its folder is gone. */
    stop: () => {
      nginx.kill('SIGQUIT');
      return exited;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [siteDir, base, port, accessLog] = process.argv.slice(2);
  if (!siteDir || !base?.startsWith('/') || !base.endsWith('/') || !port) {
    console.error('usage: node scripts/serve-nginx.mjs <site dir> </base/path/> <port> [access log file]');
    process.exit(2);
  }
  const server = serveSite({ siteDir, base, port, accessLog });
  process.on('SIGTERM', server.stop);
  process.on('SIGINT', server.stop);
  server.exited.then((code) => process.exit(code));
  console.log(`nginx: http://127.0.0.1:${port}${base} (${resolve(siteDir)})`);
}
