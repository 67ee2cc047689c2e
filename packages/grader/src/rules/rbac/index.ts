/** RBAC risk rules (rbac/*) on Roles, ClusterRoles and their bindings, ordered by id. */
import type { YamlRule } from '../../rule';
import { rbacAggregateToBuiltin } from './aggregate-to-builtin';
import { rbacBuiltinRoleBinding } from './builtin-role-binding';
import { rbacClusterAdminBinding } from './cluster-admin-binding';
import { rbacEscalateBindImpersonate } from './escalate-bind-impersonate';
import { rbacNodesProxy } from './nodes-proxy';
import { rbacPodsExec } from './pods-exec';
import { rbacSecretsRead } from './secrets-read';
import { rbacWildcard } from './wildcard';
import { rbacWorkloadCreate } from './workload-create';

export const rbacRules: YamlRule[] = [
  rbacAggregateToBuiltin,
  rbacBuiltinRoleBinding,
  rbacClusterAdminBinding,
  rbacEscalateBindImpersonate,
  rbacNodesProxy,
  rbacPodsExec,
  rbacSecretsRead,
  rbacWildcard,
  rbacWorkloadCreate,
];
