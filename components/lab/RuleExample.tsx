/**
 * A rule's example on /rules/<id>, rendered at build time: the code highlighted with shiki, the lines with
 * findings of this rule marked (wavy underline on the line where each starts), and the findings listed with their positions.
 */
import { detectLanguage, grade, type Example, type Finding } from '@w7/grader';
import { CODE_THEMES, getHighlighter } from '@/lib/mdx/plugins';

const SHIKI_LANGUAGE = { dockerfile: 'dockerfile', yaml: 'yaml', shell: 'bash', ignore: 'text' } as const;

/** The findings of rule `ruleId` in the example (not suppressed). */
export function exampleFindings(ruleId: string, example: Example): Finding[] {
  return grade([{ name: example.file, text: example.text }])
    .results.flatMap((result) => result.findings)
    .filter((finding) => finding.ruleId === ruleId && !finding.suppressed);
}

export async function RuleExample({ ruleId, example, kind }: { ruleId: string; example: Example; kind: 'good' | 'bad' }) {
  const shiki = await getHighlighter();
  const findings = kind === 'bad' ? exampleFindings(ruleId, example) : [];
  const marked = new Set(findings.map((finding) => finding.line));
  const html = shiki.codeToHtml(example.text.replace(/\n$/, ''), {
    lang: SHIKI_LANGUAGE[detectLanguage(example.file, example.text)],
    themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark },
    defaultColor: false,
    transformers: [
      {
        line(node, line) {
          if (marked.has(line)) {
            this.addClassToHast(node, ['underline', 'decoration-wavy', 'decoration-red-600', 'underline-offset-4', 'dark:decoration-red-400']);
            node.properties['data-finding-line'] = String(line);
          }
        },
      },
    ],
  });
  return (
    <figure className="codeblock not-prose my-4 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-700" data-example={kind}>
      <figcaption className="flex flex-wrap items-center gap-2 border-b border-zinc-200 bg-zinc-100 px-3 py-1.5 text-xs text-zinc-700 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
        <span className="font-mono font-semibold">{example.file}</span>
        {kind === 'good' ? (
          <span className="rounded bg-green-100 px-1.5 py-0.5 font-semibold text-green-900 dark:bg-green-950 dark:text-green-200">권장</span>
        ) : (
          <span className="rounded bg-red-100 px-1.5 py-0.5 font-semibold text-red-900 dark:bg-red-950 dark:text-red-200">취약</span>
        )}
      </figcaption>
      <div tabIndex={0} role="region" aria-label={`${kind === 'good' ? '권장' : '취약'} 예시: ${example.file}`} dangerouslySetInnerHTML={{ __html: html }} />
      {kind === 'bad' ? (
        <ul className="border-t border-zinc-200 px-3 py-2 text-sm dark:border-zinc-700" data-findings>
          {findings.length === 0 ? <li>이 예시에서는 검출되지 않았습니다.</li> : null}
          {findings.map((finding, index) => (
            <li key={index} data-finding={`${finding.line}:${finding.column}`} data-message-id={finding.messageId}>
              <span className="font-mono text-zinc-600 dark:text-zinc-400">
                {finding.line}:{finding.column}
              </span>{' '}
              {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
