/**
 * Pod Security Standards as kubernetes/pod-security-admission implements them, with versioned
 * behaviour from v1.0 to v1.37. See ./registry.ts for the evaluator and ./checks/ for the checks.
 */
export { pssRules, podTemplateOf, policyFor, ENFORCE_LABEL, ENFORCE_VERSION_LABEL } from './rules';
export type { Policy, PodTemplate } from './rules';
export { evaluatePod, aggregateForbidden, checksFor, CHECKS } from './registry';
export { parseVersion, isValidVersion, compareVersions, formatMinor, LATEST_MINOR } from './versions';
export type { PolicyVersion } from './versions';
export type { Check, CheckResult, Location, VersionedCheck } from './types';
