import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeAttempt, encodeAttempt, MAX_FILE_CHARS, MAX_SHARE_CHARS, sharePayload } from './codec';

const LAB = 'dockerfile-nonroot';
const NAMES = ['Dockerfile'];
const ATTEMPT = { lab: LAB, files: { Dockerfile: 'FROM alpine:3.22\nRUN adduser -D -u 10001 appuser\nUSER 10001:10001\n# 한글 주석 ✓\n' } };

function payloadOf(value: unknown): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(value));
}

function message(payload: string, lab = LAB): string {
  const result = decodeAttempt(payload, lab, NAMES);
  return result.ok ? 'ok' : result.message;
}

describe('share codec', () => {
  it('round-trips a lab attempt through the fragment, Korean text included', () => {
    const encoded = encodeAttempt(ATTEMPT);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.value.startsWith('share=')).toBe(true);
    expect(encoded.value).toMatch(/^share=[A-Za-z0-9+\-$]+$/);
    const payload = sharePayload(`#${encoded.value}`);
    expect(payload).toBeDefined();
    expect(decodeAttempt(payload ?? '', LAB, NAMES)).toEqual({ ok: true, value: ATTEMPT });
  });

  it('finds the payload only in a share fragment', () => {
    expect(sharePayload('#share=abc')).toBe('abc');
    expect(sharePayload('share=abc')).toBe('abc');
    expect(sharePayload('#objectives')).toBeUndefined();
    expect(sharePayload('')).toBeUndefined();
  });

  it('refuses to make a link longer than the limit', () => {
    // Random-looking text does not compress: well over the limit.
    let text = '';
    let seed = 1;
    for (let i = 0; i < 12_000; i++) {
      seed = (seed * 48271) % 2147483647;
      text += String.fromCharCode(33 + (seed % 90));
    }
    const result = encodeAttempt({ lab: LAB, files: { Dockerfile: text } });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/^파일이 너무 커서 링크로 공유할 수 없습니다 \(압축 후 [\d,]+자, 최대 8,000자\)/);
  });

  it('shares long but repetitive files that compress under the limit', () => {
    const result = encodeAttempt({ lab: LAB, files: { Dockerfile: 'RUN echo hello\n'.repeat(2000) } });
    expect(result.ok && result.value.length).toBeLessThan(MAX_SHARE_CHARS);
  });

  it('refuses an over-long link before decompressing it', () => {
    expect(message('A'.repeat(MAX_SHARE_CHARS))).toBe('공유 링크가 너무 깁니다 (8,000자). 이 앱은 8,000자까지의 링크만 엽니다.');
  });

  it('refuses damaged links: bad characters, cut short, not JSON, wrong shape', () => {
    const good = payloadOf({ v: 1, ...ATTEMPT });
    const damaged = '공유 링크가 손상되었습니다. 링크 전체가 복사되었는지 확인해 주세요.';
    expect(message('abc%20def')).toBe(damaged);
    expect(message(good.slice(0, good.length / 2))).toBe(damaged);
    expect(message(LZString.compressToEncodedURIComponent('not json'))).toBe(damaged);
    expect(message(payloadOf([1, 2]))).toBe(damaged);
    expect(message(payloadOf({ v: 1, lab: LAB, files: { Dockerfile: 7 } }))).toBe(damaged);
    expect(message(payloadOf({ lab: LAB, files: ATTEMPT.files }))).toBe(damaged);
  });

  it('refuses links from a newer app, for another lab, or with files the lab does not have', () => {
    expect(message(payloadOf({ v: 2, ...ATTEMPT }))).toBe('더 새로운 버전의 앱에서 만든 공유 링크입니다. 페이지를 새로 고친 뒤 다시 열어 주세요.');
    expect(message(payloadOf({ v: 1, ...ATTEMPT }), 'networkpolicy')).toBe('이 링크는 다른 실습("dockerfile-nonroot")의 시도입니다.');
    expect(message(payloadOf({ v: 1, lab: LAB, files: { 'evil.sh': 'rm -rf /' } }))).toBe('이 링크에는 이 실습에 없는 파일("evil.sh")이 들어 있습니다.');
    expect(message(payloadOf({ v: 1, lab: LAB, files: {} }))).toBe('공유 링크에 파일이 하나도 없습니다.');
  });

  it('refuses a file that decompresses beyond the per-file limit', () => {
    const huge = payloadOf({ v: 1, lab: LAB, files: { Dockerfile: 'a'.repeat(MAX_FILE_CHARS + 1) } });
    expect(huge.length).toBeLessThan(MAX_SHARE_CHARS);
    expect(message(huge)).toBe('공유된 파일 Dockerfile이(가) 너무 큽니다 (50,001자).');
  });
});
