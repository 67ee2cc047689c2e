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
const withContainerBlock = (block: string) => STARTER_DEPLOYMENT.replace('          securityContext:\n            allowPrivilegeEscalation', `${block}          securityContext:\n            allowPrivilegeEscalation`);

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
  ],
  bypasses: [
    { name: 'ENV 이름만 바꾼다', files: { Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'ENV APP_CONFIG=secret123\nCOPY'), 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET) } },
    { name: 'ARG로 옮긴다', files: { Dockerfile: FIXED_DOCKERFILE.replace('COPY', 'ARG DB_PASSWORD=secret123\nCOPY'), 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET) } },
    { name: 'RUN으로 파일에 써 넣는다', files: { Dockerfile: FIXED_DOCKERFILE.replace('USER', 'RUN echo secret123 > /app/db-password\nUSER'), 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET) } },
    {
      name: 'Deployment의 env value로 옮긴다',
      files: { Dockerfile: FIXED_DOCKERFILE, 'deployment.yaml': withContainerBlock('          env:\n            - name: DB_PASSWORD\n              value: secret123\n') },
    },
    {
      name: 'stringData Secret을 같은 파일에 넣는다',
      files: {
        Dockerfile: FIXED_DOCKERFILE,
        'deployment.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-secret\n  namespace: production\nstringData:\n  password: secret123\n---\n${withContainerBlock(ENV_FROM_SECRET)}`,
      },
    },
    { name: 'Deployment를 지운다', files: { Dockerfile: FIXED_DOCKERFILE, 'deployment.yaml': '' } },
    { name: '이미지를 바꾼다', files: { Dockerfile: FIXED_DOCKERFILE, 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET).replace('registry.example.com/myapp:1.0.0', 'busybox:1.37') } },
    { name: '실행 사용자를 root로 되돌린다', files: { Dockerfile: FIXED_DOCKERFILE.replace('USER 10001:10001', 'USER root'), 'deployment.yaml': withContainerBlock(ENV_FROM_SECRET) } },
  ],
};
