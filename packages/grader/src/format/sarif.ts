/**
 * SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif).
 * Messages are the English texts; suppressed findings carry `suppressions`.
 */
import { parseIgnoreComment } from '../select';
import type { Finding, GradeResult, RuleMeta, Severity, SourceFile } from '../types';
import { sourceFor, splitSourceLines } from './summary';

export interface SarifFormatOptions {
  /** Source texts (as given to `grade`), for fingerprints and suppression reasons. */
  sources?: readonly SourceFile[];
  /** Metadata lookup for rule descriptions (the registry's `ruleMeta`). */
  ruleMeta: (id: string) => RuleMeta | undefined;
  toolName?: string;
  toolVersion?: string;
  /** Where the tool is documented. */
  informationUri?: string;
}

export const DEFAULT_INFORMATION_URI = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const DEFAULT_SECURITY_SEVERITY: Record<Severity, number> = { error: 7.5, warning: 5.0, info: 2.0 };
export const FINGERPRINT_KEY = 'w7GradeFinding/v1';

export function formatSarif(result: GradeResult, options: SarifFormatOptions): string {
  return `${JSON.stringify(sarifLog(result, options), null, 2)}\n`;
}

export function sarifLog(result: GradeResult, options: SarifFormatOptions): Record<string, unknown> {
  const ids = [...new Set(result.results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => sarifRule(id, options.ruleMeta(id)));
  const results: unknown[] = [];
  result.results.forEach((r, i) => {
    const src = sourceFor(options.sources, r.file, i);
    const lines = src === undefined ? [] : splitSourceLines(src, r.language);
    const occurrences = new Map<string, number>();
    for (const f of r.findings) {
      const lineText = (lines[f.line - 1] ?? '').trim();
      const key = `${f.ruleId}\u0000${r.file}\u0000${lineText}`;
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      results.push(sarifResult(f, r.file, index.get(f.ruleId)!, `${key}\u0000${occurrence}`, lines));
    }
  });
  const driver: Record<string, unknown> = {
    name: options.toolName ?? 'w7-grade',
    informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
    rules,
  };
  if (options.toolVersion) {
    driver.version = options.toolVersion;
    driver.semanticVersion = options.toolVersion;
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
}

function sarifRule(id: string, meta: RuleMeta | undefined): Record<string, unknown> {
  const severity = meta?.severity ?? 'warning';
  const score = meta?.securitySeverity ?? DEFAULT_SECURITY_SEVERITY[severity];
  const prefix = id.split('/')[0] ?? id;
  const rule: Record<string, unknown> = {
    id,
    name: ruleName(id),
    shortDescription: { text: meta?.title.en ?? id },
    fullDescription: { text: meta?.why.en ?? id },
    help: {
      text: meta ? `${meta.why.en}\n\nFix: ${meta.fix.en}\n\n${meta.why.ko}\n\n수정: ${meta.fix.ko}` : id,
      markdown: meta
        ? `**${meta.title.en}** (${meta.title.ko})\n\n${meta.why.en}\n\n**Fix:** ${meta.fix.en}\n\n---\n\n${meta.why.ko}\n\n**수정:** ${meta.fix.ko}`
        : `\`${id}\``,
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { 'security-severity': score.toFixed(1), tags: ['security', prefix, meta?.target ?? 'parse'] },
  };
  if (meta?.refs?.url) rule.helpUri = meta.refs.url;
  return rule;
}

/** 'pss/runAsNonRoot' -> 'PssRunAsNonRoot'. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function sarifResult(f: Finding, file: string, ruleIndex: number, fingerprintInput: string, lines: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.messageEn ?? f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: hash64(fingerprintInput) },
    properties: { messageKo: f.message },
  };
  if (f.suppressed) {
    const suppression: Record<string, unknown> = { kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', status: 'accepted' };
    const reason = f.suppressed.line ? parseIgnoreComment(lines[f.suppressed.line - 1] ?? '')?.reason : undefined;
    if (reason) suppression.justification = reason;
    out.suppressions = [suppression];
  }
  return out;
}

/** A relative URI with forward slashes; characters outside the URI syntax are percent-encoded. */
export function artifactUri(file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** 64-bit FNV-1a style hash over UTF-16 units, as two 32-bit lanes; 16 hex digits. */
export function hash64(input: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ input.length;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) >>> 0;
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) >>> 0;
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
