import { describe, expect, it } from 'vitest';
import { MAX_PROGRESS_FILE_CHARS, parseProgressFile, progressFileName, toProgressFile, type ProgressSnapshot } from './file';

const KNOWN = { labs: ['dockerfile-nonroot', 'networkpolicy'], chapters: ['intro', 'basics'] };

const SNAPSHOT: ProgressSnapshot = {
  labs: {
    'dockerfile-nonroot': {
      files: { Dockerfile: 'FROM alpine:3.22\nUSER 10001:10001\n' },
      updatedAt: 1_700_000_000_000,
      complete: true,
      backup: { files: { Dockerfile: 'FROM alpine\n' }, updatedAt: 1_699_000_000_000 },
    },
  },
  quizzes: { intro: { answers: { 'where-to-ask': { option: 'b', correct: true, attempts: 2, firstCorrect: false, at: 5 } } } },
  reading: { basics: { at: 7 } },
};

const exported = (overrides: Record<string, unknown> = {}) => JSON.stringify({ ...toProgressFile(SNAPSHOT, new Date('2026-12-04T09:00:00Z')), ...overrides });

describe('progress file', () => {
  it('round-trips every record, saved work and backups included', () => {
    const text = exported();
    expect(JSON.parse(text)).toMatchObject({ format: 'w7-progress', version: 1, exportedAt: '2026-12-04T09:00:00.000Z' });
    expect(parseProgressFile(text, KNOWN)).toEqual({ ok: true, snapshot: SNAPSHOT, exportedAt: '2026-12-04T09:00:00.000Z', skipped: [] });
  });

  it('names the file after the local date', () => {
    expect(progressFileName(new Date(2026, 11, 4, 23, 59))).toBe('w7-progress-2026-12-04.json');
  });

  it('skips labs and chapters the course no longer has, and says which', () => {
    const text = exported({ labs: { ...SNAPSHOT.labs, 'old-lab': SNAPSHOT.labs['dockerfile-nonroot'] }, reading: { basics: { at: 7 }, gone: { at: 1 } } });
    const result = parseProgressFile(text, KNOWN);
    expect(result.ok && result.snapshot).toEqual(SNAPSHOT);
    expect(result.ok && result.skipped).toEqual(['old-lab', 'gone']);
  });

  it('accepts a file with empty or missing sections', () => {
    const result = parseProgressFile(JSON.stringify({ format: 'w7-progress', version: 1, exportedAt: '2026-01-01T00:00:00Z', labs: {} }), KNOWN);
    expect(result).toEqual({ ok: true, snapshot: { labs: {}, quizzes: {}, reading: {} }, exportedAt: '2026-01-01T00:00:00Z', skipped: [] });
  });

  it('accepts a byte-order mark', () => {
    expect(parseProgressFile(`\uFEFF${exported()}`, KNOWN).ok).toBe(true);
  });
});

describe('refused files', () => {
  const message = (text: string) => {
    const result = parseProgressFile(text, KNOWN);
    return result.ok ? 'accepted' : result.message;
  };

  it('refuses text that is not JSON, or a truncated file', () => {
    expect(message('hello')).toBe('JSON 형식이 아니거나 파일이 손상되었습니다. 이 페이지의 "내보내기"로 만든 파일을 골라 주세요.');
    expect(message(exported().slice(0, -20))).toBe('JSON 형식이 아니거나 파일이 손상되었습니다. 이 페이지의 "내보내기"로 만든 파일을 골라 주세요.');
  });

  it('refuses JSON that is not a progress file', () => {
    expect(message('{"name":"package","version":"1.0.0"}')).toBe('7주차 학습 기록 파일이 아닙니다. 이 페이지의 "내보내기"로 만든 파일을 골라 주세요.');
    expect(message('[1,2,3]')).toBe('7주차 학습 기록 파일이 아닙니다. 이 페이지의 "내보내기"로 만든 파일을 골라 주세요.');
    expect(message('null')).toBe('7주차 학습 기록 파일이 아닙니다. 이 페이지의 "내보내기"로 만든 파일을 골라 주세요.');
  });

  it('refuses newer, older and missing versions', () => {
    expect(message(exported({ version: 2 }))).toBe(
      '이 파일은 더 새로운 버전(v2)의 앱에서 만들었습니다. 이 앱은 v1 파일까지 읽을 수 있습니다. 페이지를 새로 고쳐 앱을 최신으로 만든 뒤 다시 가져와 주세요.',
    );
    expect(message(exported({ version: 0 }))).toBe('지원하지 않는 버전(v0)의 파일입니다.');
    expect(message(exported({ version: '1' }))).toBe('파일의 버전 정보가 없거나 손상되었습니다.');
    expect(message(exported({ version: 1.5 }))).toBe('파일의 버전 정보가 없거나 손상되었습니다.');
    expect(message(exported({ version: undefined }))).toBe('파일의 버전 정보가 없거나 손상되었습니다.');
  });

  it('refuses a missing or invalid export time', () => {
    expect(message(exported({ exportedAt: 'yesterday' }))).toBe('파일의 내보낸 시각(exportedAt)이 없거나 손상되었습니다.');
  });

  it('refuses a damaged record anywhere, naming it', () => {
    const lab = SNAPSHOT.labs['dockerfile-nonroot'];
    expect(message(exported({ labs: { 'dockerfile-nonroot': { ...lab, files: { Dockerfile: 42 } } } }))).toBe(
      '실습 "dockerfile-nonroot"의 기록이 손상되었습니다.',
    );
    expect(message(exported({ labs: { 'dockerfile-nonroot': { ...lab, updatedAt: 'now' } } }))).toBe('실습 "dockerfile-nonroot"의 기록이 손상되었습니다.');
    expect(message(exported({ labs: [] }))).toBe('실습 항목이 손상되었습니다.');
    expect(message(exported({ quizzes: { intro: { answers: { q: { option: 'a', correct: 'yes' } } } } }))).toBe('확인 문제 "intro"의 기록이 손상되었습니다.');
    expect(message(exported({ reading: { basics: { at: -1 } } }))).toBe('읽기 "basics"의 기록이 손상되었습니다.');
  });

  it('refuses ids that could not be storage keys of ours', () => {
    expect(message(exported({ reading: { '../../x': { at: 1 } } }))).toBe('읽기 "../../x"의 기록이 손상되었습니다.');
    expect(message(exported({ reading: { __proto__: { at: 1 }, basics: { at: 2 } } }))).toBe('accepted');
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(message(' '.repeat(MAX_PROGRESS_FILE_CHARS + 1))).toBe('파일이 너무 큽니다 (5.0MB). 학습 기록 파일은 5MB를 넘지 않습니다.');
  });
});
