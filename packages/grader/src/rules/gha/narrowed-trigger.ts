/**
 * gha/narrowed-trigger: a workflow that scans images with trivy-action filters its push or pull_request trigger
 * (paths, paths-ignore, branches, branches-ignore, tags only, types) so that some change never meets the scan.
 * When a run starts is workflow/runs.ts's triggerGap; this rule probes it with the changes every gate must see.
 */
import type { YamlRule } from '../../rule';
import type { Text } from '../../types';
import { asRecord } from '../../k8s';
import type { Workflow } from '../../workflow/model';
import { workflowOf } from '../../workflow/model';
import { triggerGap, type RunEvent } from '../../workflow/runs';
import { isTrivyAction } from '../_shared/trivy';
import { GOOD_WORKFLOW } from '../_shared/workflow-examples';

/**
 * Files whose change alone can bring a new vulnerability into a Node image. The grader sees the workflow, not the
 * repository, so it cannot know which files an image is built from: a filter that leaves out any of these narrows the gate.
 */
const IMAGE_INPUTS = ['Dockerfile', 'package.json', 'package-lock.json', 'server.js', 'src/routes/user.js'];

type Key = 'tags' | 'tags-ignore' | 'branches' | 'branches-ignore' | 'types' | 'paths' | 'paths-ignore';
/** The filters in the order triggerGap reads them. */
const KEYS: readonly Key[] = ['tags', 'tags-ignore', 'branches', 'branches-ignore', 'types', 'paths', 'paths-ignore'];
const MESSAGE_OF: Record<Key, string> = {
  tags: 'tagsOnly',
  'tags-ignore': 'tagsOnly',
  branches: 'branches',
  'branches-ignore': 'branchesIgnore',
  types: 'types',
  paths: 'paths',
  'paths-ignore': 'pathsIgnore',
};

const particle = (branch: string) => (branch === 'main' ? '으로' : '로');

/** The runs a scan gate must start for, on `branch`: a push, and a pull request opened and updated. */
function runsOf(event: 'push' | 'pull_request', branch: string): { run: Omit<RunEvent, 'changed'>; label: Text }[] {
  if (event === 'push') return [{ run: { event, branch, label: '' }, label: { ko: `${branch} 브랜치로 push`, en: `a push to ${branch}` } }];
  return [
    {
      run: { event, action: 'opened', branch, label: '' },
      label: { ko: `${branch}${particle(branch)} 여는 pull request`, en: `a pull request opened against ${branch}` },
    },
    { run: { event, action: 'synchronize', branch, label: '' }, label: { ko: 'pull request에 올린 새 커밋', en: 'a new commit on a pull request' } },
  ];
}

/**
 * The default branch the probes push to: main, or master when the event's branches filter names master and not
 * main (a repository from before GitHub's default became main). branches-ignore says nothing about the default.
 */
function defaultBranch(wf: Workflow, event: 'push' | 'pull_request', cfg: Record<string, unknown>): string {
  if (!('branches' in cfg)) return 'main';
  const takes = (branch: string) => triggerGap(only(wf, event, { branches: cfg.branches }), { event, branch, changed: IMAGE_INPUTS[0]!, label: '' }) === null;
  return !takes('main') && takes('master') ? 'master' : 'main';
}

/** The workflow with only `filters` under `event`: what triggerGap says about one filter on its own. */
function only(wf: Workflow, event: string, filters: Record<string, unknown>): Workflow {
  return { ...wf, obj: { ...wf.obj, value: { on: { [event]: filters } } } };
}

/** The filters of `cfg` that each on its own keep `run` from starting the workflow (tags only count without branch filters). */
function culprits(wf: Workflow, event: string, cfg: Record<string, unknown>, run: RunEvent): Key[] {
  const branchFilter = 'branches' in cfg || 'branches-ignore' in cfg;
  const alone = (k: Key) => (k !== 'tags' && k !== 'tags-ignore') || !branchFilter;
  return KEYS.filter((k) => k in cfg && alone(k) && triggerGap(only(wf, event, { [k]: cfg[k] }), run) !== null);
}

const TAIL = {
  ko: '이미지에 들어가는 파일이 바뀌는 모든 변경을 스캔해야 합니다.',
  en: 'Every change to the files the image is built from must be scanned.',
};

