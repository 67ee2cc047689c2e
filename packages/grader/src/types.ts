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
  /** Which of the rule's messages this is (a key of `RuleMeta.messages`). */
  messageId?: string;
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

/** `ignore`: a `.dockerignore`, carried as plain text (no rule reads it; lab objectives do). */
export type FileLanguage = 'dockerfile' | 'yaml' | 'shell' | 'ignore' | 'unknown';

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
  /**
   * What the rule can say, keyed by message id (ESLint's `meta.messages`): `{{name}}` is replaced by the
   * report's `data.name`. Reports name a message id; the texts live here, not at each report.
   */
  messages: Record<string, Text>;
  /** Examples the contract test runs: every `bad` reports exactly its `errors`, every `good` nothing. */
  examples: {
    good: Example[];
    bad: BadExample[];
    /** Why there is no bad example (a 1 MiB file, a failing rule): required when `bad` is empty. */
    noBadExample?: Text;
  };
  /** 0.0-10.0, for SARIF `security-severity`. */
  securitySeverity?: number;
}

export interface Example {
  /** File name that selects the parser ('Dockerfile', 'pod.yaml'). */
  file: string;
  text: string;
}

/** A bad example with the findings of its rule, in order: message id and exact range. */
export interface BadExample extends Example {
  errors: ExpectedFinding[];
}

export interface ExpectedFinding extends Range {
  messageId: string;
}

/** A value put into a message: the same in both languages, or one per language. */
export type MessageData = Readonly<Record<string, string | number | Text>>;

export interface Report {
  /** A key of the rule's `meta.messages`. */
  messageId: string;
  data?: MessageData;
  range: Range;
  /** Overrides the rule's default severity for this one report. */
  severity?: Severity;
}

export interface RuleContext {
  report(r: Report): void;
  options: Readonly<GradeOptions>;
}
