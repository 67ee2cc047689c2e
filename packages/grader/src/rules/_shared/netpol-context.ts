/**
 * The scenario the netpol/* rules share: built once per grading call from every object of every
 * YAML file (the engine hands each rule the same frozen `objects` array), with per-pod DNS answers
 * memoised so that many policies over many pods stay bounded.
 */
import { dnsAccess } from '../../netpol/evaluate';
import { buildScenario, type PodInfo, type Policy, type Scenario } from '../../netpol/model';
import type { YamlInput } from '../../rule';
import type { K8sObject } from '../../yaml/document';

export interface NetpolContext {
  scenario: Scenario;
  policyOf: ReadonlyMap<K8sObject, Policy>;
  /** UDP and TCP 53 to the DNS pod, memoised per pod of the scenario. */
  dns(pod: PodInfo): { udp: boolean; tcp: boolean };
}

const cache = new WeakMap<readonly K8sObject[], NetpolContext>();

export function netpolContext(input: YamlInput): NetpolContext {
  const hit = cache.get(input.objects);
  if (hit) return hit;
  const scenario = buildScenario(input.objects);
  const policyOf = new Map<K8sObject, Policy>();
  for (const p of scenario.policies) if (p.obj) policyOf.set(p.obj, p);
  const memo = new Map<PodInfo, { udp: boolean; tcp: boolean }>();
  const ctx: NetpolContext = {
    scenario,
    policyOf,
    dns(pod) {
      let v = memo.get(pod);
      if (!v) {
        v = dnsAccess(scenario, pod);
        if (scenario.podsById.get(pod.id) === pod) memo.set(pod, v);
      }
      return v;
    },
  };
  cache.set(input.objects, ctx);
  return ctx;
}

const NETPOL_HEAD = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n';

/** A NetworkPolicy document for rule examples. */
export function netpolExample(name: string, namespace: string, spec: string): string {
  return `${NETPOL_HEAD}  name: ${name}\n  namespace: ${namespace}\nspec:\n${spec.replace(/^(?=.)/gm, '  ')}\n`;
}
