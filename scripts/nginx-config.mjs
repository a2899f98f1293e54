// Renders deploy/nginx.conf for a built site: the base path, the site folder, and security headers whose
// Content-Security-Policy matches the pages' own (the union of the hashes in their <meta> policies).
// Usage: node scripts/nginx-config.mjs <built site dir> <base path> <listen> <www dir>
//          [--certificate <file> --key <file> --server-name <name> --http-listen <address>] > nginx.conf
// With a certificate, <listen> serves HTTPS (with Strict-Transport-Security) and --http-listen redirects
// plain HTTP to https://<server name>/…; without one, plain HTTP only, and no Strict-Transport-Security.
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const template = readFileSync(fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url)), 'utf8');

/** Every page's <meta> policy, merged directive by directive. */
export function sitePolicy(siteDir) {
  const directives = new Map();
  for (const file of globSync('**/*.html', { cwd: siteDir })) {
    const html = readFileSync(`${siteDir}/${file}`, 'utf8');
    const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    if (!content) throw new Error(`${siteDir}/${file}: нет Content-Security-Policy в <meta>`);
    for (const directive of content.replaceAll('&#39;', "'").split(';').map((part) => part.trim()).filter(Boolean)) {
      const [name, ...sources] = directive.split(/\s+/);
      directives.set(name, new Set([...(directives.get(name) ?? []), ...sources]));
    }
  }
  // Compiling WebAssembly is for the search page and its index only (their locations add it back).
  directives.get('script-src')?.delete("'wasm-unsafe-eval'");
  // Framing can only be refused by a header.
  directives.set('frame-ancestors', new Set(["'none'"]));
  return directives;
}

const render = (directives) => [...directives].map(([name, sources]) => `${name} ${[...sources].join(' ')}`).join('; ');

/** The security headers; Strict-Transport-Security only over HTTPS (a browser ignores it over HTTP, and it must not promise HTTPS the server lacks). */
function headers(csp, https) {
  return [
    `add_header Content-Security-Policy "${csp}" always;`,
    ...(https ? ['add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;'] : []),
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    'add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=(), usb=()" always;',
    'add_header X-Frame-Options "DENY" always;',
  ].join('\n      ');
}

/**
 * `accessLog`: a file to log each response in (the benchmark counts bytes with it); none by default.
 * `tls`: `{ certificate, key, serverName, httpListen }` — HTTPS on `listen`, plain HTTP on `httpListen`
 * redirected to `https://serverName` (a name the operator gives, never the request's Host).
 */
export function nginxConfig({ siteDir, base, listen, www, mimeTypes = '/etc/nginx/mime.types', accessLog, tls }) {
  const policy = sitePolicy(siteDir);
  const search = new Map(policy);
  search.set('script-src', new Set([...policy.get('script-src'), "'wasm-unsafe-eval'"]));
  const https = Boolean(tls);
  const values = {
    LISTEN: https ? `${listen} ssl` : listen,
    TLS: https
      ? [`server_name ${tls.serverName};`, `ssl_certificate ${tls.certificate};`, `ssl_certificate_key ${tls.key};`, 'ssl_protocols TLSv1.2 TLSv1.3;'].join('\n    ')
      : '',
    HTTP_REDIRECT_SERVER: https
      ? `server {\n    listen ${tls.httpListen};\n    server_name ${tls.serverName};\n    ${headers(render(policy), false)}\n    return 301 https://${tls.serverName}$request_uri;\n  }`
      : '',
    WWW: www,
    BASE: base,
    MIME_TYPES: mimeTypes,
    ACCESS_LOG: accessLog ? `${accessLog} transfer` : 'off',
    OUTSIDE_BASE: base === '/' ? '' : `location = / {\n      return 302 ${base};\n    }\n    location / {\n      return 404;\n    }`,
    SECURITY_HEADERS: headers(render(policy), https),
    SECURITY_HEADERS_SEARCH: headers(render(search), https),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name) => values[name]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: options, positionals } = parseArgs({
    allowPositionals: true,
    options: { certificate: { type: 'string' }, key: { type: 'string' }, 'server-name': { type: 'string' }, 'http-listen': { type: 'string', default: '80' } },
  });
  const [siteDir, base, listen, www] = positionals;
  const tlsGiven = [options.certificate, options.key, options['server-name']].filter(Boolean).length;
  if (!siteDir || !base || !listen || !www || (tlsGiven !== 0 && tlsGiven !== 3)) {
    console.error('usage: node scripts/nginx-config.mjs <site dir> <base path> <listen> <www dir> [--certificate <file> --key <file> --server-name <name> [--http-listen 80]]');
    process.exit(2);
  }
  const tls = tlsGiven ? { certificate: options.certificate, key: options.key, serverName: options['server-name'], httpListen: options['http-listen'] } : undefined;
  process.stdout.write(nginxConfig({ siteDir, base, listen, www, tls }));
}
