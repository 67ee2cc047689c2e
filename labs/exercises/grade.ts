/**
 * Grades a lab: runs the shared library once on the learner's files, then every objective of the lab.
 * Never throws: an objective that throws becomes a failing outcome with a Korean reason.
 * Also matches the files an instructor hands to the CLI to the lab's files.
 */
import {
  baseName,
  grade,
  parseDockerfile,
  parseYaml,
  type DockerfileModel,
  type Finding,
  type GradeOptions,
  type GradeResult,
  type K8sObject,
  type SourceFile,
} from '@w7/grader';
import type { LabContext, LabMeta, LabResult, ObjectiveOutcome, ObjectiveResult } from './types';

/**
 * The learner's files in the order of the lab's files, named by the lab's base names. A file is found by its
 * base name; a one-file lab also takes a single file of any name. Absent files count as empty.
 */
export function labFiles(lab: LabMeta, files: readonly SourceFile[]): SourceFile[] {
  return lab.files.map((f) => {
    const found = files.find((g) => baseName(g.name) === f.name) ?? (lab.files.length === 1 && files.length === 1 ? files[0] : undefined);
    return { name: f.name, text: found?.text ?? '' };
  });
}

export function createContext(files: readonly SourceFile[], result: GradeResult): LabContext {
  const yamlCache = new Map<string, readonly K8sObject[]>();
  const dockerCache = new Map<string, DockerfileModel | null>();
  const text = (name: string) => files.find((f) => f.name === name)?.text ?? '';
  return {
    files,
    text,
    result,
    findings(file?: string, ruleIds?: readonly string[]): Finding[] {
      return result.results
        .filter((r) => file === undefined || r.file === file)
        .flatMap((r) => r.findings)
        .filter((f) => !f.suppressed && (ruleIds === undefined || ruleIds.includes(f.ruleId)));
    },
    objects(name: string) {
      let objs = yamlCache.get(name);
      if (!objs) {
        const t = text(name);
        objs = t.trim() === '' ? [] : parseYaml(name, t).objects;
        yamlCache.set(name, objs);
      }
      return objs;
    },
    dockerfile(name: string) {
      if (!dockerCache.has(name)) {
        const t = text(name);
        dockerCache.set(name, t.trim() === '' ? null : parseDockerfile(name, t));
      }
      return dockerCache.get(name) ?? null;
    },
  };
}

function runObjective(check: (ctx: LabContext) => ObjectiveResult, ctx: LabContext): ObjectiveResult {
  try {
    const r = check(ctx);
    if (r && typeof r.pass === 'boolean' && typeof r.reason === 'string') return r;
    return { pass: false, reason: '채점 함수가 올바른 결과를 돌려주지 않았습니다 (채점기 오류).' };
  } catch (e) {
    return { pass: false, reason: `채점 중 오류가 났습니다: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** `options` adds to the lab's gradeOptions (tests pin `today`, the date the image lifecycle data is read at). */
export function gradeLab(lab: LabMeta, files: readonly SourceFile[], options: GradeOptions = {}): LabResult {
  const named = labFiles(lab, files);
  const result = grade(named, { ...(lab.gradeOptions ?? {}), ...options });
  const ctx = createContext(named, result);
  const objectives: ObjectiveOutcome[] = lab.objectives.map((o) => {
    const r = runObjective(o.check, ctx);
    return {
      id: o.id,
      title: o.title,
      pass: r.pass,
      reason: r.reason,
      ...(r.file !== undefined ? { file: r.file } : {}),
      ...(r.range !== undefined ? { range: r.range } : {}),
      ...(o.rules !== undefined ? { rules: o.rules } : {}),
      ...(o.section !== undefined ? { section: o.section } : {}),
    };
  });
  return { lab: lab.id, complete: objectives.every((o) => o.pass), objectives, result };
}

/** `files` are named by the lab's base names, in the lab's order; `given[i]` is the name files[i] was submitted as. */
export type MatchResult = { ok: true; files: SourceFile[]; given: string[] } | { ok: false; error: string };

/**
 * Matches submitted files to the lab's files for the CLI: a one-file lab takes exactly one file of any name;
 * a lab with several files takes each of them once, by base name. An optional file left out is graded as empty
 * (its `given` name is then the lab's own name).
 */
export function matchLabFiles(lab: LabMeta, given: readonly SourceFile[]): MatchResult {
  const expected = lab.files.map((f) => f.name);
  if (given.length === 0) return { ok: false, error: `채점할 파일을 주세요 (이 실습의 파일: ${expected.join(', ')})` };
  if (lab.files.length === 1) {
    if (given.length > 1) return { ok: false, error: `실습 ${lab.id}은(는) 파일 하나(${expected[0]})만 받습니다. 파일 ${given.length}개를 받았습니다.` };
    return { ok: true, files: [{ name: expected[0]!, text: given[0]!.text }], given: [given[0]!.name] };
  }
  const seen = new Map<string, SourceFile>();
  for (const g of given) {
    const base = baseName(g.name);
    if (!expected.includes(base)) return { ok: false, error: `${g.name}: 실습 ${lab.id}에 없는 파일입니다 (필요한 파일: ${expected.join(', ')})` };
    if (seen.has(base)) return { ok: false, error: `${base}: 같은 이름의 파일을 두 번 받았습니다 (${seen.get(base)!.name}, ${g.name})` };
    seen.set(base, g);
  }
  const missing = lab.files.filter((f) => !f.optional && !seen.has(f.name)).map((f) => f.name);
  if (missing.length > 0) return { ok: false, error: `필요한 파일이 없습니다: ${missing.join(', ')} (실습 ${lab.id}의 파일: ${expected.join(', ')})` };
  return { ok: true, files: expected.map((n) => ({ name: n, text: seen.get(n)?.text ?? '' })), given: expected.map((n) => seen.get(n)?.name ?? n) };
}
