import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASCII,
  FONT_FILES,
  fontCodePoints,
  fontIsCurrent,
  fontProblems,
  makeSubset,
  requiredFontText,
  subsetText,
  svgTextCharacters,
  uncoveredCharacters,
  usesBold,
} from './font';

const SVG =
  '<svg><style>#x{font-family:"W7 Diagram"}</style><title>제목은 그리지 않음</title>' +
  '<text><tspan font-weight="normal">호스트</tspan><tspan> &amp; 컨테이너&lt;</tspan></text><text>Pod</text></svg>';

describe('svgTextCharacters and usesBold', () => {
  it('collects the characters drawn by <text>, decoding entities and skipping the <title>', () => {
    expect([...svgTextCharacters(SVG)].sort()).toEqual(['&', '<', 'P', 'd', 'o', '너', '스', '이', '컨', '테', '트', '호'].sort());
  });

  it('detects bold text by attribute or CSS', () => {
    expect(usesBold(SVG)).toBe(false);
    expect(usesBold('<tspan font-weight="bold">x</tspan>')).toBe(true);
    expect(usesBold('<style>.t{font-weight: 700}</style>')).toBe(true);
  });
});

describe('requiredFontText', () => {
  it('is ASCII plus the drawn characters, bold only when drawn, nothing without diagrams', () => {
    expect(requiredFontText([])).toEqual({ regular: undefined, bold: undefined });
    const wanted = requiredFontText([SVG]);
    expect(wanted.bold).toBeUndefined();
    expect(wanted.regular).toBe(subsetText(['호', '스', '트', '컨', '테', '이', '너']));
    expect([...(wanted.regular ?? '')]).toHaveLength(ASCII.length + 7);
    expect(requiredFontText([SVG.replace('font-weight="normal"', 'font-weight="bold"')]).bold).toBe(wanted.regular);
  });
});

const NANUM = '/usr/share/fonts/truetype/nanum/NanumGothic.ttf';

// The subsetting runs only where fonts-nanum is installed (the render machine); the checks of the
// committed subset below (content.test.ts) run everywhere.
describe.runIf(existsSync(NANUM))('subsets of NanumGothic', () => {
  let dir: string;
  let subset: Buffer;
  const text = subsetText([...'컨테이너 보안']);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'w7-font-'));
    subset = await makeSubset(readFileSync(NANUM), text);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a small woff2 that maps exactly the requested characters', async () => {
    expect(subset.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(subset.length).toBeLessThan(20_000);
    const points = await fontCodePoints(subset);
    expect([...points].sort((a, b) => a - b)).toEqual([...text].map((c) => c.codePointAt(0)).sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(await fontIsCurrent(subset, text)).toBe(true);
    expect(await fontIsCurrent(subset, subsetText([...'컨테이너']))).toBe(false);
    expect(await uncoveredCharacters(subset, '보안 호스트')).toEqual(['호', '스', '트']);
  });

  it('fontProblems names missing files and missing characters', async () => {
    const svg = '<svg><text>컨테이너 호스트</text></svg>';
    expect(await fontProblems([svg], dir)).toEqual([`${path.join(dir, FONT_FILES.regular)}: missing (the diagrams use regular text)`]);
    writeFileSync(path.join(dir, FONT_FILES.regular), subset);
    expect(await fontProblems([svg], dir)).toEqual([`${path.join(dir, FONT_FILES.regular)}: lacks 3 character(s) the diagrams draw: 스 트 호`]);
    expect(await fontProblems(['<svg><text>보안 컨테이너</text></svg>'], dir)).toEqual([]);
    writeFileSync(path.join(dir, FONT_FILES.bold), subset);
    expect(await fontProblems(['<svg><text>보안</text></svg>'], dir)).toEqual([`${path.join(dir, FONT_FILES.bold)}: no diagram uses bold text any more`]);
  });
});
