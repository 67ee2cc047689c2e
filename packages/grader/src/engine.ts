/**
 * The grading engine: detects each file's language, parses it, runs the selected rules,
 * applies inline and option ignores, and returns sorted, deduplicated findings.
 * It never throws: a failing rule or parser becomes an `internal/rule-error` finding.
 */
import { detectLanguage } from './detect';
import { parseDockerfile, type DockerfileModel } from './dockerfile/model';
import { findingFrom, messageText } from './messages';
import { normalizeOptions } from './options';
import { ignoreComment } from './rules/internal/ignore-comment';
import { ruleError } from './rules/internal/rule-error';
import { empty } from './rules/parse/empty';
import { IGNORE_COMMENT_ID, parseRuleMetas } from './rules/parse/index';
import { yamlSyntax } from './rules/parse/yaml-syntax';
import { yamlTooLarge } from './rules/parse/yaml-too-large';
import { allRules } from './registry';
import type { DockerfileRule, Rule, ShellRule, YamlInput, YamlRule } from './rule';
import { isValidPattern, matchesAny, scanIgnores } from './select';
import type {
  FileLanguage,
  FileResult,
  Finding,
  GradeOptions,
  GradeResult,
  MessageData,
  Range,
  Report,
  RuleContext,
  RuleMeta,
  Severity,
  SourceFile,
} from './types';
import { parseYaml, stripBom, type K8sObject } from './yaml/document';
import { MAX_YAML_DEPTH, MAX_YAML_LENGTH, positionOf, yamlDepthOffset } from './yaml/limits';

export { MAX_YAML_DEPTH, MAX_YAML_LENGTH, yamlDepthOffset } from './yaml/limits';
export { normalizeOptions, type NormalizedOptions } from './options';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

interface FileState {
  name: string;
  language: FileLanguage;
  /** BOM-stripped text: every position refers to it. */
  text: string;
  lineCount: number;
  findings: Finding[];
  dockerfile?: DockerfileModel;
}

/** Grades files with every registered rule. */
export function grade(files: readonly SourceFile[], options: GradeOptions = {}): GradeResult {
  return gradeWith(allRules, files, options);
}

/** Grades files with the given rules (the registry in `grade`, fake rules in tests). */
export function gradeWith(rules: readonly Rule[], files: readonly SourceFile[], options: GradeOptions = {}): GradeResult {
  const list = Array.isArray(files) ? files : [];
  try {
    return run(rules, list, options ?? {});
  } catch (e) {
    return {
      version: 1,
      results: list.map((f) => ({
        file: fileName(f),
        language: 'unknown' as const,
        findings: [internalError('engineFailed', { detail: errorText(e) })],
      })),
    };
  }
}

