import { asArray, asRecord } from '../../k8s';
import type { YamlRule } from '../../rule';
import { getIn } from '../../yaml/document';
import { netpolContext, netpolExample } from '../_shared/netpol-context';

const FROM_OR =
  'podSelector:\n  matchLabels:\n    app: api\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: frontend\n      - podSelector:\n          matchLabels:\n            app: web';
const FROM_AND =
  'podSelector:\n  matchLabels:\n    app: api\ningress:\n  - from:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: frontend\n        podSelector:\n          matchLabels:\n            app: web';

export const orNotAnd: YamlRule = {
  meta: {
    id: 'netpol/or-not-and',
    severity: 'info',
    target: 'kubernetes',
    title: { ko: 'from/to의 두 항목은 OR: AND를 의도했는지 확인', en: 'Two from/to items are ORed: check whether AND was meant' },
    why: {
      ko: 'from/to 목록의 항목들은 OR입니다. "- namespaceSelector" 다음에 "- podSelector"를 따로 쓰면 "그 Namespace의 모든 Pod" 또는 "정책과 같은 Namespace의 그 Pod"를 허용해, "그 Namespace의 그 Pod만"보다 훨씬 넓게 엽니다.',
      en: 'Items of a from/to list are ORed. "- namespaceSelector" followed by a separate "- podSelector" allows every pod of that namespace or those pods of the policy\'s own namespace, far more than "those pods of that namespace".',
    },
    fix: {
      ko: 'AND를 의도했다면 두 번째 selector 앞의 "-"를 지워 한 항목 안에 namespaceSelector와 podSelector를 함께 쓰세요. OR가 의도라면 이 알림은 무시해도 됩니다.',
      en: 'If AND was meant, remove the "-" before the second selector so both are in one item. If OR is intended, ignore this notice.',
    },
    refs: { url: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors' },
    securitySeverity: 3.0,
    messages: {
      orNotAnd: {
        ko: '{{listKey}}의 {{first}}번째 항목({{a}})과 {{second}}번째 항목({{b}})은 OR입니다. "그 Namespace의 그 Pod만"을 의도했다면 두 selector를 한 항목에 함께 쓰세요.',
        en: 'Items {{first}} ({{a}}) and {{second}} ({{b}}) of {{listKey}} are ORed; to allow only those pods of that namespace, put both selectors in one item.',
      },
    },
    examples: {
      good: [{ file: 'netpol.yaml', text: netpolExample('api-ingress', 'production', FROM_AND) }],
      bad: [
        {
          file: 'netpol.yaml',
          text: netpolExample('api-ingress', 'production', FROM_OR),
          errors: [{ messageId: 'orNotAnd', line: 15, column: 11, endLine: 15, endColumn: 22 }],
        },
      ],
    },
  },
  check(obj, ctx, input) {
    if (obj.kind !== 'NetworkPolicy') return;
    const pol = netpolContext(input).policyOf.get(obj);
    if (!pol) return;
    for (const rule of [...pol.ingress, ...pol.egress]) {
      const listKey = rule.path[1] === 'ingress' ? 'from' : 'to';
      const items = asArray(getIn(obj.value, [...rule.path, listKey]));
      for (let j = 0; j + 1 < items.length; j++) {
        const a = soleSelector(items[j]);
        const b = soleSelector(items[j + 1]);
        if (!a || !b || a === b) continue;
        ctx.report({
          messageId: 'orNotAnd',
          data: { listKey, first: j + 1, a, second: j + 2, b },
          range: obj.keyRange([...rule.path, listKey, j + 1, b]),
        });
        j++;
      }
    }
  },
};

/** 'namespaceSelector' or 'podSelector' when the item has only that key and its selector is not empty. */
function soleSelector(item: unknown): 'namespaceSelector' | 'podSelector' | null {
  const rec = asRecord(item);
  if (!rec) return null;
  const keys = Object.keys(rec);
  if (keys.length !== 1 || (keys[0] !== 'namespaceSelector' && keys[0] !== 'podSelector')) return null;
  const sel = asRecord(rec[keys[0]]);
  // An empty selector ({} or empty matchLabels) would make the AND reading pointless: not reported.
  const empty = (v: unknown) => v == null || (typeof v === 'object' && Object.keys(v).length === 0);
  if (!sel || Object.values(sel).every(empty)) return null;
  return keys[0];
}
