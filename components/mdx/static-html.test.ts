import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { staticHtml } from './static-html';

describe('staticHtml', () => {
  const code = createElement(
    'code',
    null,
    createElement('span', { style: { '--shiki-light': '#116329', '--shiki-dark': '#7EE787', fontStyle: 'italic' } }, 'apiVersion'),
    ': v1\n',
    createElement(Fragment, null, 'a < b && "c" > d'),
    createElement('span', { className: 'x', hidden: true, title: undefined }, 42),
  );

  it('writes exactly what React would render on the server', () => {
    expect(staticHtml(code)).toBe(renderToStaticMarkup(code));
    expect(staticHtml(code)).toBe(
      '<code><span style="--shiki-light:#116329;--shiki-dark:#7EE787;font-style:italic">apiVersion</span>: v1\na &lt; b &amp;&amp; &quot;c&quot; &gt; d<span class="x" hidden="">42</span></code>',
    );
  });

  it('refuses components and event handlers instead of dropping them', () => {
    const Component = () => null;
    expect(() => staticHtml(createElement('code', null, createElement(Component)))).toThrow('component');
    expect(() => staticHtml(createElement('span', { onClick: () => undefined }, 'x'))).toThrow('onClick');
  });
});
