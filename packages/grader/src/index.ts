/** Public API of the validation library (pure TypeScript: browser and CLI). */
export { grade, gradeWith, yamlTarget } from './engine';
export { baseName, detectLanguage, isGradableName } from './detect';
export { allMetas, allRules, ruleMeta } from './registry';
export { isValidPattern, matchesAny, matchesPattern, parseIgnoreComment, splitPatterns } from './select';
export * from './format/index';
export type { DockerfileRule, Rule, YamlInput, YamlRule } from './rule';
export type {
  Example,
  FileLanguage,
  FileResult,
  Finding,
  GradeOptions,
  GradeResult,
  PssLevel,
  Range,
  Report,
  RuleContext,
  RuleMeta,
  RuleTarget,
  Severity,
  SourceFile,
  Text,
} from './types';
