/**
 * Korean particles (조사) at the end of query words: "이미지를 서명" should find "이미지 서명". The stem is
 * searched beside the query as typed, so a wrong cut only adds hits and never loses one. Pure string work.
 */

/** Longest first, so "에서는" is cut whole and not as "는". */
const PARTICLES = [
  '에서는',
  '에서도',
  '으로는',
  '이라는',
  '이라고',
  '에서',
  '에게',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '라는',
  '라고',
  '이란',
  '이나',
  '에는',
  '에도',
  '와의',
  '과의',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '란',
].sort((a, b) => b.length - a.length);

const HANGUL_WORD = /^[\uac00-\ud7a3]+$/;
/** An English term with Korean after it: "NetworkPolicy를", "seccomp은", "Pod가". */
const LATIN_THEN_HANGUL = /^([A-Za-z0-9][A-Za-z0-9._/-]*)[\uac00-\ud7a3]+$/;

/** The word without a trailing particle; a Korean stem keeps at least two syllables ("속도" stays whole). */
export function stripParticle(word: string): string {
  const latin = LATIN_THEN_HANGUL.exec(word);
  if (latin) return latin[1];
  if (!HANGUL_WORD.test(word)) return word;
  const particle = PARTICLES.find((p) => word.endsWith(p) && word.length - p.length >= 2);
  return particle ? word.slice(0, -particle.length) : word;
}

/** The query with particles cut from its words, or undefined when no word had one. */
export function withoutParticles(query: string): string | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const stems = words.map(stripParticle);
  return stems.some((stem, index) => stem !== words[index]) ? stems.join(' ') : undefined;
}
