import type { YamlRule } from '../../rule';
import { parseUses, workflowOf, type WorkflowStep } from '../../workflow/model';
import { GOOD_WORKFLOW, SEED_WORKFLOW } from '../_shared/workflow-examples';
import { isTrivyAction } from '../_shared/trivy';

/** `${{ a.b }}` written with any spacing compares equal. */
const normExpr = (s: string) => s.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, e: string) => `\${{${e.replace(/\s+/g, '')}}}`);

/** Canonical image name: expressions normalised, quotes and docker.io/library dropped, `:latest` when untagged. */
export function normalizeImage(ref: string): string {
  let s = normExpr(ref.trim()).replace(/^(['"])(.*)\1$/, '$2');
  s = s.replace(/^docker\.io\/(library\/)?/, '').replace(/^index\.docker\.io\/(library\/)?/, '');
  const last = s.slice(s.lastIndexOf('/') + 1);
  if (!last.includes(':') && !s.includes('@')) s += ':latest';
  return s;
}

/** Images a step makes available locally: docker/podman/buildah build tags, `docker tag` targets, pulls, build-push-action tags. */
export function imagesProvided(step: WorkflowStep): string[] {
  const out: string[] = [];
  if (step.run !== undefined) {
    const text = normExpr(step.run.replace(/\\\r?\n/g, ' '));
    for (const cmd of text.split(/\r?\n|&&|;|\|\|/)) {
      const words = cmd.trim().split(/\s+/);
      const tool = words.findIndex((w) => /^(docker|podman|buildah|nerdctl)$/.test(w));
      if (tool < 0) continue;
      const rest = words.slice(tool + 1);
      if (rest.includes('build') || rest.includes('bud')) {
        rest.forEach((w, i) => {
          if ((w === '-t' || w === '--tag') && rest[i + 1]) out.push(rest[i + 1]!);
          else if (w.startsWith('--tag=')) out.push(w.slice(6));
          else if (/^-t\S/.test(w)) out.push(w.slice(2));
        });
      } else if ((rest[0] === 'tag' || rest[0] === 'pull') && rest.length >= 2) {
        out.push(rest[rest.length - 1]!);
      }
    }
  }
  if (step.uses !== undefined) {
    const ref = parseUses(step.uses);
    if (ref.kind === 'action' && ref.owner === 'docker' && ref.repo === 'build-push-action' && step.with.tags) {
      out.push(
        ...step.with.tags
          .split(/[,\n]/)
          .map((t) => t.trim())
          .filter(Boolean),
      );
    }
  }
  return out.map(normalizeImage);
}

export const ghaImageNotBuilt: YamlRule = {
  meta: {
    id: 'gha/image-not-built',
    severity: 'warning',
    target: 'workflow',
    title: { ko: '이 job이 만들지 않은 이미지를 스캔', en: 'Scanning an image the job never builds' },
    why: {
      ko: 'image-ref의 이미지를 같은 job에서 빌드하지 않으면 Trivy는 레지스트리(호스트가 없으면 Docker Hub)에서 받으려 합니다. 그런 이미지가 없으면 취약점과 상관없이 job이 실패하고, 있더라도 이번 커밋이 만든 이미지가 아닌 것을 검사합니다.',
      en: 'When the job does not build the image-ref, Trivy pulls it from a registry (Docker Hub without a host): the job fails if it is not there, and otherwise scans something other than what this commit builds.',
    },
    fix: {
      ko: '스캔 전에 `docker build -t myapp:${{ github.sha }} .` 단계를 두고 같은 태그를 image-ref에 쓰세요.',
      en: 'Build first (`docker build -t myapp:${{ github.sha }} .`) and scan that same tag.',
    },
    refs: { url: 'https://github.com/aquasecurity/trivy-action#usage' },
    securitySeverity: 4.0,
    messages: {
      imageNotBuilt: {
        ko: '{{id}} job은 "{{image}}" 이미지를 빌드하지 않아 Trivy가 레지스트리에서 받으려 합니다. 없으면 job이 실패하고, 있어도 이번 커밋의 이미지가 아닙니다. 스캔 전에 그 태그로 빌드하세요.',
        en: `Job {{id}} never builds "{{image}}", so Trivy pulls it from a registry: the job fails if it is missing, and otherwise scans something other than this commit's image.`,
      },
    },
    examples: {
      good: [{ file: '.github/workflows/scan.yml', text: GOOD_WORKFLOW }],
      bad: [
        { file: '.github/workflows/scan.yml', text: SEED_WORKFLOW, errors: [{ messageId: 'imageNotBuilt', line: 11, column: 22, endLine: 11, endColumn: 36 }] },
      ],
    },
  },
  check(obj, ctx) {
    const wf = workflowOf(obj);
    if (!wf) return;
    for (const job of wf.jobs) {
      job.steps.forEach((step, i) => {
        if (!isTrivyAction(step)) return;
        const image = step.with['image-ref'];
        const scanType = step.with['scan-type'] ?? 'image';
        // Values from env, step outputs or other jobs cannot be followed statically.
        if (image === undefined || scanType !== 'image' || /\$(?!\{\{\s*github\.)/.test(image)) return;
        const built = new Set(job.steps.slice(0, i).flatMap(imagesProvided));
        if ([...built].some((b) => b.includes('$') && !b.includes('${{'))) return; // a shell variable tag: unknown
        if (built.has(normalizeImage(image))) return;
        ctx.report({
          messageId: 'imageNotBuilt',
          data: { id: job.id, image },
          range: obj.range([...step.path, 'with', 'image-ref']),
        });
      });
    }
  },
};
