/**
 * The rule groups: one per id prefix and rule folder, in the order the /rules page shows them, with their
 * titles. The contract test checks that every rule's prefix is a group here and every group has rules.
 */
import type { Text } from '../types';

export interface RuleGroup {
  /** The id prefix (`docker` for `docker/user-root`), also the folder of its rules under src/rules/. */
  id: string;
  title: Text;
}

export const ruleGroups: readonly RuleGroup[] = [
  { id: 'docker', title: { ko: 'Dockerfile', en: 'Dockerfile' } },
  { id: 'k8s', title: { ko: 'Kubernetes 매니페스트', en: 'Kubernetes manifest' } },
  { id: 'pss', title: { ko: 'Pod Security Standards', en: 'Pod Security Standards' } },
  { id: 'rbac', title: { ko: 'RBAC 권한', en: 'RBAC' } },
  { id: 'netpol', title: { ko: 'NetworkPolicy', en: 'NetworkPolicy' } },
  { id: 'audit', title: { ko: '감사 정책(Audit Policy)', en: 'Audit policy' } },
  { id: 'gha', title: { ko: 'GitHub Actions 워크플로', en: 'GitHub Actions workflows' } },
  { id: 'schema', title: { ko: 'Kubernetes 스키마', en: 'Kubernetes schema' } },
  { id: 'parse', title: { ko: '파싱', en: 'Parsing' } },
  { id: 'internal', title: { ko: '채점기 내부', en: 'Grader internals' } },
];

/** The group of a rule id, or undefined for an id outside every group. */
export function groupOf(id: string): RuleGroup | undefined {
  const prefix = id.slice(0, id.indexOf('/'));
  return ruleGroups.find((g) => g.id === prefix);
}
