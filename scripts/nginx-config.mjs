// Renders deploy/nginx.conf for a built site: the base path, the site folder, and security headers whose
// Content-Security-Policy matches the pages' own (the union of the hashes in their <meta> policies).
// Usage: node scripts/nginx-config.mjs <built site dir> <base path> <listen> <www dir> > nginx.conf
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

function headers(csp) {
  return [
    `add_header Content-Security-Policy "${csp}" always;`,
    'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    'add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=(), usb=()" always;',
    'add_header X-Frame-Options "DENY" always;',
  ].join('\n      ');
}

/** `accessLog`: a file to log each response in (the benchmark counts bytes with it); none by default. */
export function nginxConfig({ siteDir, base, listen, www, mimeTypes = '/etc/nginx/mime.types', accessLog }) {
  const policy = sitePolicy(siteDir);
  const search = new Map(policy);
  search.set('script-src', new Set([...policy.get('script-src'), "'wasm-unsafe-eval'"]));
  const values = {
    LISTEN: listen,
    WWW: www,
    BASE: base,
    MIME_TYPES: mimeTypes,
    ACCESS_LOG: accessLog ? `${accessLog} transfer` : 'off',
    ORIGIN_REDIRECT: base === '/' ? '' : `location = / {\n      return 302 ${base};\n    }`,
    SECURITY_HEADERS: headers(render(policy)),
    SECURITY_HEADERS_SEARCH: headers(render(search)),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name) => values[name]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [siteDir, base, listen, www] = process.argv.slice(2);
  if (!siteDir || !base || !listen || !www) {
    console.error('usage: node scripts/nginx-config.mjs <site dir> <base path> <listen> <www dir>');
    process.exit(2);
  }
  process.stdout.write(nginxConfig({ siteDir, base, listen, www }));
}
