/**
 * File type detection: by base name first, by content when the name says nothing
 * (stdin `-`, extensionless names, unknown extensions).
 */
import type { FileLanguage } from './types';

const DOCKERFILE_INSTRUCTIONS = [
  'FROM',
  'ARG',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
];
const INSTRUCTION_LINE = new RegExp(`^(?:${DOCKERFILE_INSTRUCTIONS.join('|')})(?:\\s|$)`, 'i');

/** The last path segment, for both `/` and `\` separators. */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? name;
}

/** Language chosen from the name alone, or null when the name does not decide it. */
export function languageFromName(name: string): Exclude<FileLanguage, 'unknown'> | null {
  const lower = baseName(name).toLowerCase();
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) {
    return 'dockerfile';
  }
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.sh')) return 'shell';
  // `*.pem` or `!keep` would read as YAML aliases and tags: a .dockerignore is never sniffed
  if (lower === '.dockerignore' || lower.endsWith('.dockerignore')) return 'ignore';
  return null;
}

/**
 * Content sniffing: a Dockerfile starts (after blank lines, comments and parser
 * directives) with an instruction keyword followed by whitespace; everything else is YAML.
 * Only the first 64 KB are looked at.
 */
export function sniffLanguage(text: string): 'dockerfile' | 'yaml' {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '');
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return INSTRUCTION_LINE.test(line) && !/^[A-Za-z]+:/.test(line) ? 'dockerfile' : 'yaml';
  }
  return 'yaml';
}

export function detectLanguage(name: string, text: string): Exclude<FileLanguage, 'unknown'> {
  return languageFromName(name) ?? sniffLanguage(text);
}

/** Does a directory walk pick this file up? (Dockerfiles and YAML only.) */
export function isGradableName(name: string): boolean {
  const lang = languageFromName(name);
  return lang === 'dockerfile' || lang === 'yaml';
}