function run(rules: readonly Rule[], files: readonly SourceFile[], rawOptions: GradeOptions): GradeResult {
  const options = Object.freeze(normalizeOptions(rawOptions));
  const { dockerfileRules, kubernetesRules, workflowRules, shellRules } = options.rules
    ? splitByTarget(rules.filter((r) => matchesAny(r.meta.id, options.rules!)))
    : splitCached(rules);

  const states: FileState[] = [];
  const objects: K8sObject[] = [];
  const objectState = new Map<K8sObject, FileState>();

  for (const f of files) {
    const name = fileName(f);
    const text = stripBom(typeof f?.text === 'string' ? f.text : '');
    const language = detectLanguage(name, text);
    const state: FileState = { name, language, text, lineCount: countLines(text), findings: [] };
    states.push(state);
    if (text.trim() === '') {
      // An empty .dockerignore is a valid one (nothing is left out of the build context).
      if (language !== 'ignore') state.findings.push(findingFrom(empty.meta, 'empty', undefined, FIRST_CHAR));
      continue;
    }
    if (language === 'dockerfile') {
      try {
        const model = parseDockerfile(name, text);
        state.dockerfile = model;
        addChecked(state, model.findings, 'parse/dockerfile-syntax');
      } catch (e) {
        state.findings.push(internalError('parserFailed', { parser: 'Dockerfile', detail: errorText(e) }));
      }
    } else if (language === 'yaml') {
      if (text.length > MAX_YAML_LENGTH) {
        const { line, column } = positionOf(text, MAX_YAML_LENGTH);
        const length = { ko: text.length.toLocaleString('en-US'), en: String(text.length) };
        const limit = { ko: MAX_YAML_LENGTH.toLocaleString('en-US'), en: String(MAX_YAML_LENGTH) };
        state.findings.push(findingFrom(yamlTooLarge.meta, 'tooLarge', { length, limit }, { line, column, endLine: line, endColumn: column + 1 }));
        continue;
      }
      const tooDeep = yamlDepthOffset(text);
      if (tooDeep >= 0) {
        const { line, column } = positionOf(text, tooDeep);
        state.findings.push(findingFrom(yamlSyntax.meta, 'depthLimit', { limit: MAX_YAML_DEPTH }, { line, column, endLine: line, endColumn: column + 1 }));
        continue;
      }
      try {
        const parsed = parseYaml(name, text);
        addChecked(state, parsed.findings, 'parse/yaml-syntax');
        for (const obj of parsed.objects) {
          objects.push(obj);
          objectState.set(obj, state);
        }
      } catch (e) {
        state.findings.push(internalError('parserFailed', { parser: 'YAML', detail: errorText(e) }));
      }
    }
  }

  for (const state of states) {
    if (!state.dockerfile) continue;
    for (const rule of dockerfileRules) {
      runRule(rule.meta, state, options, (ctx) => rule.check(state.dockerfile!, ctx));
    }
  }

  for (const state of states) {
    if (state.language !== 'shell' || state.text.trim() === '') continue;
    const script = Object.freeze({ file: state.name, text: state.text.replace(/\r\n?/g, '\n') });
    for (const rule of shellRules) runRule(rule.meta, state, options, (ctx) => rule.check(script, ctx));
  }

  const input: YamlInput = Object.freeze({ objects: Object.freeze(objects.slice()) });
  for (const obj of objects) {
    const target = yamlTarget(obj.value);
    const set = target === 'kubernetes' ? kubernetesRules : target === 'workflow' ? workflowRules : [];
    const state = objectState.get(obj)!;
    for (const rule of set) runRule(rule.meta, state, options, (ctx) => rule.check(obj, ctx, input));
  }

  const results: FileResult[] = states.map((state) => ({
    file: state.name,
    language: state.language,
    findings: finish(state, rules, options.ignore),
  }));
  return { version: 1, results };
}

interface RulesByTarget {
  dockerfileRules: DockerfileRule[];
  kubernetesRules: YamlRule[];
  workflowRules: YamlRule[];
  shellRules: ShellRule[];
}

function splitByTarget(selected: readonly Rule[]): RulesByTarget {
  return {
    dockerfileRules: selected.filter((r): r is DockerfileRule => r.meta.target === 'dockerfile'),
    kubernetesRules: selected.filter((r): r is YamlRule => r.meta.target === 'kubernetes'),
    workflowRules: selected.filter((r): r is YamlRule => r.meta.target === 'workflow'),
    shellRules: selected.filter((r): r is ShellRule => r.meta.target === 'shell'),
  };
}

/** The registry's split by target and its ids, made once: `allRules` never changes. */
let registryByTarget: RulesByTarget | undefined;
let registryIds: readonly string[] | undefined;

function splitCached(rules: readonly Rule[]): RulesByTarget {
  if (rules !== allRules) return splitByTarget(rules);
  registryByTarget ??= splitByTarget(rules);
  return registryByTarget;
}

/** Every id an ignore comment may name: parse/* and internal/* ids, and the rules'. */
function knownIds(rules: readonly Rule[]): readonly string[] {
  const ids = () => [...parseRuleMetas.map((m) => m.id), ...rules.map((r) => r.meta.id)];
  if (rules !== allRules) return ids();
  registryIds ??= ids();
  return registryIds;
}

/** Which rule set sees a YAML document: Kubernetes objects and GitHub Actions workflows. */
export function yamlTarget(value: unknown): 'kubernetes' | 'workflow' | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.apiVersion === 'string' || typeof v.kind === 'string') return 'kubernetes';
  if ('jobs' in v && 'on' in v) return 'workflow';
  return null;
}

