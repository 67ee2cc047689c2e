/**
 * Every lab, in course order (chapter by chapter, in the order of the sections they follow).
 * Solutions are loaded on demand so the browser fetches them only when the learner asks for one.
 */
import { lab as auditPolicy } from './audit-policy/lab';
import { lab as capstone } from './capstone/lab';
import { lab as ciTrivyWorkflow } from './ci-trivy-workflow/lab';
import { lab as deploymentRepair } from './deployment-repair/lab';
import { lab as dockerRunFlags } from './docker-run-flags/lab';
import { lab as dockerfileBaseImage } from './dockerfile-base-image/lab';
import { lab as dockerfileNonroot } from './dockerfile-nonroot/lab';
import { lab as dockerfileSecrets } from './dockerfile-secrets/lab';
import { lab as namespacePssLabels } from './namespace-pss-labels/lab';
import { lab as networkpolicy } from './networkpolicy/lab';
import { lab as podSecurityContext } from './pod-security-context/lab';
import { lab as pssRestrictedPod } from './pss-restricted-pod/lab';
import { lab as rbacLeastPrivilege } from './rbac-least-privilege/lab';
import { lab as secretToEso } from './secret-to-eso/lab';
import type { LabMeta, LabSolutions } from './types';

export const labs: readonly LabMeta[] = [
  // container-security
  dockerRunFlags,
  dockerfileBaseImage,
  ciTrivyWorkflow,
  secretToEso,
  podSecurityContext,
  // kubernetes-security
  deploymentRepair,
  networkpolicy,
  rbacLeastPrivilege,
  auditPolicy,
  // hands-on
  dockerfileNonroot,
  dockerfileSecrets,
  capstone,
  namespacePssLabels,
  pssRestrictedPod,
];

export function getLab(id: string): LabMeta | undefined {
  return labs.find((l) => l.id === id);
}

const loaders: Record<string, () => Promise<{ solutions: LabSolutions }>> = {
  'docker-run-flags': () => import('./docker-run-flags/solutions'),
  'dockerfile-base-image': () => import('./dockerfile-base-image/solutions'),
  'ci-trivy-workflow': () => import('./ci-trivy-workflow/solutions'),
  'secret-to-eso': () => import('./secret-to-eso/solutions'),
  'pod-security-context': () => import('./pod-security-context/solutions'),
  'namespace-pss-labels': () => import('./namespace-pss-labels/solutions'),
  'deployment-repair': () => import('./deployment-repair/solutions'),
  networkpolicy: () => import('./networkpolicy/solutions'),
  'rbac-least-privilege': () => import('./rbac-least-privilege/solutions'),
  'audit-policy': () => import('./audit-policy/solutions'),
  'dockerfile-nonroot': () => import('./dockerfile-nonroot/solutions'),
  'dockerfile-secrets': () => import('./dockerfile-secrets/solutions'),
  capstone: () => import('./capstone/solutions'),
  'pss-restricted-pod': () => import('./pss-restricted-pod/solutions'),
};

/** The lab's solutions; rejects for an unknown id. */
export async function loadSolutions(id: string): Promise<LabSolutions> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!load) throw new Error(`알 수 없는 실습입니다: ${id}`);
  return (await load()).solutions;
}
