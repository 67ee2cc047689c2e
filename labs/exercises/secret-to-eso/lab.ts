import { checkEsoKey, messageText, ruleMeta, type K8sObject, type SecretStoreContents } from '@w7/grader';
import { envSource, fail, findApp, get, isApp, noFindings, ok, str, unreadable } from '../checks';
import { noPlaintextInManifest, passwordFromSecret } from '../secrets';
import type { LabContext, LabMeta, ObjectiveResult } from '../types';

/** What the lab's secret store holds (the instructions say so): production/database is JSON with these properties. */
const REMOTE: SecretStoreContents = { 'production/database': ['username', 'password'] };

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
  namespace: production
spec:
  replicas: 2
  selector:
    matchLabels:
      app: myapp
  template:
    metadata:
      labels:
        app: myapp
    spec:
      containers:
        - name: app
          image: registry.example.com/myapp:1.0.0
          env:
            - name: DB_PASSWORD
              value: "secret123"
`;

const EXTERNAL_SECRET = `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: app-secrets
  namespace: production
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: SecretStore
  target:
    name: app-secrets
    creationPolicy: Owner
  data:
    - secretKey: database-password
      remoteRef:
        key: production/database
        property: password
`;

const ES_FILE = 'external-secret.yaml';
const DEPLOY_FILE = 'deployment.yaml';
const SECTION = 'container-security#external-secrets-operator';

function externalSecrets(ctx: LabContext): K8sObject[] | ObjectiveResult {
  const bad = unreadable(ctx, ES_FILE);
  if (bad) return bad;
  const list = ctx.objects(ES_FILE).filter((o) => o.kind === 'ExternalSecret');
  return list.length > 0 ? list : fail(`${ES_FILE}에 ExternalSecret이 없습니다.`, ES_FILE);
}

export const lab: LabMeta = {
  id: 'secret-to-eso',
  title: 'Secret: 평문 env에서 secretKeyRef, 그리고 ExternalSecret으로',
  summary:
    'Deployment가 DB 비밀번호를 env에 평문으로 적었습니다. 비밀번호를 Secret의 키로 옮겨 secretKeyRef로 참조하고, 그 Secret은 Git에 올리지 않고 External Secrets Operator의 ExternalSecret(external-secrets.io/v1)이 만들게 하세요.',
  files: [
    { name: DEPLOY_FILE, language: 'yaml', starter: DEPLOYMENT },
    { name: ES_FILE, language: 'yaml', starter: EXTERNAL_SECRET },
  ],
  objectives: [
    {
      id: 'app-unchanged',
      title: 'Deployment는 여전히 같은 앱을 실행한다',
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, DEPLOY_FILE, 'Deployment', 'registry.example.com/myapp');
        return isApp(app) ? ok('Deployment의 app 컨테이너가 그대로 있습니다.') : app;
      },
    },
    {
      id: 'no-plaintext',
      title: '두 파일 어디에도 평문 비밀번호가 없다',
      rules: ['k8s/env-secret-value', 'k8s/secret-stringdata'],
      section: 'container-security#secret이-새는-세-가지-경로',
      check(ctx) {
        for (const f of [DEPLOY_FILE, ES_FILE]) {
          const r = unreadable(ctx, f) ?? noPlaintextInManifest(ctx, f);
          if (!r.pass) return r;
        }
        return ok('Git에 올라가는 파일에 비밀번호가 없습니다.');
      },
    },
    {
      id: 'secret-key-ref',
      title: 'DB_PASSWORD를 valueFrom.secretKeyRef로 받는다',
      rules: ['k8s/env-secret-value'],
      section: 'hands-on#실전-사례-2-dockerfile의-평문-secret',
      check: (ctx) => passwordFromSecret(ctx, DEPLOY_FILE, false),
    },
    {
      id: 'external-secret-v1',
      title: 'ExternalSecret이 external-secrets.io/v1이고 스키마에 맞다',
      rules: ['schema/api-deprecated', 'schema/required', 'schema/type', 'schema/unknown-field'],
      section: SECTION,
      check(ctx) {
        const list = externalSecrets(ctx);
        if (!Array.isArray(list)) return list;
        const old = list.find((o) => o.apiVersion !== 'external-secrets.io/v1');
        if (old)
          return fail(`apiVersion ${old.apiVersion ?? '(없음)'}: ESO v0.17부터 external-secrets.io/v1만 제공됩니다.`, ES_FILE, old.range(['apiVersion']));
        return noFindings(
          ctx,
          ES_FILE,
          ['schema/api-deprecated', 'schema/required', 'schema/type', 'schema/unknown-field'],
          'ExternalSecret이 v1 스키마에 맞습니다.',
        );
      },
    },
    {
      id: 'creates-the-secret',
      title: 'ExternalSecret이 Deployment가 참조하는 Secret과 키를 만든다',
      rules: ['k8s/eso-missing-key'],
      section: SECTION,
      check(ctx) {
        const app = findApp(ctx, DEPLOY_FILE, 'Deployment', 'registry.example.com/myapp');
        if (!isApp(app)) return app;
        const src = envSource(app.c, 'DB_PASSWORD');
        if (src?.kind !== 'secret')
          return fail('Deployment가 secretKeyRef로 참조하는 Secret이 없어 비교할 수 없습니다.', DEPLOY_FILE, app.w.obj.keyRange(app.c.path));
        const list = externalSecrets(ctx);
        if (!Array.isArray(list)) return list;
        const namespace = app.w.obj.namespace ?? 'default';
        const target = (o: K8sObject) => str(get(o.value, 'spec', 'target', 'name')) ?? o.name;
        const es = list.find((o) => target(o) === src.secret && (o.namespace ?? 'default') === namespace);
        if (!es)
          return fail(
            `Namespace ${namespace}에서 Secret "${src.secret}"을(를) 만드는 ExternalSecret이 없습니다 (spec.target.name, 없으면 metadata.name).`,
            ES_FILE,
            list[0]!.keyRange(['spec']),
          );
        const policy = str(get(es.value, 'spec', 'target', 'creationPolicy')) ?? 'Owner';
        if (policy === 'None' || policy === 'Merge')
          return fail(
            `creationPolicy: ${policy}이면 ESO가 Secret을 만들지 않습니다${policy === 'Merge' ? ' (이미 있는 Secret에 값을 합칠 뿐입니다)' : ''}. Owner(기본값)나 Orphan을 쓰세요.`,
            ES_FILE,
            es.range(['spec', 'target', 'creationPolicy']),
          );
        if (!str(get(es.value, 'spec', 'secretStoreRef', 'name')))
          return fail('spec.secretStoreRef.name이 없어 값을 가져올 저장소가 없습니다.', ES_FILE, es.keyRange(['spec']));
        // k8s/eso-missing-key's check, told what the store holds (the rule alone cannot know what dataFrom fetches)
        const verdict = checkEsoKey(es, { key: src.key, consumer: `Deployment "${app.w.obj.name ?? ''}"` }, REMOTE);
        if (verdict === 'unknown')
          return fail(
            `ESO가 만드는 키를 미리 알 수 없어 Secret "${src.secret}"에 "${src.key}" 키가 생기는지 확인할 수 없습니다. data의 secretKey로 키를 정하세요.`,
            ES_FILE,
            es.keyRange(['spec']),
          );
        if (verdict !== 'made') {
          const text = messageText(ruleMeta('k8s/eso-missing-key')!, verdict.messageId, verdict.data);
          return fail(text?.ko ?? verdict.messageId, ES_FILE, verdict.range);
        }
        return ok(`ExternalSecret "${es.name ?? ''}"이 Secret "${src.secret}"의 "${src.key}" 키를 만듭니다.`);
      },
    },
  ],
  hints: [
    'env의 value 대신 valueFrom.secretKeyRef: {name, key}를 씁니다. 그 Secret은 매니페스트에 직접 쓰지 않습니다.',
    'ExternalSecret은 spec.target.name의 Secret을 만들고, spec.data[].secretKey가 그 Secret의 키가 됩니다. v1beta1은 ESO v0.17부터 제공되지 않습니다.',
    'external-secret.yaml의 apiVersion을 external-secrets.io/v1로 바꾸고, deployment.yaml의 DB_PASSWORD를 valueFrom.secretKeyRef: {name: app-secrets, key: database-password}로 바꾸세요.',
  ],
};
