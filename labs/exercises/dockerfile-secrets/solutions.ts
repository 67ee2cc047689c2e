import type { LabSolutions } from '../types';
import { lab } from './lab';

const STARTER_DEPLOYMENT = lab.files[1]!.starter;
const FIXED_DOCKERFILE = `FROM alpine:3.22
COPY server /app/server
USER 10001:10001
CMD ["/app/server"]
`;
const ENV_FROM_SECRET = `          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-secret
                  key: password
`;
const withContainerBlock = (block: string) =>
  STARTER_DEPLOYMENT.replace(
    '          securityContext:\n            allowPrivilegeEscalation',
    `${block}          securityContext:\n            allowPrivilegeEscalation`,
  );

const DEPLOY = withContainerBlock(ENV_FROM_SECRET);

export const solutions: LabSolutions = {
  reference: { Dockerfile: FIXED_DOCKERFILE, 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET) },
  alternatives: [
    {
      // envFrom: every key of the Secret becomes a variable (the Secret has a DB_PASSWORD key)
      Dockerfile: FIXED_DOCKERFILE,
      'deployment.yaml': withContainerBlock('          envFrom:\n            - secretRef:\n                name: app-env\n'),
    },
    {
      // A build step that needs the password gets it through a BuildKit secret mount, never in a layer
      Dockerfile: `# syntax=docker/dockerfile:1
FROM alpine:3.22
COPY server /app/server
RUN --mount=type=secret,id=db_password,env=DB_PASSWORD /app/server --check-config
USER 10001:10001
CMD ["/app/server"]
`,
      'deployment.yaml': withContainerBlock(ENV_FROM_SECRET.replace('db-secret', 'app-db').replace('key: password', 'key: db-password')),
    },
    {
      // DB_PASSWORD built from another env var (the kubelet expands $(DB_SECRET)), and a multi-stage build whose
      // builder reads a secret mount without keeping it
      Dockerfile: `# syntax=docker/dockerfile:1
FROM alpine:3.22 AS check
COPY server /app/server
RUN --mount=type=secret,id=db_password,target=/run/secrets/db \\
    DB_PASSWORD_FILE=/run/secrets/db /app/server --check-config

FROM alpine:3.22
COPY --from=check /app/server /app/server
USER 10001:10001
CMD ["/app/server"]
`,
      'deployment.yaml': withContainerBlock(
        '          env:\n            - name: DB_SECRET\n              valueFrom:\n                secretKeyRef: {name: db-secret, key: password}\n            - name: DB_PASSWORD\n              value: $(DB_SECRET)\n',
      ),
    },
  ],
  bypasses: [
    {
      name: 'ENV 이름만 바꾼다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'ENV APP_CONFIG=secret123\nCOPY'), 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET) },
    },
    {
      name: 'ARG로 옮긴다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'ARG DB_PASSWORD=secret123\nCOPY'), 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET) },
    },
    {
      name: 'RUN으로 파일에 써 넣는다',
      files: {
        Dockerfile: FIXED_DOCKERFILE.replace('USER', 'RUN echo secret123 > /app/db-password\nUSER'),
        'deployment.yaml': withContainerBlock(ENV_FROM_SECRET),
      },
    },
    {
      name: 'Deployment의 env value로 옮긴다',
      files: {
        Dockerfile: FIXED_DOCKERFILE,
        'deployment.yaml': withContainerBlock('          env:\n            - name: DB_PASSWORD\n              value: secret123\n'),
      },
    },
    {
      name: 'stringData Secret을 같은 파일에 넣는다',
      files: {
        Dockerfile: FIXED_DOCKERFILE,
        'deployment.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-secret\n  namespace: production\nstringData:\n  password: secret123\n---\n${withContainerBlock(ENV_FROM_SECRET)}`,
      },
    },
    { name: 'Deployment를 지운다', files: { Dockerfile: FIXED_DOCKERFILE, 'deployment.yaml': '' } },
    {
      name: '이미지를 바꾼다',
      files: {
        Dockerfile: FIXED_DOCKERFILE,
        'deployment.yaml': withContainerBlock(ENV_FROM_SECRET).replace('registry.example.com/myapp:1.0.0', 'busybox:1.37'),
      },
    },
    {
      name: '실행 사용자를 root로 되돌린다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('USER 10001:10001', 'USER root'), 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET) },
    },
    // Secrets anywhere in the build
    {
      name: 'RUN heredoc으로 파일에 쓴다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('USER', 'RUN <<EOF\necho secret123 > /app/db-password\nEOF\nUSER'), 'deployment.yaml': DEPLOY },
    },
    {
      name: 'COPY heredoc으로 .env를 만든다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('USER', 'COPY <<EOF /app/.env\nDB_PASSWORD=secret123\nEOF\nUSER'), 'deployment.yaml': DEPLOY },
    },
    {
      name: '빌드 인수로 받아 RUN에서 쓴다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('USER', 'ARG DB_PASSWORD\nRUN echo "$DB_PASSWORD" > /app/db-password\nUSER'), 'deployment.yaml': DEPLOY },
    },
    { name: 'COPY .env', files: { Dockerfile: FIXED_DOCKERFILE.replace('USER', 'COPY .env /app/.env\nUSER'), 'deployment.yaml': DEPLOY } },
    {
      name: 'base64로 인코딩해 ENV에 둔다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'ENV APP_CONFIG=c2VjcmV0MTIz\nCOPY'), 'deployment.yaml': DEPLOY },
    },
    {
      name: 'base64를 RUN에서 풀어 쓴다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('USER', 'RUN echo c2VjcmV0MTIzCg== | base64 -d > /app/db-password\nUSER'), 'deployment.yaml': DEPLOY },
    },
    {
      name: 'hex 이스케이프로 쓴다',
      files: {
        Dockerfile: FIXED_DOCKERFILE.replace('USER', "RUN printf '\\x73\\x65\\x63\\x72\\x65\\x74\\x31\\x32\\x33' > /app/db-password\nUSER"),
        'deployment.yaml': DEPLOY,
      },
    },
    {
      name: '셸 변수로 조각낸다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('USER', 'RUN A=secr; B=et123; echo "$A$B" > /app/db-password\nUSER'), 'deployment.yaml': DEPLOY },
    },
    {
      name: 'ENV 두 개로 조각낸다',
      files: {
        Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'ENV P1=secr P2=et123\nCOPY').replace('USER', 'RUN echo "${P1}${P2}" > /app/db-password\nUSER'),
        'deployment.yaml': DEPLOY,
      },
    },
    {
      name: '따옴표로 끊어 쓴다',
      files: { Dockerfile: FIXED_DOCKERFILE.replace('USER', 'RUN echo "secr""et123" > /app/db-password\nUSER'), 'deployment.yaml': DEPLOY },
    },
    { name: '거꾸로 쓴다', files: { Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'ENV X=321terces\nCOPY'), 'deployment.yaml': DEPLOY } },
    { name: 'LABEL에 둔다', files: { Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'LABEL db.password="secret123"\nCOPY'), 'deployment.yaml': DEPLOY } },
    { name: '다른 비밀번호를 ENV에 둔다', files: { Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'ENV DB_PASS=hunter2\nCOPY'), 'deployment.yaml': DEPLOY } },
    {
      name: 'secret mount를 파일로 옮긴다',
      files: {
        Dockerfile: `# syntax=docker/dockerfile:1\n${FIXED_DOCKERFILE.replace('USER', 'RUN --mount=type=secret,id=db cp /run/secrets/db /app/db-password\nUSER')}`,
        'deployment.yaml': DEPLOY,
      },
    },
    // The manifest, read as the kubelet reads it
    {
      name: '같은 이름의 env를 뒤에 평문으로',
      files: {
        Dockerfile: FIXED_DOCKERFILE,
        'deployment.yaml': withContainerBlock(`${ENV_FROM_SECRET}            - name: DB_PASSWORD\n              value: secret123\n`),
      },
    },
    {
      name: 'env에 base64로 둔다',
      files: {
        Dockerfile: FIXED_DOCKERFILE,
        'deployment.yaml': withContainerBlock(`${ENV_FROM_SECRET}            - name: DB_PASSWORD_B64\n              value: c2VjcmV0MTIz\n`),
      },
    },
    {
      name: 'ConfigMap에 넣고 envFrom으로 받는다',
      files: {
        Dockerfile: FIXED_DOCKERFILE,
        'deployment.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n  namespace: production\ndata:\n  DB_PASSWORD: secret123\n---\n${withContainerBlock('          envFrom:\n            - configMapRef:\n                name: app-config\n')}`,
      },
    },
    {
      name: 'List 안의 Secret에 평문',
      files: {
        Dockerfile: FIXED_DOCKERFILE,
        'deployment.yaml': `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    metadata: {name: db-secret, namespace: production}\n    stringData: {password: hunter2}\n---\n${DEPLOY}`,
      },
    },
  ],
};
