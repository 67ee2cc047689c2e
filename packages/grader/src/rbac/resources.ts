/**
 * Built-in Kubernetes resources: API group, scope and the short names kubectl accepts. Used where there is
 * no API server to ask (the can-i CLI resolving `deploy` to `deployments.apps`, audit/wrong-group).
 */
export interface ResourceInfo {
  /** Plural resource name as in RBAC rules ('deployments'). */
  resource: string;
  /** API group ('' = core). */
  group: string;
  namespaced: boolean;
  /** Kind and the short names kubectl accepts besides the plural ('Deployment', 'deploy'). */
  aliases: readonly string[];
}

const R = (resource: string, group: string, namespaced: boolean, ...aliases: string[]): ResourceInfo => ({ resource, group, namespaced, aliases });

export const BUILTIN_RESOURCES: readonly ResourceInfo[] = [
  R('pods', '', true, 'Pod', 'po'),
  R('services', '', true, 'Service', 'svc'),
  R('secrets', '', true, 'Secret'),
  R('configmaps', '', true, 'ConfigMap', 'cm'),
  R('serviceaccounts', '', true, 'ServiceAccount', 'sa'),
  R('endpoints', '', true, 'Endpoints', 'ep'),
  R('events', '', true, 'Event', 'ev'),
  R('persistentvolumeclaims', '', true, 'PersistentVolumeClaim', 'pvc'),
  R('replicationcontrollers', '', true, 'ReplicationController', 'rc'),
  R('limitranges', '', true, 'LimitRange', 'limits'),
  R('resourcequotas', '', true, 'ResourceQuota', 'quota'),
  R('podtemplates', '', true, 'PodTemplate'),
  R('namespaces', '', false, 'Namespace', 'ns'),
  R('nodes', '', false, 'Node', 'no'),
  R('persistentvolumes', '', false, 'PersistentVolume', 'pv'),
  R('deployments', 'apps', true, 'Deployment', 'deploy'),
  R('replicasets', 'apps', true, 'ReplicaSet', 'rs'),
  R('statefulsets', 'apps', true, 'StatefulSet', 'sts'),
  R('daemonsets', 'apps', true, 'DaemonSet', 'ds'),
  R('controllerrevisions', 'apps', true, 'ControllerRevision'),
  R('jobs', 'batch', true, 'Job'),
  R('cronjobs', 'batch', true, 'CronJob', 'cj'),
  R('horizontalpodautoscalers', 'autoscaling', true, 'HorizontalPodAutoscaler', 'hpa'),
  R('poddisruptionbudgets', 'policy', true, 'PodDisruptionBudget', 'pdb'),
  R('networkpolicies', 'networking.k8s.io', true, 'NetworkPolicy', 'netpol'),
  R('ingresses', 'networking.k8s.io', true, 'Ingress', 'ing'),
  R('ingressclasses', 'networking.k8s.io', false, 'IngressClass'),
  R('endpointslices', 'discovery.k8s.io', true, 'EndpointSlice'),
  R('roles', 'rbac.authorization.k8s.io', true, 'Role'),
  R('rolebindings', 'rbac.authorization.k8s.io', true, 'RoleBinding'),
  R('clusterroles', 'rbac.authorization.k8s.io', false, 'ClusterRole'),
  R('clusterrolebindings', 'rbac.authorization.k8s.io', false, 'ClusterRoleBinding'),
  R('leases', 'coordination.k8s.io', true, 'Lease'),
  R('storageclasses', 'storage.k8s.io', false, 'StorageClass', 'sc'),
  R('csidrivers', 'storage.k8s.io', false, 'CSIDriver'),
  R('volumeattachments', 'storage.k8s.io', false, 'VolumeAttachment'),
  R('customresourcedefinitions', 'apiextensions.k8s.io', false, 'CustomResourceDefinition', 'crd', 'crds'),
  R('validatingwebhookconfigurations', 'admissionregistration.k8s.io', false, 'ValidatingWebhookConfiguration'),
  R('mutatingwebhookconfigurations', 'admissionregistration.k8s.io', false, 'MutatingWebhookConfiguration'),
  R('validatingadmissionpolicies', 'admissionregistration.k8s.io', false, 'ValidatingAdmissionPolicy'),
  R('validatingadmissionpolicybindings', 'admissionregistration.k8s.io', false, 'ValidatingAdmissionPolicyBinding'),
  R('certificatesigningrequests', 'certificates.k8s.io', false, 'CertificateSigningRequest', 'csr'),
  R('priorityclasses', 'scheduling.k8s.io', false, 'PriorityClass', 'pc'),
  R('runtimeclasses', 'node.k8s.io', false, 'RuntimeClass'),
  R('tokenreviews', 'authentication.k8s.io', false, 'TokenReview'),
  R('selfsubjectaccessreviews', 'authorization.k8s.io', false, 'SelfSubjectAccessReview'),
  R('subjectaccessreviews', 'authorization.k8s.io', false, 'SubjectAccessReview'),
];

/**
 * The built-in resource a kubectl-style type names: plural, singular, kind or short name, case-insensitive,
 * optionally restricted to a group. Undefined when it is not a built-in resource.
 */
export function findResource(type: string, group?: string): ResourceInfo | undefined {
  const t = type.toLowerCase();
  return BUILTIN_RESOURCES.find(
    (r) =>
      (group === undefined || r.group === group) &&
      (r.resource === t || r.resource === `${t}s` || r.resource === `${t}es` || r.aliases.some((a) => a.toLowerCase() === t)),
  );
}

/** The group of a built-in plural resource name ('deployments' -> 'apps'), else undefined. */
export function groupOfResource(resource: string): string | undefined {
  return BUILTIN_RESOURCES.find((r) => r.resource === resource)?.group;
}
