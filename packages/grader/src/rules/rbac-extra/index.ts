/** RBAC risk rules beyond the k8s/rbac-* set: aggregation into built-in roles, broad built-in roles, nodes/proxy, workload creation; ordered by id. */
import type { YamlRule } from '../../rule';
import { rbacAggregateToBuiltin } from './aggregate-to-builtin';
import { rbacBuiltinRoleBinding } from './builtin-role-binding';
import { rbacNodesProxy } from './nodes-proxy';
import { rbacWorkloadCreate } from './workload-create';

export const rbacExtraRules: YamlRule[] = [rbacAggregateToBuiltin, rbacBuiltinRoleBinding, rbacNodesProxy, rbacWorkloadCreate];
