/**
 * Share-an-attempt links: a lab's files, compressed with lz-string, in the URL fragment (`#share=...`),
 * which browsers never send to a server. Decoding checks everything (size first, then characters, the
 * version, the lab and its file names) and answers with a Korean message instead of throwing. Pure.
 */
// lz-string is CommonJS: its default export works under every loader (Next, Vitest, Node ESM).
import LZString from 'lz-string';

export const SHARE_KEY = 'share';
export const SHARE_VERSION = 1;
/** Chat apps and mail clients cut longer links; decompression work stays bounded too. */
export const MAX_SHARE_CHARS = 8000;
/** Per file, after decompression: far above any lab file, far below a browser's limits. */
export const MAX_FILE_CHARS = 50_000;

export interface SharedAttempt {
  lab: string;
  files: Record<string, string>;
}

export type ShareResult<T> = { ok: true; value: T } | { ok: false; message: string };

const PAYLOAD = /^[A-Za-z0-9+\-$]+$/;
const DAMAGED = '공유 링크가 손상되었습니다. 링크 전체가 복사되었는지 확인해 주세요.';

const formatCount = (n: number) => n.toLocaleString('ko-KR');

/** The fragment (without '#') for `attempt`, or why it cannot be shared. */
export function encodeAttempt(attempt: SharedAttempt): ShareResult<string> {
  const payload = LZString.compressToEncodedURIComponent(JSON.stringify({ v: SHARE_VERSION, lab: attempt.lab, files: attempt.files }));
  const fragment = `${SHARE_KEY}=${payload}`;
  if (fragment.length > MAX_SHARE_CHARS) {
    return {
      ok: false,
      message: `파일이 너무 커서 링크로 공유할 수 없습니다 (압축 후 ${formatCount(fragment.length)}자, 최대 ${formatCount(MAX_SHARE_CHARS)}자). 필요 없는 부분을 줄이거나 "내 학습"의 내보내기를 쓰세요.`,
    };
  }
  return { ok: true, value: fragment };
}

/** The payload of a `share=` fragment, or undefined when the fragment is about something else. */
export function sharePayload(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  return fragment.startsWith(`${SHARE_KEY}=`) ? fragment.slice(SHARE_KEY.length + 1) : undefined;
}

/**
 * Decodes a shared attempt for lab `lab` whose files are `fileNames`. Files the link leaves out are
 * filled from `starters` by the caller; files the lab does not have make the link invalid.
 */
export function decodeAttempt(payload: string, lab: string, fileNames: readonly string[]): ShareResult<SharedAttempt> {
  if (payload.length + SHARE_KEY.length + 1 > MAX_SHARE_CHARS) {
    return { ok: false, message: `공유 링크가 너무 깁니다 (${formatCount(payload.length)}자). 이 앱은 ${formatCount(MAX_SHARE_CHARS)}자까지의 링크만 엽니다.` };
  }
  if (!PAYLOAD.test(payload)) return { ok: false, message: DAMAGED };
  let data: unknown;
  try {
    const json = LZString.decompressFromEncodedURIComponent(payload);
    if (!json) return { ok: false, message: DAMAGED };
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: DAMAGED };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: DAMAGED };
  const { v, lab: sharedLab, files } = data as Record<string, unknown>;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, message: DAMAGED };
  if (v > SHARE_VERSION) return { ok: false, message: '더 새로운 버전의 앱에서 만든 공유 링크입니다. 페이지를 새로 고친 뒤 다시 열어 주세요.' };
  if (typeof sharedLab !== 'string') return { ok: false, message: DAMAGED };
  if (sharedLab !== lab) return { ok: false, message: `이 링크는 다른 실습("${sharedLab.slice(0, 60)}")의 시도입니다.` };
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return { ok: false, message: DAMAGED };
  const result: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    if (!fileNames.includes(name)) return { ok: false, message: `이 링크에는 이 실습에 없는 파일("${name.slice(0, 60)}")이 들어 있습니다.` };
    if (typeof text !== 'string') return { ok: false, message: DAMAGED };
    if (text.length > MAX_FILE_CHARS) return { ok: false, message: `공유된 파일 ${name}이(가) 너무 큽니다 (${formatCount(text.length)}자).` };
    result[name] = text;
  }
  if (Object.keys(result).length === 0) return { ok: false, message: '공유 링크에 파일이 하나도 없습니다.' };
  return { ok: true, value: { lab, files: result } };
}
