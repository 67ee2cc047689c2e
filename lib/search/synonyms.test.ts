import { describe, expect, it } from 'vitest';
import { expandQuery } from './synonyms';

describe('expandQuery', () => {
  it('replaces Korean spellings with the course’s English terms, particles dropped', () => {
    expect(expandQuery('시크릿 관리')).toBe('Secret 관리');
    expect(expandQuery('  시크릿을   관리하는 방법 ')).toBe('Secret 관리하는 방법');
    expect(expandQuery('쿠버네티스 네트워크폴리시')).toBe('Kubernetes NetworkPolicy');
  });

  it('prefers the longest spelling', () => {
    expect(expandQuery('도커파일 비루트')).toBe('Dockerfile 비루트');
    expect(expandQuery('도커 이미지')).toBe('Docker 이미지');
  });

  it('returns undefined when nothing changes', () => {
    expect(expandQuery('seccomp')).toBeUndefined();
    expect(expandQuery('Secret 관리')).toBeUndefined();
  });
});
