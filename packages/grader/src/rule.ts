/**
 * A rule = metadata + a check (the ESLint model). Rules never throw: the engine
 * catches anything that escapes and reports it as `internal/rule-error`.
 */
import type { DockerfileModel } from './dockerfile/model';
import type { K8sObject } from './yaml/document';
import type { RuleContext, RuleMeta } from './types';

/** Everything the YAML rules of one grading call can see (objects of all YAML files given). */
export interface YamlInput {
  objects: readonly K8sObject[];
}

export interface DockerfileRule {
  meta: RuleMeta & { target: 'dockerfile' };
  check(df: DockerfileModel, ctx: RuleContext): void;
}

/** For Kubernetes objects (target 'kubernetes') and GitHub Actions workflows (target 'workflow'). */
export interface YamlRule {
  meta: RuleMeta & { target: 'kubernetes' | 'workflow' };
  check(obj: K8sObject, ctx: RuleContext, input: YamlInput): void;
}

/** A shell script (`*.sh`): its text (BOM removed, CRLF and CR turned into LF; lines and columns unchanged). */
export interface ShellInput {
  file: string;
  text: string;
}

export interface ShellRule {
  meta: RuleMeta & { target: 'shell' };
  check(script: ShellInput, ctx: RuleContext): void;
}

export type Rule = DockerfileRule | YamlRule | ShellRule;

/** parse/* and internal/*: metadata only, reported by the parsers and the engine (target 'parse'). */
export interface MetaRule {
  meta: RuleMeta & { target: 'parse' };
}
