import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../dockerfile/model';
import { dockerfileRules } from './index';
import { runRule } from '../../../test/dockerfile-rule-tester';

const CATALOGUE = [
  'docker/add-instead-of-copy',
  'docker/add-url',
  'docker/chmod-world-writable',
  'docker/curl-pipe-shell',
  'docker/dev-dependencies',
  'docker/eol-base-image',
  'docker/image-tag',
  'docker/npm-only-production',
  'docker/pkg-no-cleanup',
  'docker/pkg-unpinned',
  'docker/root-escalation',
  'docker/secret-file',
  'docker/secret-in-env',
  'docker/shell-form-cmd',
  'docker/sudo',
  'docker/user-in-run',
  'docker/user-non-numeric',
  'docker/user-root',
];

describe('dockerfileRules', () => {
  it('holds every catalogue id once, ordered by id', () => {
    expect(dockerfileRules.map((r) => r.meta.id)).toEqual(CATALOGUE);
  });

  for (const rule of dockerfileRules) {
    describe(rule.meta.id, () => {
      it('has complete bilingual metadata', () => {
        const m = rule.meta;
        expect(m.target).toBe('dockerfile');
        for (const t of [m.title, m.why, m.fix]) {
          expect(t.ko).toMatch(/[가-힣]/);
          expect(t.en.length).toBeGreaterThan(10);
        }
        expect(m.securitySeverity).toBeGreaterThanOrEqual(0);
        expect(m.securitySeverity).toBeLessThanOrEqual(10);
        expect(m.examples.bad.length).toBeGreaterThan(0);
        expect(m.examples.good.length).toBeGreaterThan(0);
      });

      rule.meta.examples.bad.forEach((ex, i) => {
        it(`bad example ${i + 1} is reported`, () => {
          expect(parseDockerfile(ex.file, ex.text).findings).toEqual([]);
          expect(runRule(rule, ex.text).length).toBeGreaterThan(0);
        });
      });
      rule.meta.examples.good.forEach((ex, i) => {
        it(`good example ${i + 1} is not reported`, () => {
          expect(parseDockerfile(ex.file, ex.text).findings).toEqual([]);
          expect(runRule(rule, ex.text)).toEqual([]);
        });
      });
    });
  }
});
