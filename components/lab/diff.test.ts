import { describe, expect, it } from 'vitest';
import { diffLines, splitLines } from './diff';

describe('splitLines', () => {
  it('drops one trailing newline and normalises CRLF', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
  });
});

describe('diffLines', () => {
  it('marks unchanged, removed and added lines with their line numbers', () => {
    expect(diffLines('FROM node:18\nRUN npm ci\nCMD ["node"]\n', 'FROM node:24\nRUN npm ci\nUSER 1000\nCMD ["node"]\n')).toEqual([
      { kind: 'removed', text: 'FROM node:18', oldLine: 1 },
      { kind: 'added', text: 'FROM node:24', newLine: 1 },
      { kind: 'same', text: 'RUN npm ci', oldLine: 2, newLine: 2 },
      { kind: 'added', text: 'USER 1000', newLine: 3 },
      { kind: 'same', text: 'CMD ["node"]', oldLine: 3, newLine: 4 },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffLines('', 'a\n')).toEqual([{ kind: 'added', text: 'a', newLine: 1 }]);
    expect(diffLines('a\nb', '')).toEqual([
      { kind: 'removed', text: 'a', oldLine: 1 },
      { kind: 'removed', text: 'b', oldLine: 2 },
    ]);
    expect(diffLines('', '')).toEqual([]);
  });

  it('keeps the longest common subsequence', () => {
    const result = diffLines('a\nb\nc\nd\n', 'b\nx\nd\na\n');
    expect(result.filter((line) => line.kind === 'same').map((line) => line.text)).toEqual(['b', 'd']);
    expect(result.filter((line) => line.kind !== 'same')).toHaveLength(4);
  });

  it('identical texts are all unchanged', () => {
    expect(diffLines('x\ny', 'x\ny\n').map((line) => line.kind)).toEqual(['same', 'same']);
  });
});
