/** Learner-facing documentation of one check, turned into RuleMeta by ./rules.ts. */
import type { BadExample, Example, Text } from '../../types';
import type { Check } from '../../pss/types';

export interface CheckDoc {
  title: Text;
  why: Text;
  fix: Text;
  /** Anchor on kubernetes.io's Pod Security Standards page. */
  anchor: 'baseline' | 'restricted';
  securitySeverity: number;
  examples: { good: Example[]; bad: BadExample[] };
}

export interface PssCheckModule {
  check: Check;
  doc: CheckDoc;
}

/** A Pod manifest with the given spec body (YAML, indented under `spec:`), for examples. */
export function podYaml(spec: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
${spec}`;
}

/** A Namespace with an enforce label, followed by a Pod in it. */
export function inNamespace(level: string, pod: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: demo-ns
  labels:
    pod-security.kubernetes.io/enforce: ${level}
---
${pod.replace('metadata:\n  name: demo', 'metadata:\n  name: demo\n  namespace: demo-ns')}`;
}

/** Restricted-compliant pod spec body (one container `app`) with optional extra lines at fixed spots. */
export function restrictedSpec(opts: { podExtra?: string; containerExtra?: string; scExtra?: string; tail?: string } = {}): string {
  return `  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
${opts.podExtra ?? ''}  containers:
    - name: app
      image: registry.example.com/app:1.0.0
${opts.containerExtra ?? ''}      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: ["ALL"]
${opts.scExtra ?? ''}${opts.tail ?? ''}`;
}
