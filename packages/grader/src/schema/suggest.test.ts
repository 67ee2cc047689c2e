import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('securityContxt', 'securityContext')).toBe(1);
    expect(editDistance('imgae', 'image')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('suggest', () => {
  const fields = ['securityContext', 'image', 'imagePullPolicy', 'resources', 'readinessProbe'];
  it('finds close names', () => {
    expect(suggest('securityContxt', fields)).toBe('securityContext');
    expect(suggest('imgae', fields)).toBe('image');
    expect(suggest('resource', fields)).toBe('resources');
  });
  it('prefers a case-only difference', () => {
    expect(suggest('SecurityContext', fields)).toBe('securityContext');
  });
  it('honours a smaller maximum distance', () => {
    expect(suggest('Pdo', ['Pod'], 0)).toBeUndefined();
    expect(suggest('pod', ['Pod'], 0)).toBe('Pod');
    expect(suggest('Deploymnet', ['Deployment'], 1)).toBe('Deployment');
  });
  it('skips huge keys quickly', () => {
    const t = Date.now();
    expect(suggest('x'.repeat(1_000_000), ['securityContext'])).toBeUndefined();
    expect(Date.now() - t).toBeLessThan(200);
  });
  it('gives nothing for unrelated names', () => {
    expect(suggest('foo', fields)).toBeUndefined();
    expect(suggest('volumes', fields)).toBeUndefined();
  });
});
