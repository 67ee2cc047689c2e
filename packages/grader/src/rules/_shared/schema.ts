/** Shared by the schema/* rules: the rule shape over one schema analysis per object, and example manifests. */
import type { YamlRule } from '../../rule';
import { analyze, type SchemaRuleId } from '../../schema/validate';
import type { RuleMeta } from '../../types';

type Meta = RuleMeta & { target: 'kubernetes'; id: SchemaRuleId };

export function schemaRule(meta: Meta): YamlRule {
  return {
    meta,
    check(obj, ctx) {
      for (const issue of analyze(obj)) {
        if (issue.ruleId !== meta.id) continue;
        ctx.report({
          messageId: issue.messageId,
          ...(issue.data ? { data: issue.data } : {}),
          range: issue.range,
          ...(issue.severity ? { severity: issue.severity } : {}),
        });
      }
    },
  };
}

export const DEPLOYMENT_OK = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: app
          image: registry.example.com/app:1.0.0
`;

export const POD = (containerExtra: string, podExtra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
${podExtra}  containers:
    - name: app
      image: registry.example.com/app:1.0.0
${containerExtra}`;