function runRule(meta: RuleMeta, state: FileState, options: Readonly<GradeOptions>, check: (ctx: RuleContext) => void): void {
  const ctx: RuleContext = {
    options,
    report(r: Report) {
      state.findings.push(toFinding(meta, r, state));
    },
  };
  try {
    check(ctx);
  } catch (e) {
    state.findings.push(internalError('ruleFailed', { rule: meta.id, detail: errorText(e) }));
  }
}

function toFinding(meta: RuleMeta, r: Report, state: FileState): Finding {
  const range = r?.range;
  const text = r ? messageText(meta, r.messageId, r.data) : null;
  if (!text) {
    return internalError('undefinedMessage', { rule: meta.id, messageId: String(r?.messageId) });
  }
  if (!isValidRange(range, state.lineCount)) {
    const where = range ? `${range.line}:${range.column}-${range.endLine}:${range.endColumn}` : '없음';
    return internalError('invalidRange', { rule: meta.id, where, message: text });
  }
  const { line, column, endLine, endColumn } = range as Range;
  const severity = r.severity && SEVERITIES.includes(r.severity) ? r.severity : meta.severity;
  return { ruleId: meta.id, messageId: r.messageId, severity, message: text.ko, messageEn: text.en, line, column, endLine, endColumn };
}

/** Adds parser findings, replacing any with an impossible range by one at 1:1. */
function addChecked(state: FileState, findings: readonly Finding[], fallbackId: string): void {
  for (const f of findings ?? []) {
    if (isValidRange(f, state.lineCount)) state.findings.push({ ...f });
    else state.findings.push({ ...f, ruleId: f.ruleId || fallbackId, line: 1, column: 1, endLine: 1, endColumn: 2 });
  }
}

export function isValidRange(r: Range | undefined, lineCount: number): boolean {
  if (!r) return false;
  const { line, column, endLine, endColumn } = r;
  if (![line, column, endLine, endColumn].every((n) => Number.isInteger(n))) return false;
  if (line < 1 || column < 1 || endColumn < 1) return false;
  if (endLine < line || endLine > lineCount + 1) return false;
  if (endLine === line && endColumn < column) return false;
  return true;
}

function finish(state: FileState, rules: readonly Rule[], ignore: readonly string[] | undefined): Finding[] {
  const directives = scanIgnores(state.text, state.language);
  const findings = state.findings;
  for (const d of directives) {
    if (d.patterns.length === 0) {
      findings.push(findingFrom(ignoreComment.meta, 'noIds', undefined, d.range));
      continue;
    }
    const ids = knownIds(rules);
    const bad = d.patterns.filter((p) => !isValidPattern(p) || !ids.some((id) => matchesAny(id, [p])));
    if (bad.length > 0) findings.push(findingFrom(ignoreComment.meta, 'noMatch', { patterns: bad.join(', ') }, d.range));
  }
  for (const f of findings) {
    if (f.ruleId === IGNORE_COMMENT_ID) {
      if (ignore && matchesAny(f.ruleId, ignore)) f.suppressed = { kind: 'option' };
      continue;
    }
    const d = directives.find((x) => f.line >= x.fromLine && f.line <= x.toLine && matchesAny(f.ruleId, x.patterns));
    if (d) f.suppressed = { kind: 'inline', line: d.line };
    else if (ignore && matchesAny(f.ruleId, ignore)) f.suppressed = { kind: 'option' };
  }
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.line}:${f.column}:${f.endLine}:${f.endColumn}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(f);
  }
  return unique.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

const FIRST_CHAR: Range = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/** An internal/rule-error finding at 1:1: the grader never throws, it reports what failed. */
function internalError(messageId: string, data: MessageData): Finding {
  return findingFrom(ruleError.meta, messageId, data, FIRST_CHAR);
}

/** Number of lines, counting a lone CR as a break too (the Dockerfile parser does). */
function countLines(text: string): number {
  let n = 1;
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function fileName(f: SourceFile | undefined): string {
  return typeof f?.name === 'string' && f.name !== '' ? f.name : '-';
}

function errorText(e: unknown): string {
  let s: string;
  try {
    s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    s = 'unknown error';
  }
  return s.split('\n')[0]!.slice(0, 300);
}
