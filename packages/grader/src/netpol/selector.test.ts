import { describe, expect, it } from 'vitest';
import { describeSelector, isEmptySelector, matches, parseLabels, parseSelector } from './selector';

const sel = (v: unknown) => parseSelector(v);

describe('label selectors', () => {
  it('an empty selector matches every label set, even none', () => {
    expect(matches(sel({}), {})).toBe(true);
    expect(matches(sel({ matchLabels: {} }), { a: 'b' })).toBe(true);
    expect(isEmptySelector(sel({}))).toBe(true);
    expect(isEmptySelector(sel({ matchLabels: { a: 'b' } }))).toBe(false);
  });

  it('matchLabels needs every pair', () => {
    const s = sel({ matchLabels: { app: 'web', tier: 'fe' } });
    expect(matches(s, { app: 'web', tier: 'fe', x: 'y' })).toBe(true);
    expect(matches(s, { app: 'web' })).toBe(false);
    expect(matches(s, { app: 'web', tier: 'be' })).toBe(false);
  });

  it('In, NotIn, Exists, DoesNotExist', () => {
    const inSel = sel({ matchExpressions: [{ key: 'env', operator: 'In', values: ['dev', 'qa'] }] });
    expect([matches(inSel, { env: 'qa' }), matches(inSel, { env: 'prod' }), matches(inSel, {})]).toEqual([true, false, false]);
    const notIn = sel({ matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] });
    expect([matches(notIn, { env: 'qa' }), matches(notIn, { env: 'prod' }), matches(notIn, {})]).toEqual([true, false, true]);
    const exists = sel({ matchExpressions: [{ key: 'env', operator: 'Exists' }] });
    expect([matches(exists, { env: '' }), matches(exists, {})]).toEqual([true, false]);
    const dne = sel({ matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] });
    expect([matches(dne, { env: 'x' }), matches(dne, {})]).toEqual([false, true]);
  });

  it('matchLabels and matchExpressions are ANDed', () => {
    const s = sel({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] });
    expect([matches(s, { app: 'web' }), matches(s, { app: 'web', env: 'prod' }), matches(s, { env: 'dev' })]).toEqual([true, false, false]);
  });

  it('a malformed selector matches nothing', () => {
    for (const bad of [
      5,
      [],
      { matchLabels: [] },
      { matchLabels: { a: { b: 1 } } },
      { matchExpressions: {} },
      { matchExpressions: [{ key: 'a', operator: 'In', values: [] }] },
      { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] },
      { matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] },
      { matchExpressions: [{ operator: 'Exists' }] },
      { matchExpressions: [7] },
    ]) {
      const s = sel(bad);
      expect(s.invalid, JSON.stringify(bad)).toBe(true);
      expect(matches(s, { a: 'x' })).toBe(false);
    }
  });

  it('reads scalar label values as strings and drops the rest', () => {
    expect(parseLabels({ a: 'x', n: 1, b: true, o: { x: 1 }, z: null })).toEqual({ a: 'x', n: '1', b: 'true' });
    expect(matches(sel({ matchLabels: { version: 2 } }), { version: '2' })).toBe(true);
    expect(parseLabels('x')).toEqual({});
  });

  it('describes selectors for messages', () => {
    expect(describeSelector(sel({}))).toBe('{}');
    expect(
      describeSelector(
        sel({
          matchLabels: { app: 'web' },
          matchExpressions: [
            { key: 'env', operator: 'In', values: ['a', 'b'] },
            { key: 'x', operator: 'NotIn', values: ['c'] },
            { key: 'y', operator: 'Exists' },
            { key: 'z', operator: 'DoesNotExist' },
          ],
        }),
      ),
    ).toBe('app=web, env in (a,b), x notin (c), y, !z');
  });
});
