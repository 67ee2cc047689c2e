import { describe, expect, it } from 'vitest';
import { parseYaml } from './document';

const one = (text: string) => {
  const p = parseYaml('x.yaml', text);
  return { obj: p.objects[0]!, objects: p.objects, findings: p.findings.map((f) => f.ruleId) };
};

describe('Kubernetes documents as kubectl reads them', () => {
  it('reads YAML 1.1 booleans and leading-zero octal in Kubernetes objects', () => {
    const { obj } = one('apiVersion: v1\nkind: Pod\nspec:\n  a: yes\n  b: "yes"\n  c: on\n  d: Off\n  e: y\n  f: 0644\n  g: !!str on\n  h: 1.5\n');
    expect((obj.value as { spec: unknown }).spec).toEqual({ a: true, b: 'yes', c: true, d: false, e: true, f: 420, g: 'on', h: 1.5 });
  });

  it('keeps YAML 1.2 for GitHub Actions workflows (on is a key, not true)', () => {
    const { obj } = one('on: [push]\njobs:\n  a:\n    continue-on-error: yes\n');
    expect(obj.value).toEqual({ on: ['push'], jobs: { a: { 'continue-on-error': 'yes' } } });
  });

  it('expands merge keys; a later merge overrides earlier keys, a sequence merge lets the first map win', () => {
    const text = 'apiVersion: v1\nkind: X\nbase: &b {a: 1, c: 2}\nother: &o {a: 9, d: 4}\nx1:\n  a: 3\n  <<: *b\ny1:\n  <<: *b\n  a: 3\nz1:\n  <<: [*b, *o]\n';
    const { obj } = one(text);
    const v = obj.value as Record<string, unknown>;
    expect(v.x1).toEqual({ a: 1, c: 2 });
    expect(v.y1).toEqual({ a: 3, c: 2 });
    expect(v.z1).toEqual({ a: 1, c: 2, d: 4 });
    // Positions follow the value in effect: the anchor for a merged key.
    expect(obj.range(['x1', 'a'])).toMatchObject({ line: 3, column: 14 });
    expect(obj.range(['y1', 'a'])).toMatchObject({ line: 10, column: 6 });
    expect(obj.range(['z1', 'd'])).toMatchObject({ line: 4, column: 21 });
  });

  it('reads duplicate keys last-wins, reports them, and points at the key in effect', () => {
    const { obj, findings } = one('apiVersion: v1\nkind: Pod\nspec:\n  privileged: false\n  privileged: true\n');
    expect(findings).toEqual(['parse/yaml-duplicate-key']);
    expect((obj.value as { spec: unknown }).spec).toEqual({ privileged: true });
    expect(obj.range(['spec', 'privileged'])).toMatchObject({ line: 5, column: 15 });
  });

  it('turns the items of a List into objects of their own, positioned under items[i]', () => {
    const { objects } = one(
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Namespace\n    metadata: {name: a}\n  - apiVersion: v1\n    kind: PodList\n    items:\n      - {apiVersion: v1, kind: Pod, metadata: {name: p, namespace: a}}\n  - 5\n',
    );
    expect(objects.map((o) => `${o.kind}/${o.name}`)).toEqual(['Namespace/a', 'Pod/p']);
    expect(objects[1]!.range(['metadata', 'name'])).toMatchObject({ line: 10, column: 54 });
    expect(objects[1]!.docRange).toMatchObject({ line: 10, column: 9 });
    expect(objects[1]!.has(['metadata', 'namespace'])).toBe(true);
  });

  it('refuses a merge of a scalar and an alias bomb, without throwing', () => {
    expect(one('apiVersion: v1\nkind: X\na:\n  <<: 5\n').findings).toEqual(['parse/yaml-syntax']);
    const bomb = ['apiVersion: v1', 'kind: X', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    expect(one(`${bomb.join('\n')}\n`).findings).toEqual(['parse/yaml-aliases']);
  });

  it('never lets a __proto__ key reach the prototype', () => {
    const { obj } = one('apiVersion: v1\nkind: X\n__proto__: {polluted: true}\n');
    expect(Object.hasOwn(obj.value as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
