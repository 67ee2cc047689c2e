/**
 * The corrected course samples, in one place: the chapters include them (```yaml sample="<id>"```), the lab
 * answers and the grader tests import them. Pure data (no fs), safe in the browser.
 */
import { auditPolicy } from './audit-policy';
import { deploymentApp, deploymentAppSecret } from './deployment-app';
import { dockerfileDistroless } from './dockerfile-distroless';
import { dockerfileNode } from './dockerfile-node';
import { dockerfileNonroot } from './dockerfile-nonroot';
import { esoSecretStore } from './eso-secret-store';
import { namespaceProduction } from './namespace-production';
import { netpolApp } from './netpol-app';
import { netpolDefaultDeny } from './netpol-default-deny';
import { podIsolated } from './pod-isolated';
import { podNginxUnprivileged } from './pod-nginx-unprivileged';
import { podSecureApp } from './pod-secure-app';
import { rbacDeveloper } from './rbac-developer';
import { rbacOperator } from './rbac-operator';
import type { CourseSample } from './types';
import { workflowSecurityScan } from './workflow-security-scan';

export type { CourseSample, SampleLanguage } from './types';
export { NGINX_UNPRIVILEGED_IMAGE } from './pod-nginx-unprivileged';

const ALL: readonly CourseSample[] = [
  dockerfileNode,
  workflowSecurityScan,
  esoSecretStore,
  podSecureApp,
  namespaceProduction,
  deploymentApp,
  deploymentAppSecret,
  podIsolated,
  netpolDefaultDeny,
  netpolApp,
  rbacDeveloper,
  rbacOperator,
  dockerfileDistroless,
  auditPolicy,
  dockerfileNonroot,
  podNginxUnprivileged,
];

/** Every sample by id. */
export const SAMPLES: Readonly<Record<string, CourseSample>> = Object.fromEntries(ALL.map((sample) => [sample.id, sample]));

/** The sample `id`; throws naming the known ids, for build-time includes and tests. */
export function sample(id: string): CourseSample {
  const found = SAMPLES[id];
  if (!found) throw new Error(`unknown course sample "${id}" (known: ${Object.keys(SAMPLES).join(', ')})`);
  return found;
}

const join = (...texts: string[]) => texts.join('---\n');

/**
 * The corrected samples of ../shared/ERRATA.md section 2 as the course teaches them, keyed by ERRATA section,
 * for the tests that check that the graders accept them.
 */
export const ERRATA_SAMPLES: Readonly<Record<'2.3' | '2.4' | '2.5' | '2.6' | '2.7', string>> = {
  '2.3': join(namespaceProduction.text, deploymentAppSecret.text),
  '2.4': podNginxUnprivileged.text,
  '2.5': join(netpolDefaultDeny.text, netpolApp.text),
  '2.6': esoSecretStore.text,
  '2.7': auditPolicy.text,
};

export {
  auditPolicy,
  deploymentApp,
  deploymentAppSecret,
  dockerfileDistroless,
  dockerfileNode,
  dockerfileNonroot,
  esoSecretStore,
  namespaceProduction,
  netpolApp,
  netpolDefaultDeny,
  podIsolated,
  podNginxUnprivileged,
  podSecureApp,
  rbacDeveloper,
  rbacOperator,
  workflowSecurityScan,
};
