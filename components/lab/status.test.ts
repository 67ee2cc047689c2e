import { describe, expect, it } from 'vitest';
import { shownGrading, statusText } from './status';

const starterFiles = { Dockerfile: 'FROM node:18\n' };
const mine = { Dockerfile: 'FROM node:24-alpine\nUSER 1000\n' };
const starter = [
  { id: 'non-root', pass: false, reason: 'USER가 없습니다' },
  { id: 'pinned', pass: true, reason: '' },
];
const remembered = {
  files: mine,
  objectives: [
    { id: 'non-root', pass: true, reason: '' },
    { id: 'pinned', pass: true, reason: '' },
  ],
};

describe('shownGrading', () => {
  it("prefers this visit's grading, then the starter's, then the remembered one of exactly the saved text", () => {
    const live = [{ id: 'non-root', pass: false, reason: '바뀜' }];
    expect(shownGrading({ live, remembered, starter, starterFiles, values: mine })).toEqual({ source: 'live', objectives: live });
    expect(shownGrading({ live: null, remembered, starter, starterFiles, values: { ...starterFiles } })).toEqual({ source: 'starter', objectives: starter });
    expect(shownGrading({ live: null, remembered, starter, starterFiles, values: { ...mine } })).toEqual({
      source: 'remembered',
      objectives: remembered.objectives,
    });
    expect(shownGrading({ live: null, remembered, starter, starterFiles, values: { Dockerfile: 'FROM scratch\n' } })).toEqual({ source: 'none' });
    expect(shownGrading({ live: null, remembered: undefined, starter, starterFiles, values: mine })).toEqual({ source: 'none' });
  });
});

describe('statusText', () => {
  it('counts failing objectives, says when a grading is from an earlier visit, and how to get one', () => {
    expect(statusText({ source: 'starter', objectives: starter }, null, false)).toBe('목표 2개 중 1개가 아직 통과하지 못했습니다.');
    expect(statusText({ source: 'remembered', objectives: remembered.objectives }, null, false)).toBe('지난번 채점 결과: 목표 2개를 모두 통과했습니다.');
    expect(statusText({ source: 'remembered', objectives: remembered.objectives }, null, true)).toBe('목표 2개를 모두 통과했습니다.');
    expect(statusText({ source: 'none' }, null, false)).toBe('저장된 작업은 "편집하기"를 누르면 채점됩니다.');
    expect(statusText({ source: 'none' }, null, true)).toBe('채점하고 있습니다…');
    expect(statusText({ source: 'live', objectives: starter }, '채점 워커를 불러오지 못했습니다: 네트워크', true)).toBe(
      '채점 워커를 불러오지 못했습니다: 네트워크',
    );
  });
});
