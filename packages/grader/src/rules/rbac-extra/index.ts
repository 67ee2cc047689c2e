/** RBAC risk rules beyond the k8s/rbac-* set: workload creation and nodes/proxy, ordered by id. */
import type { YamlRule } from '../../rule';
import { rbacNodesProxy } from './nodes-proxy';
import { rbacWorkloadCreate } from './workload-create';

export const rbacExtraRules: YamlRule[] = [rbacNodesProxy, rbacWorkloadCreate];
