/**
 * The course cannot teach a sample that its own grader rejects: every Dockerfile and YAML block in the
 * chapters marked check="good" has no error or warning, and every block marked check="bad" has at least
 * the findings its expect="..." names. Every check="good" block is a corrected sample of content/samples
 * (one place for each), and every sample there is taught by a chapter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade } from '@w7/grader';
import { parseFenceMeta, scanCodeBlocks } from '../lib/mdx/fence';
import { solutions as ciTrivyAnswers } from '../labs/exercises/ci-trivy-workflow/solutions';
import { SAMPLES } from './samples';

const CHAPTERS = join(import.meta.dirname, 'chapters');
/** The class day: the end-of-life table is judged as of this date, so the test does not drift. */
const CLASS_DAY = '2026-12-05';

interface Sample {
  chapter: string;
  line: number;
  lang: string;
  title?: string;
  check: 'good' | 'bad';
  expect: string[];
  code: string;
  sample?: string;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  for (const file of readdirSync(CHAPTERS)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const text = readFileSync(join(CHAPTERS, file), 'utf8');
    for (const block of scanCodeBlocks(text)) {
      if (block.lang !== 'yaml' && block.lang !== 'dockerfile') continue;
      const meta = parseFenceMeta(block.meta);
      if (meta.check !== 'good' && meta.check !== 'bad') continue;
      out.push({
        chapter: file,
        line: block.line,
        lang: block.lang,
        title: meta.title ?? (block.sample ? SAMPLES[block.sample]!.file : undefined),
        check: meta.check,
        expect: meta.expect,
        code: block.code,
        sample: block.sample,
      });
    }
  }
  return out;
}

/** The file name the grader sees: the block's title when it is a file name of the right kind. */
function fileNameOf(s: Sample): string {
  const title = (s.title ?? '').trim();
  if (s.lang === 'dockerfile') return /^(Dockerfile(\..+)?|.+\.dockerfile)$/i.test(title) ? title : 'Dockerfile';
  return /^[\w./-]+\.ya?ml$/i.test(title) ? title.split('/').pop()! : 'sample.yaml';
}

const all = samples();

describe('course samples graded by the course grader', () => {
  it('finds the graded samples of the security chapters', () => {
    const chapters = new Set(all.map((s) => s.chapter));
    expect([...chapters].sort()).toEqual(['03-container-security.mdx', '04-kubernetes-security.mdx', '05-hands-on.mdx']);
    expect(all.filter((s) => s.check === 'good').length).toBeGreaterThanOrEqual(10);
    expect(all.filter((s) => s.check === 'bad').length).toBeGreaterThanOrEqual(10);
  });

  for (const s of all) {
    const where = `${s.chapter}:${s.line} (${s.title ?? s.lang})`;
    it(`${s.check} sample ${where}`, () => {
      const result = grade([{ name: fileNameOf(s), text: s.code }], { today: CLASS_DAY });
      const findings = result.results.flatMap((r) => r.findings).filter((f) => !f.suppressed);
      if (s.check === 'good') {
        const serious = findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}@${f.line}:${f.column} ${f.message}`);
        expect(serious, `${where} is presented as the right way`).toEqual([]);
      } else {
        const ids = new Set(findings.map((f) => f.ruleId));
        const missing = s.expect.filter((id) => !ids.has(id));
        expect(missing, `${where} should be reported with ${s.expect.join(', ')}; got ${[...ids].join(', ') || 'nothing'}`).toEqual([]);
      }
    });
  }
});

describe('corrected samples live in content/samples', () => {
  it('every check="good" block of the chapters includes a sample instead of a copy', () => {
    const copies = all.filter((s) => s.check === 'good' && !s.sample).map((s) => `${s.chapter}:${s.line}`);
    expect(copies, 'write ```<lang> sample="<id>"``` with an empty body').toEqual([]);
  });

  it('every sample is taught by a chapter, and graded there', () => {
    const taught = new Set(all.map((s) => s.sample).filter(Boolean));
    expect(Object.keys(SAMPLES).filter((id) => !taught.has(id))).toEqual([]);
  });

  it('no sample pins a moving tag', () => {
    for (const sample of Object.values(SAMPLES)) expect(sample.text, sample.id).not.toMatch(/:(latest|stable|stable-alpine|mainline|alpine)\b/);
  });

  it("the CI lab answer is chapter 3's workflow, with checkout v7.0.1 pinned by commit in every answer", () => {
    const chapter = SAMPLES['workflow-security-scan']!.text;
    expect(ciTrivyAnswers.reference['security-scan.yml']).toBe(chapter);
    for (const answer of [ciTrivyAnswers.reference, ...ciTrivyAnswers.alternatives]) {
      expect(answer['security-scan.yml']).toContain('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1');
    }
  });
});
