import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchema, SCHEMA_FILE, serializeSchema, shortName } from './generate-schema';
import type { CompactSchema, SchemaType } from '../src/schema/types';

describe('generated Kubernetes schema', () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  const schema = JSON.parse(committed) as CompactSchema;

  it('is exactly what the generator produces from the installed kubernetes-models (no silent drift)', () => {
    expect(serializeSchema(generateSchema())).toBe(committed);
  });

  it('stays small', () => {
    expect(committed.length).toBeLessThan(400 * 1024);
  });

  it('covers the 17 course kinds', () => {
    expect(Object.keys(schema.kinds).sort()).toEqual(
      [
        'apps/v1 DaemonSet',
        'apps/v1 Deployment',
        'apps/v1 ReplicaSet',
        'apps/v1 StatefulSet',
        'batch/v1 CronJob',
        'batch/v1 Job',
        'networking.k8s.io/v1 NetworkPolicy',
        'rbac.authorization.k8s.io/v1 ClusterRole',
        'rbac.authorization.k8s.io/v1 ClusterRoleBinding',
        'rbac.authorization.k8s.io/v1 Role',
        'rbac.authorization.k8s.io/v1 RoleBinding',
        'v1 ConfigMap',
        'v1 Namespace',
        'v1 Pod',
        'v1 Secret',
        'v1 Service',
        'v1 ServiceAccount',
      ].sort(),
    );
    expect(schema.source).toBe('kubernetes-models@5.1.0');
  });

  it('keeps upstream facts: required fields, enums, int-or-string, quantity, maps', () => {
    const d = schema.definitions;
    expect(d['apps.v1.DeploymentSpec']!.required).toEqual(['selector', 'template']);
    expect(d['core.v1.PodSpec']!.required).toEqual(['containers']);
    expect(d['core.v1.Container']!.required).toEqual(['name']);
    expect(d['core.v1.SeccompProfile']!.properties!.type).toEqual({ enum: ['Localhost', 'RuntimeDefault', 'Unconfined'] });
    expect(d['core.v1.ServicePort']!.properties!.targetPort).toBe('int-or-string');
    expect(d['core.v1.ResourceRequirements']!.properties!.limits).toEqual({ values: 'quantity' } satisfies SchemaType);
    expect(d['meta.v1.ObjectMeta']!.properties!.labels).toEqual({ values: 'string' });
    expect(d['core.v1.SecurityContext']!.properties!.capabilities).toBe('#core.v1.Capabilities');
    expect(d['core.v1.PodSecurityContext']!.properties!.capabilities).toBeUndefined();
    expect(d['meta.v1.FieldsV1']).toEqual({ properties: {}, open: true });
  });

  it('every reference resolves', () => {
    const refs = new Set<string>();
    const collect = (t: SchemaType): void => {
      if (typeof t === 'string') {
        if (t.startsWith('#')) refs.add(t.slice(1));
      } else if ('items' in t) collect(t.items);
      else if ('values' in t) collect(t.values);
    };
    for (const def of Object.values(schema.definitions)) {
      for (const t of Object.values(def.properties ?? {})) collect(t);
      if (def.alias) collect(def.alias);
    }
    for (const r of refs) expect(schema.definitions[r], r).toBeDefined();
    for (const k of Object.values(schema.kinds)) expect(schema.definitions[k], k).toBeDefined();
  });

  it('shortens upstream names', () => {
    expect(shortName('IoK8sApiCoreV1Container')).toBe('core.v1.Container');
    expect(shortName('IoK8sApimachineryPkgApisMetaV1ObjectMeta')).toBe('meta.v1.ObjectMeta');
    expect(shortName('IoK8sApiRbacV1PolicyRule')).toBe('rbac.v1.PolicyRule');
    expect(shortName('IoK8sApiNetworkingV1NetworkPolicy')).toBe('networking.v1.NetworkPolicy');
  });
});
