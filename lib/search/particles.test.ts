import { describe, expect, it } from 'vitest';
import { stripParticle, withoutParticles } from './particles';

describe('stripParticle', () => {
  it('cuts one trailing particle from a Korean word, the longest that fits', () => {
    expect(stripParticle('이미지를')).toBe('이미지');
    expect(stripParticle('정책을')).toBe('정책');
    expect(stripParticle('컨테이너에서는')).toBe('컨테이너');
    expect(stripParticle('네트워크에서')).toBe('네트워크');
    expect(stripParticle('권한으로')).toBe('권한');
  });

  it('cuts the Korean tail after an English term', () => {
    expect(stripParticle('NetworkPolicy를')).toBe('NetworkPolicy');
    expect(stripParticle('seccomp은')).toBe('seccomp');
    expect(stripParticle('runAsNonRoot가')).toBe('runAsNonRoot');
  });

  it('keeps words that are too short to have a particle, or are not Korean', () => {
    expect(stripParticle('속도')).toBe('속도');
    expect(stripParticle('이')).toBe('이');
    expect(stripParticle('seccomp')).toBe('seccomp');
    expect(stripParticle('감사')).toBe('감사');
    expect(stripParticle('C++를')).toBe('C++를');
  });
});

describe('withoutParticles', () => {
  it('strips every word and reports whether anything changed', () => {
    expect(withoutParticles(' 이미지를   서명하는 ')).toBe('이미지 서명하');
    expect(withoutParticles('NetworkPolicy를 적용')).toBe('NetworkPolicy 적용');
    expect(withoutParticles('감사 로그')).toBeUndefined();
    expect(withoutParticles('')).toBeUndefined();
  });
});

describe('queryTerms (what the search dialog asks Pagefind)', () => {
  it('asks the query as typed, its stems and its English form, each once', async () => {
    const { queryTerms } = await import('./pagefind');
    expect(queryTerms('DNS를 허용')).toEqual(['DNS를 허용', 'DNS 허용']);
    expect(queryTerms('시크릿을 관리')).toEqual(['시크릿을 관리', '시크릿 관리', 'Secret 관리']);
    expect(queryTerms('시크릿 관리')).toEqual(['시크릿 관리', 'Secret 관리']);
    expect(queryTerms('seccomp')).toEqual(['seccomp']);
  });
});
