import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diagramKey } from './source';
import { MissingDiagramError, readDiagramSvgs, svgFileNames } from './files';
import { checkStore, committedSvgs, formatStoreReport, scanChapters } from './store';

const FIRST = 'graph LR\n  A --> B';
const SECOND = 'graph TB\n  C["호스트"] --> D';

let dir: string;
let chapters: string;
let diagrams: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'w7-store-'));
  chapters = path.join(dir, 'chapters');
  diagrams = path.join(dir, 'diagrams');
  mkdirSync(chapters);
  mkdirSync(diagrams);
  writeFileSync(path.join(chapters, '02-b.mdx'), `# B\n\n\`\`\`mermaid title="둘째"\n${SECOND}\n\`\`\`\n`);
  writeFileSync(path.join(chapters, '01-a.mdx'), `---\nid: a\n---\n\n\`\`\`mermaid title="첫째"\n${FIRST}\n\`\`\`\n`);
  writeFileSync(path.join(chapters, 'notes.md'), '```mermaid\ngraph LR\n```\n');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('scanChapters', () => {
  it('reads every .mdx in file name order', () => {
    expect(scanChapters(chapters).map((d) => [path.basename(d.file), d.line, d.title, d.key])).toEqual([
      ['01-a.mdx', 5, '첫째', diagramKey(FIRST)],
      ['02-b.mdx', 3, '둘째', diagramKey(SECOND)],
    ]);
  });

  it('is empty for a directory that does not exist yet', () => {
    expect(scanChapters(path.join(dir, 'none'))).toEqual([]);
  });
});

describe('checkStore and formatStoreReport', () => {
  it('lists diagrams without SVGs (with file, line, title and the fix) and orphan SVGs', () => {
    const found = scanChapters(chapters);
    for (const name of svgFileNames(diagramKey(FIRST))) writeFileSync(path.join(diagrams, name), '<svg></svg>');
    writeFileSync(path.join(diagrams, `${diagramKey(SECOND)}.light.svg`), '<svg></svg>');
    writeFileSync(path.join(diagrams, 'ffffffffffffffff.dark.svg'), '<svg></svg>');
    writeFileSync(path.join(diagrams, 'old.svg'), '<svg></svg>');
    const report = checkStore(found, diagrams);
    expect(report.missing.map((entry) => [entry.diagram.title, entry.files])).toEqual([['둘째', [`${diagramKey(SECOND)}.dark.svg`]]]);
    expect(report.orphans).toEqual(['ffffffffffffffff.dark.svg', 'old.svg']);
    expect(formatStoreReport(report, diagrams).split('\n')).toEqual([
      `${found[1].file}:3: diagram "둘째" (key ${diagramKey(SECOND)}) has no rendered SVG (${path.join(
        diagrams,
        `${diagramKey(SECOND)}.dark.svg`,
      )}): its source is new or changed since the last render.`,
      `${path.join(diagrams, 'ffffffffffffffff.dark.svg')}: orphan SVG, no diagram in the chapters uses it.`,
      `${path.join(diagrams, 'old.svg')}: orphan SVG, no diagram in the chapters uses it.`,
      `To fix: run \`npm run diagrams\` (needs Chromium) and commit ${diagrams}/ and public/fonts/.`,
    ]);
  });

  it('is empty when every diagram has both SVGs and nothing else is there', () => {
    const found = scanChapters(chapters);
    for (const key of [diagramKey(FIRST), diagramKey(SECOND)]) {
      for (const name of svgFileNames(key)) writeFileSync(path.join(diagrams, name), `<svg id="${name}"></svg>`);
    }
    const report = checkStore(found, diagrams);
    expect(report).toEqual({ missing: [], orphans: [] });
    expect(formatStoreReport(report, diagrams)).toBe('');
    expect(committedSvgs(found, diagrams)).toEqual([
      `<svg id="${diagramKey(FIRST)}.light.svg"></svg>`,
      `<svg id="${diagramKey(FIRST)}.dark.svg"></svg>`,
      `<svg id="${diagramKey(SECOND)}.light.svg"></svg>`,
      `<svg id="${diagramKey(SECOND)}.dark.svg"></svg>`,
    ]);
  });
});

describe('readDiagramSvgs', () => {
  it('returns both themes', () => {
    const key = diagramKey(FIRST);
    writeFileSync(path.join(diagrams, `${key}.light.svg`), '<svg>L</svg>');
    writeFileSync(path.join(diagrams, `${key}.dark.svg`), '<svg>D</svg>');
    expect(readDiagramSvgs(key, '첫째', diagrams)).toEqual({ light: '<svg>L</svg>', dark: '<svg>D</svg>' });
  });

  it('fails naming the title, the missing file and the fix', () => {
    const key = diagramKey(FIRST);
    writeFileSync(path.join(diagrams, `${key}.light.svg`), '<svg>L</svg>');
    expect(() => readDiagramSvgs(key, '첫째', diagrams)).toThrow(
      new MissingDiagramError(`diagram "첫째": ${path.join(diagrams, `${key}.dark.svg`)} not found; run \`npm run diagrams\` and commit ${diagrams}/.`),
    );
  });

  it('refuses an id that is not a key (no path traversal)', () => {
    expect(() => readDiagramSvgs('../../etc/passwd', 'x', diagrams)).toThrow(
      '<Diagram id="../../etc/passwd">: not a diagram key (16 hex characters expected).',
    );
  });
});
