import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, metaScriptHashes, pageScriptHashes, scriptHash, withPageCsp } from './page-csp';

const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/a.js" async=""></script>' +
  '<script>window.a=1</script></head><body><script id="_R_">self.__next_f=[]</script>' +
  '<script>self.__next_f.push([1,"한국어"])</script><script>window.a=1</script></body></html>';

describe('inline script hashes', () => {
  it('finds inline scripts only, in order, and hashes their UTF-8 text as browsers do', () => {
    expect(inlineScripts(PAGE)).toEqual(['window.a=1', 'self.__next_f=[]', 'self.__next_f.push([1,"한국어"])', 'window.a=1']);
    const expected = `sha256-${createHash('sha256').update(Buffer.from('self.__next_f.push([1,"한국어"])', 'utf8')).digest('base64')}`;
    expect(scriptHash('self.__next_f.push([1,"한국어"])')).toBe(expected);
    // The known CSP example: the hash of `alert('Hello, world.');`.
    expect(scriptHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('lists each distinct script once', () => {
    expect(pageScriptHashes(PAGE)).toEqual([scriptHash('window.a=1'), scriptHash('self.__next_f=[]'), scriptHash('self.__next_f.push([1,"한국어"])')]);
  });
});

describe('withPageCsp', () => {
  it('puts the page policy right after the charset, before every script, without unsafe-inline or unsafe-eval', () => {
    const html = withPageCsp(PAGE);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html);
    expect(meta?.index).toBe(html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length);
    expect(meta?.index).toBeLessThan(html.indexOf('<script'));
    const policy = meta?.[1] ?? '';
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' '${scriptHash('window.a=1')}' '${scriptHash('self.__next_f=[]')}'`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain("'unsafe-eval'");
    // A <meta> policy cannot carry frame-ancestors (the header does).
    expect(policy).not.toContain('frame-ancestors');
    expect(metaScriptHashes(html)).toEqual(pageScriptHashes(PAGE));
  });

  it('replaces its own earlier policy (a second run changes nothing) and leaves the rest of the page as it was', () => {
    const once = withPageCsp(PAGE);
    expect(withPageCsp(once)).toBe(once);
    expect(once.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/, '')).toBe(PAGE);
  });

  it('reads the policy from the head only, not from page text that quotes similar markup', () => {
    const quoting = PAGE.replace(
      '</body>',
      '<script>self.__next_f.push([1,"<meta http-equiv=\\"Content-Security-Policy\\" content=\\"x\\">"])</script></body>',
    );
    expect(metaScriptHashes(quoting)).toBeNull();
    expect(metaScriptHashes(withPageCsp(quoting))).toHaveLength(4);
  });

  it('falls back to the start of <head> without a charset, and refuses a page without <head>', () => {
    expect(withPageCsp('<html><head><title>t</title></head><body></body></html>')).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy"/);
    expect(() => withPageCsp('<p>no head</p>')).toThrow('no <head> element');
  });
});
