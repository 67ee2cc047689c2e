import { describe, expect, it } from 'vitest';
import { findRemovedApi, REMOVED_APIS } from './deprecated';

describe('findRemovedApi', () => {
  it('knows the removals the course mentions', () => {
    expect(findRemovedApi('policy/v1beta1', 'PodSecurityPolicy')).toMatchObject({ replacement: null, removedIn: 'Kubernetes 1.25' });
    expect(findRemovedApi('extensions/v1beta1', 'Deployment')).toMatchObject({ replacement: 'apps/v1', removedIn: 'Kubernetes 1.16' });
    expect(findRemovedApi('extensions/v1beta1', 'Ingress')).toMatchObject({ replacement: 'networking.k8s.io/v1', removedIn: 'Kubernetes 1.22' });
    expect(findRemovedApi('apps/v1beta2', 'StatefulSet')?.replacement).toBe('apps/v1');
    expect(findRemovedApi('batch/v1beta1', 'CronJob')).toMatchObject({ replacement: 'batch/v1', removedIn: 'Kubernetes 1.25' });
    expect(findRemovedApi('rbac.authorization.k8s.io/v1beta1', 'ClusterRoleBinding')?.replacement).toBe('rbac.authorization.k8s.io/v1');
    expect(findRemovedApi('networking.k8s.io/v1beta1', 'Ingress')?.replacement).toBe('networking.k8s.io/v1');
    expect(findRemovedApi('external-secrets.io/v1beta1', 'ClusterSecretStore')?.replacement).toBe('external-secrets.io/v1');
  });

  it('leaves current apiVersions and unrelated kinds alone', () => {
    expect(findRemovedApi('apps/v1', 'Deployment')).toBeUndefined();
    expect(findRemovedApi('policy/v1', 'PodDisruptionBudget')).toBeUndefined();
    expect(findRemovedApi('batch/v1beta1', 'Job')).toBeUndefined();
    expect(findRemovedApi('external-secrets.io/v1', 'ExternalSecret')).toBeUndefined();
  });

  it('has no duplicate entries', () => {
    const keys = REMOVED_APIS.flatMap((r) => (r.kinds === '*' ? [`${r.apiVersion} *`] : r.kinds.map((k) => `${r.apiVersion} ${k}`)));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
