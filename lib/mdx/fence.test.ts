import { describe, expect, it } from 'vitest';
import { auditPolicy } from '../../content/samples';
import { FenceMetaError, parseFenceMeta, readingMinutes, scanCodeBlocks, withoutCodeBlocks } from './fence';

describe('parseFenceMeta', () => {
  it('reads title, check, expect, sample and name', () => {
    expect(parseFenceMeta('title="a b" check="bad" expect="x/y z/w" name="seed-a"')).toEqual({
      title: 'a b',
      check: 'bad',
      expect: ['x/y', 'z/w'],
      name: 'seed-a',
    });
    expect(parseFenceMeta('check="good" sample="audit-policy"')).toEqual({ check: 'good', expect: [], sample: 'audit-policy' });
  });
  it('rejects unknown samples, bad names and unknown keys with the known ones listed', () => {
    expect(() => parseFenceMeta('sample="nope"')).toThrow(FenceMetaError);
    expect(() => parseFenceMeta('name="Seed A"')).toThrow('name="Seed A" must be lowercase words joined by "-"');
    expect(() => parseFenceMeta('lines="1-2"')).toThrow('unknown code block meta key "lines" (known: title, check, expect, sample, name)');
  });
});

describe('scanCodeBlocks', () => {
  it('resolves a sample include and keeps the line count of the file', () => {
    const text = 'a\n```yaml check="good" sample="audit-policy"\n```\nb\n```bash\necho x\n```\n';
    const [sample, bash] = scanCodeBlocks(text);
    expect(sample).toMatchObject({ lang: 'yaml', line: 2, bodyLines: 0, sample: 'audit-policy', code: auditPolicy.text.replace(/\n$/, '') });
    expect(bash).toMatchObject({ lang: 'bash', line: 5, bodyLines: 1, code: 'echo x' });
    expect(withoutCodeBlocks(text).split('\n')).toEqual(['a', '', '', 'b', '', '', '', '']);
  });
  it('refuses a sample include with a body of its own', () => {
    expect(() => scanCodeBlocks('```yaml sample="audit-policy"\nkind: Policy\n```\n')).toThrow('line 1: a sample="audit-policy" block has no body of its own');
  });
});

describe('readingMinutes', () => {
  it('counts what the reading view shows, not the slides or the speaker notes', () => {
    const prose = '가'.repeat(1000);
    expect(readingMinutes(prose)).toBe(2);
    const hidden = `<Slide>\n\n${'나'.repeat(3000)}\n\n</Slide>\n\n<Notes>\n${'다'.repeat(3000)}\n</Notes>\n`;
    expect(readingMinutes(`${prose}\n\n${hidden}`)).toBe(2);
  });
});
