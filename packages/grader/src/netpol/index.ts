/**
 * NetworkPolicy connectivity: what the cluster would let through, for grading by behaviour.
 *
 * ```ts
 * import { buildScenario, isAllowed, truthTable } from '@/packages/grader/src/netpol';
 * const s = buildScenario(objects);          // K8sObjects (parseYaml(...).objects) or plain manifest values
 * isAllowed(s, { from: 'frontend/web', to: 'production/api', protocol: 'TCP', port: 8080 }); // boolean
 * evaluate(s, query);                        // the same with the deciding policies per direction
 * truthTable(s, { probes, externals, pods }); // every source x destination x probe (capped: tooLarge)
 * ```
 *
 * The scenario: Namespaces (labels plus the automatic `kubernetes.io/metadata.name`), pods (each Pod,
 * and the pod template of each Deployment/StatefulSet/DaemonSet/ReplicaSet/ReplicationController/Job/
 * CronJob as one pod named after the workload; objects without a namespace are in `default`) and
 * networking.k8s.io/v1 NetworkPolicies. When no kube-system pod labelled `k8s-app=kube-dns` is given,
 * an implicit `kube-system/kube-dns` (UDP 53 `dns`, TCP 53 `dns-tcp`) stands in, so DNS egress can
 * be checked. Pods have no IP addresses in a static scenario: ipBlock peers are evaluated against
 * explicit IP endpoints (8.8.8.8 for "the internet", and addresses on both sides of every ipBlock),
 * never against pods. A pod talking to itself is always allowed. Functions never throw.
 */
export { buildScenario, namespaceLabels, NAME_LABEL, PROTOCOLS } from './model';
export type { ContainerPort, NamespaceInfo, Peer, PodInfo, Policy, PolicyRule, PortSpec, Protocol, Scenario, ScenarioInput } from './model';
export { dnsAccess, endpoint, evaluate, isAllowed, isolatingPolicies } from './evaluate';
export type { ConnectionQuery, DirectionVerdict, Endpoint, Verdict } from './evaluate';
export { defaultExternals, defaultProbes, EXTERNAL_SAMPLE, formatMatrix, MAX_CONNECTIONS, truthTable } from './table';
export type { Connection, Probe, TableOptions, TruthTable } from './table';
export { describeSelector, matches, parseSelector } from './selector';
export type { Labels, Selector } from './selector';
