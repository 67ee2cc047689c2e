import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, IMMUTABLE_CACHE, pageHeaderPolicy, STATIC_HOST_POLICY } from './headers';
import { headersFile, nginxSnippet } from './static-host';

/** The `/*` and `/_next/static/*` blocks of a `_headers` file as maps. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const colon = line.indexOf(':');
      current?.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)]));

describe('_headers for static hosts', () => {
  it('sends every header of the server with the same value, and immutable caching for hashed files only', () => {
    const rules = parseHeadersFile(headersFile());
    expect([...rules.keys()]).toEqual(['/*', '/_next/static/*']);
    const all = rules.get('/*')!;
    for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(all.get(name), name).toBe(value);
    expect(all.has('Cache-Control')).toBe(false);
    expect(rules.get('/_next/static/*')).toEqual(new Map([['Cache-Control', IMMUTABLE_CACHE]]));
  });

  it("has the server's page policy except script-src (per page, in each <meta>) and default-src (it would govern scripts)", () => {
    const server = directives(pageHeaderPolicy(['sha256-x']));
    const staticHost = directives(parseHeadersFile(headersFile()).get('/*')!.get('Content-Security-Policy')!);
    expect(STATIC_HOST_POLICY).toBe(parseHeadersFile(headersFile()).get('/*')!.get('Content-Security-Policy'));
    server.delete('script-src');
    server.delete('default-src');
    expect(staticHost).toEqual(server);
    expect(staticHost.get('frame-ancestors')).toBe("'none'");
  });
});

describe('nginx snippet', () => {
  it('adds every header on every status (always), again in the hashed-files location, and hides the build files', () => {
    const snippet = nginxSnippet();
    for (const [name, value] of Object.entries({ ...COMMON_HEADERS, 'Content-Security-Policy': STATIC_HOST_POLICY })) {
      const line = `add_header ${name} "${value}" always;`;
      // Once for the server block, once inside location /_next/static/ (add_header there replaces the server's).
      expect(snippet.split(line).length - 1, name).toBe(2);
    }
    expect(snippet).toContain(`location /_next/static/ {`);
    expect(snippet).toContain(`  add_header Cache-Control "${IMMUTABLE_CACHE}" always;`);
    expect(snippet).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(snippet).toContain('error_page 404 /404.html;');
    expect(snippet).toContain('location ~ ^/(_headers|_nginx\\.conf)$ {\n  return 404;\n}');
  });
});
