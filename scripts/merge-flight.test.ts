import { describe, expect, it } from 'vitest';
import { mergeFlightScripts } from './merge-flight.mjs';

const chunk = (text: string) => `<script>self.__next_f.push(${JSON.stringify([1, text]).replace(/</g, '\\u003c')})</script>`;

/** What the browser's __next_f would receive: the payload text, in order. */
function payload(html: string): string {
  const pushed: unknown[][] = [];
  const self = { __next_f: { push: (entry: unknown[]) => pushed.push(entry) } };
  for (const match of html.matchAll(/<script>(self\.__next_f\.push\(.*?\))<\/script>/g)) new Function('self', match[1])(self);
  return pushed.map((entry) => entry[1]).join('');
}

describe('mergeFlightScripts', () => {
  it('joins adjacent payload chunks into one script with the same payload', () => {
    const html = `<p>x</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>${chunk('1:"a"\n2:')}${chunk('["$","b",null,{"children":"</script><p>\\u2028"}]\n')}${chunk('3:I[1,"x"]\n')}</body>`;
    const merged = mergeFlightScripts(html);
    expect(merged.removed).toBe(2);
    expect(merged.html.match(/<script>self\.__next_f\.push/g)).toHaveLength(1);
    expect(merged.html.startsWith('<p>x</p><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>')).toBe(true);
    expect(merged.html.endsWith('</script></body>')).toBe(true);
    expect(merged.html).not.toContain('</script><p>');
    expect(payload(merged.html)).toBe(payload(html));
  });

  it('leaves single chunks, other scripts and separated runs alone', () => {
    const html = `${chunk('a')}<div></div>${chunk('b')}<script nonce="n">self.__next_f.push([1,"c"])</script>`;
    expect(mergeFlightScripts(html)).toEqual({ html, removed: 0 });
  });
});
