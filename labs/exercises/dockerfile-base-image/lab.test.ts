import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { failing, gradeSet, ruleOnSolutions, starterSet } from '../testing';
import { CONTEXT } from './context';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab dockerfile-base-image', () => {
  it('starter fails supported-base, multi-stage, omit-dev and clean-context', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['supported-base', 'multi-stage', 'omit-dev', 'clean-context']);
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(6);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['runs-app', 'supported-base', 'pinned-base', 'multi-stage', 'omit-dev', 'app-files', 'clean-context']],
    ['태그만 latest로 바꾼다', ['pinned-base']],
    ['최종 스테이지에서 다시 설치한다', ['multi-stage', 'omit-dev']],
    ['빌드 stage에 EOL 이미지를 남긴다', ['supported-base']],
    ['root로 실행한다', ['runs-app']],
    ['지원이 끝난 Alpine 3.21 위의 Node 24', ['supported-base']],
    ['ARG 기본값으로 Node 20', ['supported-base']],
    ['LTS 코드명 iron(Node 20)', ['supported-base']],
    ['지원이 끝난 Debian 11 위의 Node 24', ['supported-base']],
    ['${NODE:-18} 기본값', ['supported-base']],
    ['실행 스테이지를 지원이 끝난 distroless로', ['supported-base']],
    ['lts-alpine 태그', ['pinned-base']],
    ['alpine 태그', ['pinned-base']],
    ['태그 없이', ['pinned-base']],
    ['기본값 없는 ARG로 태그를 빌드 명령에 맡긴다', ['supported-base', 'pinned-base']],
    ['실행 스테이지를 설치 스테이지에서 이어받는다', ['multi-stage']],
    ['실행 스테이지에서 sh -c로 설치한다', ['multi-stage', 'omit-dev']],
    ['실행 스테이지에서 cd 후 npm i', ['multi-stage', 'omit-dev']],
    ['한 stage에 이미지를 COPY --from으로 가져온다', ['multi-stage']],
    ['--omit=dev 뒤에 --include=dev', ['omit-dev']],
    ['설치 스테이지에서 --omit=dev를 뺀다', ['omit-dev']],
    ['운영 설치 뒤에 devDependency를 더 설치한다', ['omit-dev']],
    ['--omit=optional만 쓴다', ['omit-dev']],
    ['ARG 기본값으로 USER root', ['runs-app']],
    ['.dockerignore를 비운다', ['clean-context']],
    ['처음 .dockerignore 그대로 COPY . .', ['clean-context']],
    ['!.env로 다시 넣는다', ['clean-context']],
    ['.env 뒤에 주석을 붙인다', ['clean-context']],
    ['*.env로 적는다', ['clean-context']],
    ['키는 *.pem, *.key로만 뺀다', ['clean-context']],
    ['node_modules를 빼먹는다', ['clean-context']],
    ['.git/HEAD만 뺀다', ['clean-context']],
    ['.env는 빼고 .env.production을 COPY로 가져온다', ['clean-context']],
    ['ARG 기본값으로 COPY 소스를 정한다', ['clean-context']],
    ['COPY . . 뒤에 RUN rm으로 지운다', ['clean-context']],
    ['빌드 스테이지를 통째로 COPY --from으로 가져온다', ['clean-context']],
    ['모든 파일을 뺀다', ['app-files']],
    ['!만 적은 줄', ['app-files', 'clean-context']],
    ['닫히지 않은 [ 패턴', ['app-files', 'clean-context']],
    ['필요한 src/까지 뺀다', ['app-files']],
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(40);
  });
  const reason = (name: string, id: string) => {
    const r = gradeSet(lab, solutions.bypasses.find((x) => x.name === name)!.files);
    const o = r.objectives.find((x) => x.id === id)!;
    return { reason: o.reason, file: o.file, line: o.range?.line };
  };
  it('clean-context names the files, the COPY that takes them and the ! line that brought a file back', () => {
    expect(reason('!.env로 다시 넣는다', 'clean-context')).toEqual({
      reason:
        '.env(비밀 환경 변수)이(가) 8행의 COPY . .로 최종 이미지에 들어갑니다. .dockerignore 16행의 !.env이(가) 앞에서 뺀 .env를 다시 넣습니다(마지막에 일치한 줄이 이깁니다).',
      file: '.dockerignore',
      line: 16,
    });
    expect(reason('빌드 스테이지를 통째로 COPY --from으로 가져온다', 'clean-context')).toMatchObject({ file: 'Dockerfile', line: 7 });
    expect(reason('빌드 스테이지를 통째로 COPY --from으로 가져온다', 'clean-context').reason).toMatch(
      /^\.env\.production, \.npmrc, certs\/server\.key, certs\/server\.pem 외 3개\(비밀 환경 변수, npm 토큰, 개인 키, Git 기록\)이\(가\) 7행의 COPY --from=build \/app \/app로/,
    );
    expect(reason('.env 뒤에 주석을 붙인다', 'clean-context')).toMatchObject({ file: '.dockerignore', line: 7 });
  });
  it('app-files explains a build that stops and a needed file left out', () => {
    expect(reason('모든 파일을 뺀다', 'app-files').reason).toBe(
      '3행 COPY package.json package-lock.json ./: package.json이(가) 빌드 컨텍스트에 없어 빌드가 "not found"로 멈춥니다 (.dockerignore 1행의 *이(가) 빌드 컨텍스트에서 뺍니다).',
    );
    expect(reason('필요한 src/까지 뺀다', 'app-files')).toMatchObject({ file: '.dockerignore', line: 16 });
    expect(reason('!만 적은 줄', 'clean-context').reason).toContain('illegal exclusion pattern');
  });
  it('the instructions list every file of the build context', () => {
    const mdx = readFileSync(new URL('./instructions.mdx', import.meta.url), 'utf8');
    for (const f of CONTEXT) expect(mdx, f.path).toContain(`\`${f.path}\``);
  });
  it('omit-dev reports docker/dev-dependencies at the install that keeps devDependencies', () => {
    const r = gradeSet(lab, solutions.bypasses.find((x) => x.name === '운영 설치 뒤에 devDependency를 더 설치한다')!.files);
    expect(r.objectives.find((o) => o.id === 'omit-dev')).toMatchObject({
      reason:
        '스테이지 deps의 node_modules가 8행의 COPY --from으로 최종 이미지에 들어가는데, 그 스테이지의 마지막 설치(npm)가 devDependencies까지 설치합니다. --omit=dev를 붙이거나(--include=dev가 있으면 그쪽이 이깁니다) 설치 뒤 npm prune --omit=dev를 실행하세요.',
      file: 'Dockerfile',
      range: { line: 4, column: 26, endLine: 4, endColumn: 59 },
    });
  });
  it('docker/dev-dependencies stays silent on the solutions of every lab', async () => {
    expect(await ruleOnSolutions('docker/dev-dependencies')).toEqual([]);
  });
});
