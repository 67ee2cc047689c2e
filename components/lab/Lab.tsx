/**
 * A lab, rendered on the server: title, summary, the compiled instructions, the starter text as highlighted
 * code at the editor's height (readable without JavaScript, no shift when Monaco arrives) and the starter's
 * grading. The interactive part is the client leaf LabWorkbench, which loads Monaco and the grading worker
 * only when the learner opens the editor.
 */
import type { ComponentPropsWithoutRef } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import { gradeLab } from '@/labs/exercises/grade';
import { getLab } from '@/labs/exercises/index';
import { labPlacement } from '@/content/lab-placement';
import { compileLabInstructions } from './instructions';
import { compactCode } from '@/lib/mdx/compact-code';
import { CODE_THEMES, getHighlighter } from '@/lib/mdx/plugins';
import { proseComponents } from '@/components/mdx/prose';
import { LabWorkbench } from './LabWorkbench';
import { editorHeight, embeddedIn, toLabView } from './view';

const SHIKI_LANGUAGE = { dockerfile: 'dockerfile', yaml: 'yaml', shell: 'bash', ignore: 'text' } as const;

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5';

/**
 * Headings of the instructions sit below the lab's title (one level down inside a chapter, where the title
 * is an h2), and their ids carry the lab id so that several labs on one page never share an id.
 */
function instructionHeadings(labId: string, headingLevel: 1 | 2) {
  const heading = (Tag: HeadingTag) =>
    function InstructionHeading({ id, ...props }: ComponentPropsWithoutRef<'h2'>) {
      return <Tag id={id ? `${labId}-${id}` : undefined} {...props} />;
    };
  return headingLevel === 1 ? { h2: heading('h2'), h3: heading('h3'), h4: heading('h4') } : { h2: heading('h3'), h3: heading('h4'), h4: heading('h5') };
}

export async function Lab({ id, headingLevel = 2 }: { id: string; headingLevel?: 1 | 2 }) {
  const lab = getLab(id);
  if (!lab) throw new Error(`<Lab id="${id}">: no lab with this id in labs/exercises/index.ts`);
  const [code, shiki] = await Promise.all([compileLabInstructions(id), getHighlighter()]);
  const Instructions = getMDXComponent(code);
  // In a chapter the lab sits in the section it was placed in; on its own page (level 1) every link stays.
  const placement = headingLevel === 2 ? labPlacement(id) : undefined;
  const view = placement ? embeddedIn(toLabView(lab), `${placement.chapter}#${placement.section}`) : toLabView(lab);
  const height = editorHeight(view.files);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const starterGrading = gradeLab(
    lab,
    lab.files.map((file) => ({ name: file.name, text: file.starter })),
  ).objectives.map(({ id, pass, reason, file, range }) => ({ id, pass, reason, ...(file ? { file } : {}), ...(range ? { range } : {}) }));
  // Build-time shiki output of our own starter text, as HTML for the read-only code view.
  const starters = Object.fromEntries(
    view.files.map((file) => [
      file.name,
      shiki.codeToHtml(file.starter, {
        lang: SHIKI_LANGUAGE[file.language],
        themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark },
        defaultColor: false,
        transformers: [compactCode],
      }),
    ]),
  );

  return (
    <section
      className="lab my-10 rounded-xl border-2 border-blue-200 bg-white p-4 sm:p-6 dark:border-blue-900 dark:bg-zinc-950"
      aria-labelledby={`lab-${id}-title`}
      data-lab={id}
    >
      <div className="not-prose">
        <p className="text-xs font-bold uppercase tracking-wider text-blue-800 dark:text-blue-300">실습</p>
        <Heading id={`lab-${id}-title`} className={`mt-1 font-bold tracking-tight ${headingLevel === 1 ? 'text-3xl sm:text-4xl' : 'text-2xl'}`}>
          {lab.title}
        </Heading>
        <p className="mt-3 leading-relaxed text-zinc-700 dark:text-zinc-300">{lab.summary}</p>
      </div>
      <div className="lab-instructions prose prose-zinc mt-4 max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-blue-300 prose-code:before:content-none prose-code:after:content-none">
        <Instructions components={{ ...proseComponents, ...instructionHeadings(id, headingLevel) }} />
      </div>
      <LabWorkbench lab={view} height={height} starters={starters} starterGrading={starterGrading} headingLevel={headingLevel} />
    </section>
  );
}
