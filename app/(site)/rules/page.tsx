import type { Metadata } from 'next';
import Link from 'next/link';
import { groupRules, SEVERITY_LABEL } from '@/components/lab/rules';
import { allMetas } from '@w7/grader';
import { COURSE_TITLE } from '@/lib/content';

export const metadata: Metadata = {
  title: { absolute: `규칙 | ${COURSE_TITLE}` },
  description: '실습 채점기가 검사하는 Dockerfile·Kubernetes 보안 규칙의 목록과 설명입니다.',
};

export default function RulesPage() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-10 outline-none">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">규칙</h1>
      <p className="mt-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
        실습 채점기(<code className="font-mono">w7-grade</code>)가 검사하는 규칙 {allMetas.length}개입니다. 각 규칙의 설명에는 왜 위험한지, 어떻게 고치는지와
        취약/권장 예시가 있습니다.
      </p>
      {groupRules(allMetas).map((group) => (
        <section key={group.prefix} className="mt-10" aria-labelledby={`rules-${group.prefix}`}>
          <h2 id={`rules-${group.prefix}`} className="text-2xl font-bold">
            {group.title}
          </h2>
          <ul className="mt-4 divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-700 dark:border-zinc-700">
            {group.rules.map((rule) => (
              <li key={rule.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3" data-rule={rule.id}>
                <Link href={`/rules/${rule.id}`} className="font-mono text-sm font-semibold text-blue-800 underline dark:text-blue-300">
                  {rule.id}
                </Link>
                <span>{rule.title.ko}</span>
                <span className="ml-auto text-xs text-zinc-600 dark:text-zinc-400">{SEVERITY_LABEL[rule.severity]}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
