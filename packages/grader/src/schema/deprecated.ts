/**
 * apiVersions that are no longer served, with their replacement.
 * Kubernetes: https://kubernetes.io/docs/reference/using-api/deprecation-guide/
 * PodSecurityPolicy: https://kubernetes.io/docs/concepts/security/pod-security-policy/
 * External Secrets Operator v0.17.0 stopped serving v1beta1:
 *   https://github.com/external-secrets/external-secrets/releases/tag/v0.17.0
 */
export interface RemovedApi {
  apiVersion: string;
  /** The kinds this entry covers; '*' for every kind of the apiVersion. */
  kinds: readonly string[] | '*';
  /** The apiVersion to use instead, or null when the kind itself is gone. */
  replacement: string | null;
  /** Where it stopped being served, e.g. 'Kubernetes 1.25'. */
  removedIn: string;
  /** Extra advice (Korean, English). */
  note?: { ko: string; en: string };
}

const WORKLOADS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'];
const RBAC = ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'];
const PSA = {
  ko: 'PodSecurityPolicy는 없어졌습니다. Namespace 라벨로 Pod Security Admission(pod-security.kubernetes.io/enforce)을 쓰세요.',
  en: 'PodSecurityPolicy is gone: use Pod Security Admission labels on the Namespace (pod-security.kubernetes.io/enforce).',
};

export const REMOVED_APIS: readonly RemovedApi[] = [
  { apiVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], replacement: null, removedIn: 'Kubernetes 1.25', note: PSA },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], replacement: null, removedIn: 'Kubernetes 1.16', note: PSA },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], replacement: 'policy/v1', removedIn: 'Kubernetes 1.25' },
  { apiVersion: 'extensions/v1beta1', kinds: WORKLOADS, replacement: 'apps/v1', removedIn: 'Kubernetes 1.16' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], replacement: 'networking.k8s.io/v1', removedIn: 'Kubernetes 1.16' },
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], replacement: 'networking.k8s.io/v1', removedIn: 'Kubernetes 1.22' },
  { apiVersion: 'apps/v1beta1', kinds: WORKLOADS, replacement: 'apps/v1', removedIn: 'Kubernetes 1.16' },
  { apiVersion: 'apps/v1beta2', kinds: WORKLOADS, replacement: 'apps/v1', removedIn: 'Kubernetes 1.16' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], replacement: 'batch/v1', removedIn: 'Kubernetes 1.25' },
  { apiVersion: 'batch/v2alpha1', kinds: ['CronJob'], replacement: 'batch/v1', removedIn: 'Kubernetes 1.21' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: RBAC, replacement: 'rbac.authorization.k8s.io/v1', removedIn: 'Kubernetes 1.22' },
  { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kinds: RBAC, replacement: 'rbac.authorization.k8s.io/v1', removedIn: 'Kubernetes 1.22' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], replacement: 'networking.k8s.io/v1', removedIn: 'Kubernetes 1.22' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], replacement: 'autoscaling/v2', removedIn: 'Kubernetes 1.25' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], replacement: 'autoscaling/v2', removedIn: 'Kubernetes 1.26' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: '*', replacement: 'admissionregistration.k8s.io/v1', removedIn: 'Kubernetes 1.22' },
  { apiVersion: 'external-secrets.io/v1beta1', kinds: '*', replacement: 'external-secrets.io/v1', removedIn: 'External Secrets Operator v0.17' },
  { apiVersion: 'external-secrets.io/v1alpha1', kinds: '*', replacement: 'external-secrets.io/v1', removedIn: 'External Secrets Operator v0.17' },
];

export function findRemovedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return REMOVED_APIS.find((r) => r.apiVersion === apiVersion && (r.kinds === '*' || r.kinds.includes(kind)));
}
