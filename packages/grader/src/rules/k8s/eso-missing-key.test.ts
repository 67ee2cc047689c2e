import { describe, expect, it } from 'vitest';
import { grade } from '../../engine';
import { parseYaml } from '../../yaml/document';
import { at, runRules, yaml } from '../../../test/yaml-rules';
import { checkEsoKey, esoMissingKey } from './eso-missing-key';

const run = (t: string) => runRules([esoMissingKey], t);
const FIX = 'data의 secretKey, dataFrom의 rewrite, target.template 가운데 하나로 키를 맞추세요.';

/** A Deployment in production reading `key` of Secret app-secrets (lines 1-15). */
const deployment = (key: string, extra = '') =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: app',
    '  namespace: production',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: registry.example.com/myapp:1.0.0',
    '          env:',
    '            - name: DB_PASSWORD',
    `              valueFrom: {secretKeyRef: {name: app-secrets, key: ${key}}}`,
    `${extra}---`,
  );
/** An ExternalSecret for app-secrets in production with the given spec lines after secretStoreRef. */
const es = (...spec: string[]) =>
  yaml(
    'apiVersion: external-secrets.io/v1',
    'kind: ExternalSecret',
    'metadata:',
    '  name: app-secrets',
    '  namespace: production',
    'spec:',
    '  secretStoreRef: {name: aws-secrets-manager, kind: SecretStore}',
    ...spec,
  );
const DATA = ['  data:', '    - secretKey: database-password', '      remoteRef: {key: production/database, property: password}'];

