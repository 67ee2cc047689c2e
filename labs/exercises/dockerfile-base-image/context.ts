/**
 * The build context of the lab: the files next to the Dockerfile when `docker build .` runs (the instructions
 * list the same files). Data only: what the objectives judge the Dockerfile and .dockerignore against.
 */

export interface ContextFile {
  path: string;
  /** The app cannot run without it in the image. */
  needed?: true;
  /** Why it must not reach the image (Korean), when it must not. */
  leak?: string;
}

export const CONTEXT: readonly ContextFile[] = [
  { path: 'server.js', needed: true },
  { path: 'package.json', needed: true },
  { path: 'package-lock.json' },
  { path: 'src/routes.js', needed: true },
  { path: 'src/db.js', needed: true },
  { path: 'public/index.html' },
  { path: 'test/server.test.js' },
  { path: 'README.md' },
  { path: 'Dockerfile' },
  { path: '.dockerignore' },
  { path: '.env.example' },
  { path: '.env', leak: '비밀 환경 변수' },
  { path: '.env.production', leak: '비밀 환경 변수' },
  { path: '.npmrc', leak: 'npm 토큰' },
  { path: 'certs/server.key', leak: '개인 키' },
  { path: 'certs/server.pem', leak: '개인 키' },
  { path: '.git/HEAD', leak: 'Git 기록' },
  { path: '.git/config', leak: 'Git 기록' },
  { path: '.git/objects/pack/pack-3f9c2e.pack', leak: 'Git 기록' },
  { path: 'node_modules/express/package.json', leak: '개발 PC의 node_modules' },
  { path: 'node_modules/.bin/nodemon', leak: '개발 PC의 node_modules' },
  { path: 'npm-debug.log', leak: 'npm 디버그 로그' },
];
