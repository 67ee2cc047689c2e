/**
 * Lab definitions: the contract between the lab folders (labs/exercises/<id>/), the grader
 * (labs/exercises/grade.ts), the CLI (`w7-grade lab`) and the browser UI (components/lab, lib/lab-runtime).
 * Pure TypeScript: no React, Next, DOM or fs.
 */
import type { DockerfileModel, FileLanguage, Finding, GradeOptions, GradeResult, K8sObject, Range, SourceFile } from '@w7/grader';

export type LabLanguage = Exclude<FileLanguage, 'unknown'>;

export interface LabFile {
  /** Base name shown on the editor tab and used by the CLI to match files: `Dockerfile`, `pod.yaml`, `run.sh`. */
  name: string;
  language: LabLanguage;
  /** The insecure text the learner starts from. */
  starter: string;
  /**
   * The CLI may be given the lab without this file: it is then graded as empty, the way the real tool reads its
   * absence (no `.dockerignore` means BuildKit ignores nothing).
   */
  optional?: true;
}

/** What one objective says about the learner's files. `reason` is one Korean line. */
export interface ObjectiveResult {
  pass: boolean;
  reason: string;
  /** Where the problem is, when it has a place (shown as a marker and used by "go to"). */
  file?: string;
  range?: Range;
}

export interface LabContext {
  /** The learner's files, in the order of the lab's `files`. */
  files: readonly SourceFile[];
  /** The text of one file by base name ('' when absent). */
  text(name: string): string;
  /** The shared library's result for all files, graded with the lab's `gradeOptions`. */
  result: GradeResult;
  /** Findings (not suppressed) of one file, or of all files; optionally only those with the given rule ids. */
  findings(file?: string, ruleIds?: readonly string[]): Finding[];
  /** The YAML objects of one file (parsed once, with source ranges); [] when absent or not YAML. */
  objects(name: string): readonly K8sObject[];
  /** The Dockerfile model of one file (parsed once); null when the file is absent or empty. */
  dockerfile(name: string): DockerfileModel | null;
}

export interface Objective {
  /** Stable id, unique in the lab (kebab-case). */
  id: string;
  /** Korean, short: what must be true ("컨테이너가 root가 아닌 사용자로 실행된다"). */
  title: string;
  /** Rules whose explanation (/rules/<id>) teaches this objective. */
  rules?: readonly string[];
  /** The chapter section that teaches it: `<chapter id>#<heading id>`. */
  section?: string;
  /** Judges behaviour, never the exact text. Must not throw (the grader turns a throw into a failing result). */
  check(ctx: LabContext): ObjectiveResult;
}

export interface LabMeta {
  id: string;
  /** Korean title. */
  title: string;
  /** One Korean paragraph: the task. The full instructions are `instructions.mdx` in the lab folder. */
  summary: string;
  files: readonly LabFile[];
  objectives: readonly Objective[];
  /** Korean hints, revealed one at a time, from gentle to explicit. */
  hints: readonly string[];
  /** Options for the shared library (PSS level/version ...). */
  gradeOptions?: GradeOptions;
}

/** Complete file sets keyed by base name. */
export type FileSet = Readonly<Record<string, string>>;

export interface Bypass {
  /** Korean: what the bypass tries ("컨테이너를 지워 버린다"). */
  name: string;
  files: FileSet;
}

/** Kept apart from LabMeta so the browser loads solutions only when the learner asks for one. */
export interface LabSolutions {
  reference: FileSet;
  /** At least two other valid solutions. */
  alternatives: readonly FileSet[];
  /** Attempts that must not pass (at least one objective fails). */
  bypasses: readonly Bypass[];
}

export interface ObjectiveOutcome {
  id: string;
  title: string;
  pass: boolean;
  reason: string;
  file?: string;
  range?: Range;
  rules?: readonly string[];
  section?: string;
}

export interface LabResult {
  lab: string;
  complete: boolean;
  objectives: ObjectiveOutcome[];
  /** The shared library's findings, for editor markers. */
  result: GradeResult;
}
