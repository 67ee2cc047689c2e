/**
 * Test fixtures (used by *.test.ts only): the upstream e2e scenario (namespaces x, y, z with pods
 * a, b, c) and a compact grid view of a truth table for exact assertions.
 */
import { parseYaml } from '../src/yaml/document';
import { buildScenario, type Scenario } from '../src/netpol/model';
import { truthTable, type Probe, type TableOptions } from '../src/netpol/table';

export const XYZ_PODS = ['x/a', 'x/b', 'x/c', 'y/a', 'y/b', 'y/c', 'z/a', 'z/b', 'z/c'];

/**
 * Namespaces x, y, z (label ns=<name>), pods a, b, c (label pod=<name>) serving TCP 80, TCP 81 and UDP 80.
 * "y" is quoted: kubectl reads a bare y as the boolean true (YAML 1.1).
 */
export function xyzManifests(): string {
  const docs: string[] = [];
  for (const ns of ['x', 'y', 'z']) {
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: '${ns}'\n  labels:\n    ns: '${ns}'\n`);
    for (const pod of ['a', 'b', 'c']) {
      docs.push(
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${pod}\n  namespace: '${ns}'\n  labels:\n    pod: ${pod}\nspec:\n  containers:\n` +
          `    - name: cont\n      image: registry.k8s.io/e2e-test-images/agnhost:2.53\n      ports:\n` +
          `        - { name: serve-80-tcp, containerPort: 80 }\n        - { name: serve-81-tcp, containerPort: 81 }\n` +
          `        - { name: serve-80-udp, containerPort: 80, protocol: UDP }\n`,
      );
    }
  }
  return docs.join('---\n');
}

/** Parse YAML text (must parse) into a scenario. */
export function scenarioOf(...texts: string[]): Scenario {
  const objects = texts.flatMap((t, i) => {
    const parsed = parseYaml(`f${i}.yaml`, t);
    if (parsed.findings.length) throw new Error(`fixture does not parse: ${parsed.findings.map((f) => f.message).join('; ')}`);
    return parsed.objects;
  });
  return buildScenario(objects);
}

/** The x/y/z scenario plus the given NetworkPolicies. */
export function xyz(...policies: string[]): Scenario {
  return scenarioOf(xyzManifests(), ...policies);
}

/**
 * One probe of a truth table as rows `from  cells`: one character per destination in endpoint
 * order, '.' allowed, 'X' blocked, '-' not probed (external to external).
 */
export function grid(s: Scenario, probe: Probe, opts: Omit<TableOptions, 'probes'> = { pods: XYZ_PODS, externals: [] }): string[] {
  const t = truthTable(s, { ...opts, probes: [probe] });
  const cell = new Map(t.connections.map((c) => [`${c.from} ${c.to}`, c.allowed]));
  const w = Math.max(...t.endpoints.map((e) => e.length));
  return t.endpoints.map(
    (from) => `${from.padEnd(w)} ${t.endpoints.map((to) => (cell.has(`${from} ${to}`) ? (cell.get(`${from} ${to}`) ? '.' : 'X') : '-')).join('')}`,
  );
}

/** A NetworkPolicy document. */
export function policy(ns: string, name: string, spec: string): string {
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: '${ns}'\nspec:\n${spec
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n')}\n`;
}
