import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RuleExample } from '@/components/lab/RuleExample';
import { SEVERITY_LABEL } from '@/components/lab/rules';
import { labs } from '@/labs/exercises/index';
import { allMetas, ruleMeta } from '@w7/grader';
import { COURSE_TITLE } from '@/lib/content';

export const dynamicParams = false;

/** Rule ids contain a slash (`docker/user-root`), so the route is a catch-all: /rules/docker/user-root. */
interface Props {
  params: Promise<{ id: string[] }>;
}

export function generateStaticParams() {
  return allMetas.map((meta) => ({ id: meta.id.split('/') }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meta = ruleMeta((await params).id.join('/'));
  if (!meta) return {};
  return { title: { absolute: `${meta.id}: ${meta.title.ko} | ${COURSE_TITLE}` }, description: meta.why.ko };
}

const REF_LABELS = { hadolint: 'hadolint', trivy: 'Trivy', cis: 'CIS Docker Benchmark', kubeLinter: 'kube-linter', kubeScore: 'kube-score' } as const;

export default async function RulePage({ params }: Props) {
  const meta = ruleMeta((await params).id.join('/'));
  if (!meta) notFound();
  const usedBy = labs.filter((lab) => lab.objectives.some((objective) => objective.rules?.includes(meta.id)));
  const refs = meta.refs ?? {};
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-10 outline-none" data-pagefind-body>
      <nav aria-label="이동 경로" className="text-sm">
        <Link href="/rules" className="text-blue-800 underline dark:text-blue-300">
          규칙 목록
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{meta.title.ko}</h1>
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-zinc-700 dark:text-zinc-300">
        <span>
          규칙 <code className="font-mono font-semibold">{meta.id}</code>
        </span>
        <span>심각도: {SEVERITY_LABEL[meta.severity]}</span>
        <span lang="en">{meta.title.en}</span>
      </p>
      <section aria-labelledby="why" className="mt-8">
        <h2 id="why" className="text-xl font-bold">
          왜 위험한가
        </h2>
        <p className="mt-2 leading-relaxed" data-why>
          {meta.why.ko}
        </p>
      </section>
      <section aria-labelledby="fix" className="mt-8">
        <h2 id="fix" className="text-xl font-bold">
          고치는 방법
        </h2>
        <p className="mt-2 leading-relaxed" data-fix>
          {meta.fix.ko}
        </p>
      </section>
      {meta.examples.bad.length > 0 ? (
        <section aria-labelledby="bad" className="mt-8">
          <h2 id="bad" className="text-xl font-bold">
            취약한 예시
          </h2>
          {meta.examples.bad.map((example, index) => (
            <RuleExample key={index} ruleId={meta.id} example={example} kind="bad" />
          ))}
        </section>
      ) : meta.examples.noBadExample ? (
        <p className="mt-8 leading-relaxed text-zinc-600 dark:text-zinc-400" data-no-bad-example>
          {meta.examples.noBadExample.ko}
        </p>
      ) : null}
      {meta.examples.good.length > 0 ? (
        <section aria-labelledby="good" className="mt-8">
          <h2 id="good" className="text-xl font-bold">
            권장 예시
          </h2>
          {meta.examples.good.map((example, index) => (
            <RuleExample key={index} ruleId={meta.id} example={example} kind="good" />
          ))}
        </section>
      ) : null}
      {usedBy.length > 0 || Object.keys(refs).length > 0 ? (
        <section aria-labelledby="more" className="mt-8">
          <h2 id="more" className="text-xl font-bold">
            더 보기
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {usedBy.map((lab) => (
              <li key={lab.id}>
                실습:{' '}
                <Link href={`/labs/${lab.id}`} className="text-blue-800 underline dark:text-blue-300">
                  {lab.title}
                </Link>
              </li>
            ))}
            {(Object.keys(REF_LABELS) as (keyof typeof REF_LABELS)[])
              .filter((key) => refs[key])
              .map((key) => (
                <li key={key}>
                  {REF_LABELS[key]}: <code className="font-mono">{refs[key]}</code>
                </li>
              ))}
            {refs.url ? (
              <li>
                참고 문서:{' '}
                <a href={refs.url} className="break-all text-blue-800 underline dark:text-blue-300" rel="noopener">
                  {refs.url}
                </a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
