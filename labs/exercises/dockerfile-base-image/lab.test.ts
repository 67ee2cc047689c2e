import { describe, expect, it } from 'vitest';
import { labs, loadSolutions } from '../index';
import { failing, gradeSet, starterSet } from '../testing';
import { lab } from './lab';
import { solutions } from './solutions';

describe('lab dockerfile-base-image', () => {
  it('starter fails supported-base, multi-stage and omit-dev', () => {
    expect(failing(lab, starterSet(lab))).toEqual(['supported-base', 'multi-stage', 'omit-dev']);
  });
  it('reference and alternatives pass', () => {
    expect(solutions.alternatives.length).toBeGreaterThanOrEqual(5);
    for (const s of [solutions.reference, ...solutions.alternatives]) expect(failing(lab, s)).toEqual([]);
  });
  it.each([
    ['파일을 비운다', ['runs-app', 'supported-base', 'pinned-base', 'multi-stage', 'omit-dev']],
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
  ])('bypass "%s" fails %j', (name, ids) => {
    expect(failing(lab, solutions.bypasses.find((x) => x.name === name)!.files)).toEqual(ids);
  });
  it('lists every bypass in the test', () => {
    expect(solutions.bypasses).toHaveLength(24);
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
    for (const l of labs) {
      const s = await loadSolutions(l.id);
      for (const files of [s.reference, ...s.alternatives]) {
        const found = gradeSet(l, files).result.results.flatMap((f) => f.findings.filter((x) => x.ruleId === 'docker/dev-dependencies'));
        expect(found, l.id).toEqual([]);
      }
    }
  });
});
