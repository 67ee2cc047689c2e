import { describe, expect, it } from 'vitest';
import type { LabMeta } from '@/labs/exercises/types';
import { editorHeight, embeddedIn, sectionHref, toLabView } from './view';

const lab: LabMeta = {
  id: 'demo',
  title: '데모',
  summary: '요약',
  files: [{ name: 'Dockerfile', language: 'dockerfile', starter: 'FROM alpine:3.22\n' }],
  objectives: [
    { id: 'a', title: '가', rules: ['docker/user-root'], section: 'container-security#최소-권한-원칙', check: () => ({ pass: true, reason: '' }) },
    { id: 'b', title: '나', check: () => ({ pass: false, reason: '' }) },
  ],
  hints: ['하나', '둘'],
  gradeOptions: { pssLevel: 'baseline' },
};

describe('toLabView', () => {
  it('keeps what the browser shows and drops the check functions and options', () => {
    const view = toLabView(lab);
    expect(view).toEqual({
      id: 'demo',
      title: '데모',
      summary: '요약',
      files: [{ name: 'Dockerfile', language: 'dockerfile', starter: 'FROM alpine:3.22\n' }],
      objectives: [
        { id: 'a', title: '가', rules: ['docker/user-root'], section: 'container-security#최소-권한-원칙' },
        { id: 'b', title: '나', rules: [] },
      ],
      hints: ['하나', '둘'],
    });
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('embeddedIn', () => {
  it('drops only the section links to the section the lab sits in', () => {
    const view = {
      id: 'l',
      title: 't',
      summary: 's',
      files: [],
      hints: [],
      objectives: [
        { id: 'here', title: 'a', rules: [], section: 'ch#here' },
        { id: 'there', title: 'b', rules: ['r'], section: 'ch#there' },
        { id: 'other-chapter', title: 'c', rules: [], section: 'other#here' },
        { id: 'none', title: 'd', rules: [] },
      ],
    };
    expect(embeddedIn(view, 'ch#here').objectives).toEqual([
      { id: 'here', title: 'a', rules: [] },
      { id: 'there', title: 'b', rules: ['r'], section: 'ch#there' },
      { id: 'other-chapter', title: 'c', rules: [], section: 'other#here' },
      { id: 'none', title: 'd', rules: [] },
    ]);
    expect(view.objectives[0]).toHaveProperty('section', 'ch#here');
  });
});

describe('sectionHref', () => {
  it('turns chapter#heading into a chapter link with a fragment', () => {
    expect(sectionHref('container-security#최소-권한-원칙')).toBe('/chapters/container-security#최소-권한-원칙');
    expect(sectionHref('basics')).toBe('/chapters/basics');
  });
});

describe('editorHeight', () => {
  const file = (lines: number) => ({ name: 'f', language: 'yaml' as const, starter: Array.from({ length: lines }, () => 'x').join('\n') });
  it('fits the longest starter plus two lines, between 12 and 32 lines of 20 px', () => {
    expect(editorHeight([file(3)])).toBe(12 * 20);
    expect(editorHeight([file(5), file(20)])).toBe(22 * 20);
    expect(editorHeight([file(100)])).toBe(32 * 20);
  });
});
