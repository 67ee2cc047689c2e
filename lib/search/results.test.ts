import { describe, expect, it } from 'vitest';
import { cleanUrl, excerptSegments, toHits, type PagefindData } from './results';

describe('cleanUrl', () => {
  it('drops .html and index.html, keeps the anchor', () => {
    expect(cleanUrl('/chapters/container-security.html#secret-%EA%B4%80%EB%A6%AC')).toBe('/chapters/container-security#secret-%EA%B4%80%EB%A6%AC');
    expect(cleanUrl('/rules/pss/seccompProfile_restricted.html')).toBe('/rules/pss/seccompProfile_restricted');
    expect(cleanUrl('/index.html')).toBe('/');
    expect(cleanUrl('/labs/index.html#x')).toBe('/labs/#x');
  });
});

describe('excerptSegments', () => {
  it('keeps marks as flags and never passes markup through', () => {
    expect(excerptSegments('A &lt;b&gt; <mark>Secret</mark> 관리 <img src=x onerror=alert(1)>끝')).toEqual([
      { text: 'A <b> ', mark: false },
      { text: 'Secret', mark: true },
      { text: ' 관리 끝', mark: false },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('toHits', () => {
  const page: PagefindData = {
    url: '/chapters/container-security.html',
    excerpt: '페이지',
    meta: { title: '컨테이너 보안 Best Practices' },
    sub_results: [
      { title: '컨테이너 보안 Best Practices', url: '/chapters/container-security.html', excerpt: '시작', weighted_locations: [{ balanced_score: 500 }] },
      {
        title: '다층 방어',
        url: '/chapters/container-security.html#defense',
        excerpt: '<mark>Secret</mark> 관리',
        weighted_locations: [{ balanced_score: 512 }, { balanced_score: 512 }],
      },
      {
        title: 'Secret 관리 방식 비교',
        url: '/chapters/container-security.html#secret',
        excerpt: '비교',
        weighted_locations: [{ balanced_score: 18437 }, { balanced_score: 18437 }],
      },
      { title: 'Secret이 새는 세 가지 경로', url: '/chapters/container-security.html#leak', excerpt: '경로', weighted_locations: [{ balanced_score: 5309 }] },
    ],
  };

  it('ranks a page’s sections by match weight and keeps the best few', () => {
    expect(toHits([page], 3).map((hit) => [hit.url, hit.section])).toEqual([
      ['/chapters/container-security#secret', 'Secret 관리 방식 비교'],
      ['/chapters/container-security#leak', 'Secret이 새는 세 가지 경로'],
      ['/chapters/container-security#defense', '다층 방어'],
    ]);
  });

  it('uses the page itself when Pagefind gives no sections, and unique keys across pages', () => {
    const hits = toHits([{ url: '/labs/networkpolicy.html', excerpt: '<mark>DNS</mark>', meta: { title: 'NetworkPolicy' } }, page], 1);
    expect(hits.map((hit) => hit.key)).toEqual(['0-0', '1-0']);
    expect(hits[0]).toEqual({ key: '0-0', url: '/labs/networkpolicy', page: 'NetworkPolicy', excerpt: [{ text: 'DNS', mark: true }] });
  });
});
