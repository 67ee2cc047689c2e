/** Output formats. Pure functions of a GradeResult (and the sources, for code frames): usable in the browser. */
import { ruleMeta } from '../registry';
import type { GradeResult, SourceFile } from '../types';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface FormatOptions {
  sources?: readonly SourceFile[];
  color?: boolean;
  toolVersion?: string;
  informationUri?: string;
}

export function formatResult(result: GradeResult, format: OutputFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, { ...options, ruleMeta });
    default:
      return formatText(result, options);
  }
}

export { formatJson } from './json';
export { artifactUri, DEFAULT_INFORMATION_URI, FINGERPRINT_KEY, formatSarif, hash64, sarifLog, type SarifFormatOptions } from './sarif';
export { failingCount, summarize, type Summary } from './summary';
export { codeFrame, formatText, type TextFormatOptions } from './text';
