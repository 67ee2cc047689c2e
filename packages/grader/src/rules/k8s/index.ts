/** Kubernetes course rules (k8s/*) and RBAC risk rules (rbac/*), ordered by id. */
import type { YamlRule } from '../../rule';
import { automountSaToken } from './automount-sa-token';
import { envSecretValue } from './env-secret-value';
import { imageTag } from './image-tag';
import { rbacClusterAdminBinding } from './rbac-cluster-admin-binding';
import { rbacEscalateBindImpersonate } from './rbac-escalate-bind-impersonate';
import { rbacPodsExec } from './rbac-pods-exec';
import { rbacSecretsRead } from './rbac-secrets-read';
import { rbacWildcard } from './rbac-wildcard';
import { readonlyRootfs } from './readonly-rootfs';
import { resources } from './resources';
import { secretStringdata } from './secret-stringdata';

export const k8sRules: YamlRule[] = [
  automountSaToken,
  envSecretValue,
  imageTag,
  readonlyRootfs,
  resources,
  secretStringdata,
  rbacClusterAdminBinding,
  rbacEscalateBindImpersonate,
  rbacPodsExec,
  rbacSecretsRead,
  rbacWildcard,
];