describe('k8s/eso-missing-key', () => {
  it('stays silent when the key is made, or cannot be known', () => {
    expect(run(deployment('database-password') + es(...DATA))).toEqual([]);
    // dataFrom: which keys the remote secret has is outside the manifest
    expect(run(deployment('password') + es('  dataFrom:', '    - extract: {key: production/database}'))).toEqual([]);
    // template reading a fetched key; Merge keeps the fetched keys too
    expect(
      run(
        deployment('url') +
          es(
            '  target:',
            '    template:',
            '      data:',
            '        url: "postgres://app:{{ .pw | urlquery }}@db/app"',
            ...DATA.map((l) => l.replace('database-password', 'pw')),
          ),
      ),
    ).toEqual([]);
    expect(run(deployment('database-password') + es('  target:', '    template:', '      mergePolicy: Merge', '      data: {extra: "x"}', ...DATA))).toEqual(
      [],
    );
    // other Secrets, other namespaces, optional references, creationPolicy that leaves the Secret to others
    expect(run(deployment('password').replace('name: app-secrets', 'name: other') + es(...DATA))).toEqual([]);
    expect(run(deployment('password') + es(...DATA).replace('namespace: production', 'namespace: staging'))).toEqual([]);
    expect(run(deployment('password').replace('key: password}', 'key: password, optional: true}') + es(...DATA))).toEqual([]);
    expect(run(deployment('password') + es('  target: {creationPolicy: Merge}', ...DATA))).toEqual([]);
    // an ExternalSecret without consumers
    expect(run(es(...DATA))).toEqual([]);
  });

  it('points at data when the key a Deployment reads is not among the keys ESO makes', () => {
    const f = run(deployment('password') + es(...DATA));
    expect(f.map(at)).toEqual(['k8s/eso-missing-key@23:3-23:7']);
    expect(f[0]!.message).toBe(
      `Secret "app-secrets"에 Deployment "app"이(가) 참조하는 키 "password"가 생기지 않습니다. ESO가 만드는 키는 "database-password"뿐입니다. ${FIX}`,
    );
    expect(f[0]!.messageEn).toBe(
      'The Secret "app-secrets" gets no key "password", which Deployment "app" references. ESO creates only "database-password". Match the key with a data secretKey, a dataFrom rewrite or target.template.',
    );
    expect(f[0]!.severity).toBe('warning');
  });

  it('reads target.name, volume items and projected sources, once per key', () => {
    const volumes = [
      '          volumeMounts: [{name: creds, mountPath: /creds}]',
      '      volumes:',
      '        - name: creds',
      '          secret: {secretName: db, items: [{key: tls.crt, path: c}, {key: password, path: p}]}',
      '        - name: both',
      '          projected: {sources: [{secret: {name: db, items: [{key: ca.crt, path: ca}]}}]}',
      '',
    ].join('\n');
    const text = deployment('password', volumes).replace('name: app-secrets, key', 'name: db, key') + es('  target: {name: db}', ...DATA);
    const f = run(text);
    expect(f.map(at)).toEqual(['k8s/eso-missing-key@30:3-30:7', 'k8s/eso-missing-key@30:3-30:7', 'k8s/eso-missing-key@30:3-30:7']);
    expect(f.map((x) => x.message.slice(0, x.message.indexOf('생기지')))).toEqual([
      'Secret "db"에 Deployment "app"이(가) 참조하는 키 "password"가 ',
      'Secret "db"에 Deployment "app"이(가) 참조하는 키 "tls.crt"가 ',
      'Secret "db"에 Deployment "app"이(가) 참조하는 키 "ca.crt"가 ',
    ]);
  });

  it('points at the template when it replaces the keys, and at a template key holding a constant', () => {
    const replaced = run(
      deployment('database-password') + es('  target:', '    template:', '      data:', '        database-url: "postgres://db/app"', ...DATA),
    );
    expect(replaced.map(at)).toEqual(['k8s/eso-missing-key@24:5-24:13']);
    expect(replaced[0]!.message).toContain('ESO가 만드는 키는 "database-url"뿐입니다.');
    const constant = run(deployment('database-password') + es('  target:', '    template:', '      data:', '        database-password: changeme', ...DATA));
    expect(constant.map(at)).toEqual(['k8s/eso-missing-key@26:9-26:26']);
    expect(constant[0]!.message).toBe(
      'target.template이 Deployment "app"이(가) 참조하는 키 "database-password"에 저장소의 값이 아닌 고정된 값을 넣습니다. 템플릿에서 data나 dataFrom으로 가져온 키를 읽으세요(Go 템플릿의 .키이름).',
    );
  });

  it('applies dataFrom rewrites when the store contents are given (the lab knows them)', () => {
    const text = es('  dataFrom:', '    - extract: {key: production/database}', '      rewrite: [{regexp: {source: "^(password)$", target: "db-${1}"}}]');
    const obj = parseYaml('es.yaml', text).objects[0]!;
    const store = { 'production/database': ['username', 'password'] };
    const ref = { key: 'database-password', consumer: 'Deployment "app"' };
    expect(checkEsoKey(obj, ref)).toBe('unknown');
    expect(checkEsoKey(obj, { ...ref, key: 'db-password' }, store)).toBe('made');
    const r = checkEsoKey(obj, ref, store);
    expect(r).toMatchObject({ messageId: 'missingKey', range: { line: 8, column: 3, endLine: 8, endColumn: 11 } });
    expect(typeof r === 'object' && r.data?.made).toEqual({
      ko: 'ESO가 만드는 키는 "db-password", "username"뿐입니다',
      en: 'ESO creates only "db-password", "username"',
    });
  });
});

describe('k8s/eso-missing-key through the grader', () => {
  it('sees the Deployment and the ExternalSecret in two files given together, and reports on the ExternalSecret', () => {
    const r = grade([
      { name: 'deployment.yaml', text: deployment('password').replace(/---\n$/, '') },
      { name: 'external-secret.yaml', text: es(...DATA) },
    ]);
    const found = r.results.flatMap((x) => x.findings.filter((f) => f.ruleId === 'k8s/eso-missing-key').map((f) => `${x.file}@${f.line}:${f.column}`));
    expect(found).toEqual(['external-secret.yaml@8:3']);
  });
});
