/**
 * Core types of the validation library. Pure TypeScript: no DOM, no fs, no React.
 *
 * Positions are 1-based. `endColumn` is the column just after the last character
 * (Monaco's convention), so a one-character range has endColumn = column + 1.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A file handed to the grader: its name as given (used to pick the parser) and its text. */
export interface SourceFile {
  name: string;
  text: string;
}

export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  /** Korean message (what learners read). */
  message: string;
  /** English message, for CI logs and SARIF. */
  messageEn?: string;
  /** Present when an inline comment or an option turned this finding off; it is then not counted. */
  suppressed?: { kind: 'inline' | 'option'; line?: number };
}

export interface FileResult {
  file: string;
  /** Which parser the file went through. */
  language: FileLanguage;
  findings: Finding[];
}

export type FileLanguage = 'dockerfile' | 'yaml' | 'shell' | 'unknown';

export interface GradeResult {
  version: 1;
  results: FileResult[];
}

export type PssLevel = 'privileged' | 'baseline' | 'restricted';

export interface GradeOptions {
  /** Glob-like id patterns ('pss/*', 'docker/*', 'k8s/image-tag'): when set, only matching rules run. */
  rules?: string[];
  /** Id patterns to turn off; findings are kept with `suppressed` so the ignore stays visible. */
  ignore?: string[];
  /** Default PSS level when no Namespace label in the input says otherwise. Default 'restricted'. */
  pssLevel?: PssLevel;
  /** Default PSS version, 'latest' or 'v1.N'. Default 'latest'. */
  pssVersion?: string;
  /** Today's date as 'YYYY-MM-DD', for dated tables (end-of-life images). Default: the current date. */
  today?: string;
}

/** Bilingual text. */
export interface Text {
  ko: string;
  en: string;
}

export type RuleTarget = 'dockerfile' | 'kubernetes' | 'workflow' | 'shell' | 'parse';

export interface RuleMeta {
  /** Stable id, e.g. 'docker/user-root', 'k8s/image-tag', 'pss/runAsNonRoot'. */
  id: string;
  severity: Severity;
  target: RuleTarget;
  title: Text;
  /** Why it matters. */
  why: Text;
  /** How to fix it. */
  fix: Text;
  /** Equivalent ids in other tools, where one exists. */
  refs?: { hadolint?: string; trivy?: string; cis?: string; kubeLinter?: string; kubeScore?: string; url?: string };
  /** Examples that the tests run: every `bad` must produce this rule, every `good` must not. */
  examples: { good: Example[]; bad: Example[] };
  /** 0.0-10.0, for SARIF `security-severity`. */
  securitySeverity?: number;
}

export interface Example {
  /** File name that selects the parser ('Dockerfile', 'pod.yaml'). */
  file: string;
  text: string;
}

export interface Report {
  message: string;
  messageEn?: string;
  range: Range;
  /** Overrides the rule's default severity for this one report. */
  severity?: Severity;
}

export interface RuleContext {
  report(r: Report): void;
  options: Readonly<GradeOptions>;
}