export const ghaNarrowedTrigger: YamlRule = {
  meta: {
    id: 'gha/narrowed-trigger',
    severity: 'warning',
    target: 'workflow',
    title: { ko: '스캔 워크플로의 트리거를 좁힘', en: 'Scan workflow with narrowed triggers' },
    why: {
      ko: 'trivy-action으로 이미지를 검사하는 워크플로가 push나 pull_request에 paths, paths-ignore, branches, branches-ignore, tags, types 필터를 두면 필터에 걸리지 않는 변경은 스캔 없이 병합됩니다. 예를 들어 paths: [Dockerfile]이면 package-lock.json만 바꿔 취약한 패키지를 들여오는 PR이 검사를 건너뜁니다. 채점기는 저장소가 아닌 워크플로 파일만 보므로, Dockerfile, package.json, package-lock.json, server.js, src/ 아래 파일 하나만 바꾸는 변경과 main(또는 master) 브랜치로의 push, PR을 열고 커밋을 더하는 경우에 워크플로가 시작되는지 봅니다.',
      en: 'When a workflow that scans images with trivy-action filters push or pull_request by paths, paths-ignore, branches, branches-ignore, tags or types, a change the filter leaves out merges without a scan: with paths: [Dockerfile], a pull request that only updates package-lock.json to a vulnerable package skips the gate. The grader sees the workflow file, not the repository, so it checks that the workflow starts for a change to just one of Dockerfile, package.json, package-lock.json, server.js or a file under src/, for a push to main (or master), and for a pull request opened and updated.',
    },
    fix: {
      ko: '스캔 gate에서는 paths와 paths-ignore 필터를 지우거나 문서(**.md, docs/**)처럼 이미지에 들어가지 않는 파일만 빼세요. branches에는 기본 브랜치를 넣고, pull_request의 types에는 opened와 synchronize를 남기세요(기본값이 그렇습니다). 릴리스 태그 검사는 브랜치 push와 함께 두세요.',
      en: 'Drop paths and paths-ignore from the scan gate, or ignore only files that never reach the image (**.md, docs/**). Keep the default branch in branches, and opened and synchronize in the pull_request types (the default). Scan release tags in addition to branch pushes, not instead of them.',
    },
    refs: {
      url: 'https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#onpushpull_requestpull_request_targetpathspaths-ignore',
    },
    securitySeverity: 4.0,
    messages: {
      paths: {
        ko: `{{run}}: paths 필터에 없는 {{file}} 하나만 바꾸면 실행되지 않습니다. ${TAIL.ko}`,
        en: `{{run}}: a change to just {{file}}, which the paths filter leaves out, does not start the scan. ${TAIL.en}`,
      },
      pathsIgnore: {
        ko: `{{run}}: paths-ignore가 빼는 {{file}} 하나만 바꾸면 실행되지 않습니다. ${TAIL.ko}`,
        en: `{{run}}: a change to just {{file}}, which paths-ignore leaves out, does not start the scan. ${TAIL.en}`,
      },
      branches: {
        ko: `{{run}}: branches 필터에 {{branch}} 브랜치가 없어 실행되지 않습니다. ${TAIL.ko}`,
        en: `{{run}}: the branches filter leaves out {{branch}}, so the scan does not start. ${TAIL.en}`,
      },
      branchesIgnore: {
        ko: `{{run}}: branches-ignore가 {{branch}} 브랜치를 빼서 실행되지 않습니다. ${TAIL.ko}`,
        en: `{{run}}: branches-ignore leaves out {{branch}}, so the scan does not start. ${TAIL.en}`,
      },
      tagsOnly: {
        ko: `{{run}}: push에 tags 필터만 있어 브랜치 push에서는 실행되지 않습니다. ${TAIL.ko}`,
        en: `{{run}}: push filters only tags, so a push to a branch does not start the scan. ${TAIL.en}`,
      },
      types: {
        ko: `{{run}}: types에 {{action}} 유형이 없어 {{when}} 실행되지 않습니다. ${TAIL.ko}`,
        en: `{{run}}: types leaves out {{action}}, so the scan does not start {{when}}. ${TAIL.en}`,
      },
    },
    examples: {
      good: [
        { file: '.github/workflows/scan.yml', text: GOOD_WORKFLOW },
        {
          file: '.github/workflows/scan.yml',
          text: GOOD_WORKFLOW.replace(
            'on: [push, pull_request]\n',
            "on:\n  push:\n    branches: [main]\n    paths-ignore: ['**.md', 'docs/**']\n  pull_request:\n    types: [opened, synchronize, reopened, ready_for_review]\n",
          ),
        },
      ],
      bad: [
        {
          file: '.github/workflows/scan.yml',
          text: GOOD_WORKFLOW.replace('on: [push, pull_request]\n', 'on:\n  push:\n    paths: [Dockerfile]\n  pull_request:\n'),
          errors: [{ messageId: 'paths', line: 4, column: 5, endLine: 4, endColumn: 10 }],
        },
      ],
    },
  },
  check(obj, ctx) {
    const wf = workflowOf(obj);
    if (!wf?.jobs.some((j) => j.steps.some(isTrivyAction))) return;
    // `on: push` and `on: [push, pull_request]` have no filters
    const on = asRecord(asRecord(obj.value)?.on);
    if (!on) return;
    for (const event of ['push', 'pull_request'] as const) {
      const cfg = asRecord(on[event]);
      if (!cfg) continue;
      const branch = defaultBranch(wf, event, cfg);
      const reported = new Set<Key>();
      for (const { run, label } of runsOf(event, branch)) {
        for (const file of IMAGE_INPUTS) {
          const probe: RunEvent = { ...run, changed: file };
          if (triggerGap(wf, probe) === null) continue;
          for (const key of culprits(wf, event, cfg, probe)) {
            if (reported.has(key)) continue;
            reported.add(key);
            const when =
              run.action === 'synchronize'
                ? { ko: 'PR에 새 커밋을 올려도', en: 'when a commit is pushed to the pull request' }
                : { ko: 'PR을 열어도', en: 'when the pull request is opened' };
            ctx.report({
              messageId: MESSAGE_OF[key],
              data: { run: label, file, branch, action: run.action ?? '', when },
              range: obj.keyRange(['on', event, key]),
            });
          }
        }
      }
    }
  },
};
