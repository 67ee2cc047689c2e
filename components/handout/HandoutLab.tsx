/**
 * A lab in the printable handout: title, task, instructions, the objectives to reach and the starter
 * files as code, plus where to do it online. No editor: paper cannot run the grader.
 */
import type { ComponentPropsWithoutRef } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from '@/components/mdx/registry';
import { getLab } from '@/labs/exercises/index';
import { compileLabInstructions } from '@/components/lab/instructions';
import { CODE_THEMES, getHighlighter } from '@/lib/mdx/plugins';

const SHIKI_LANGUAGE = { dockerfile: 'dockerfile', yaml: 'yaml', shell: 'bash', ignore: 'text' } as const;

export async function HandoutLab({ id }: { id: string }) {
  const lab = getLab(id);
  if (!lab) throw new Error(`<Lab id="${id}"> in the handout: no lab with this id in labs/exercises/index.ts`);
  const [code, shiki] = await Promise.all([compileLabInstructions(id), getHighlighter()]);
  const Instructions = getMDXComponent(code);
  const shift = {
    h2: (props: ComponentPropsWithoutRef<'h3'>) => <h4 {...props} id={undefined} />,
    h3: (props: ComponentPropsWithoutRef<'h4'>) => <h5 {...props} id={undefined} />,
  };
  return (
    <section
      className="handout-lab my-8 rounded-xl border-2 border-blue-200 p-4 dark:border-blue-900"
      aria-labelledby={`handout-lab-${id}`}
      data-handout-lab={id}
    >
      <div className="not-prose">
        <p className="text-xs font-bold uppercase tracking-wider text-blue-800 dark:text-blue-300">실습</p>
        <h3 id={`handout-lab-${id}`} className="mt-1 text-xl font-bold">
          {lab.title}
        </h3>
        <p className="mt-2 leading-relaxed">{lab.summary}</p>
      </div>
      <div className="prose prose-zinc mt-3 max-w-none dark:prose-invert prose-code:before:content-none prose-code:after:content-none">
        <Instructions components={{ ...mdxComponents, ...shift }} />
      </div>
      <div className="not-prose">
        <h4 className="mt-4 font-bold">목표</h4>
        <ol className="mt-1 list-decimal space-y-0.5 pl-6">
          {lab.objectives.map((objective) => (
            <li key={objective.id}>{objective.title}</li>
          ))}
        </ol>
        {lab.files.map((file) => (
          <figure key={file.name} className="codeblock my-4 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-700">
            <figcaption className="border-b border-zinc-200 bg-zinc-100 px-3 py-1.5 text-xs font-medium dark:border-zinc-700 dark:bg-zinc-800">
              {file.name} (시작 코드)
            </figcaption>
            <div
              // Build-time shiki output of the lab's own starter text.
              dangerouslySetInnerHTML={{
                __html: shiki.codeToHtml(file.starter, {
                  lang: SHIKI_LANGUAGE[file.language],
                  themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark },
                  defaultColor: false,
                }),
              }}
            />
          </figure>
        ))}
        <p className="mt-3 text-sm">
          브라우저에서 직접 고치고 채점하려면{' '}
          <a href={`/labs/${id}`} className="text-blue-800 underline dark:text-blue-300">
            실습 페이지
          </a>
          를 여세요.
        </p>
      </div>
    </section>
  );
}
