/**
 * Differential test of the instruction scanner against dockerfile-ast (the former runtime parser,
 * now a dev dependency used here and as the bench's reference): on the chapters' Dockerfiles, the
 * docker/* rule examples, every Dockerfile of the labs (starters, solutions, bypasses), the bench
 * input, a hand list of tricky files and seeded mutations of all of them, both must give the same
 * escape character and the same instructions: keyword as written, start, keyword end and end.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { dockerfile60 } from '../../bench/inputs';
import { labs, loadSolutions } from '../../../../labs/exercises';
import { normalizeText } from './model';
import { scanDockerfile } from './scan';
import { chapterDockerfiles, exampleDockerfiles, mutations } from '../../test/dockerfile-corpora';

function oracle(text: string): string[] {
  // dockerfile-ast speaks LSP positions (0-based line and character): back to offsets.
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const off = (p: { line: number; character: number }) => (p.line >= starts.length ? text.length : Math.min(starts[p.line] + p.character, text.length));
  const ast = DockerfileParser.parse(text);
  return [
    `escape ${ast.getEscapeCharacter()}`,
    ...ast
      .getInstructions()
      .map((i) => `${JSON.stringify(i.getInstruction())} ${off(i.getRange().start)}-${off(i.getInstructionRange().end)}-${off(i.getRange().end)}`),
  ];
}

function ours(text: string): string[] {
  const s = scanDockerfile(text);
  return [`escape ${s.escape}`, ...s.instructions.map((i) => `${JSON.stringify(i.instruction)} ${i.start}-${i.keywordEnd}-${i.end}`)];
}

function compare(raw: string): string[] {
  const text = normalizeText(raw);
  const a = ours(text).join('\n');
  const b = oracle(text).join('\n');
  return a === b
    ? []
    : [`${JSON.stringify(text)}\n  ours:          ${a.replace(/\n/g, '\n                 ')}\n  dockerfile-ast: ${b.replace(/\n/g, '\n                 ')}`];
}

const isDockerfile = (name: string) => /dockerfile/i.test(name);

async function labDockerfiles(): Promise<string[]> {
  const out: string[] = [];
  for (const lab of labs) {
    for (const f of lab.files) if (f.language === 'dockerfile') out.push(f.starter);
    const s = await loadSolutions(lab.id);
    for (const set of [s.reference, ...s.alternatives, ...s.bypasses.map((b) => b.files)]) {
      for (const [name, text] of Object.entries(set)) if (isDockerfile(name)) out.push(text);
    }
  }
  return out;
}

const TRICKY = [
  '',
  'FROM',
  'FROM alpine',
  'from alpine:3.22 as build\nrun echo hi',
  '# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine\nRUN echo a `\n  b\n',
  '# escape=`\r\nFROM alpine\r\nRUN a `\r\n b',
  '#escape=\\\nFROM a\nRUN a \\\n b',
  '# escape = ` \nFROM a\nRUN a `\n b\nRUN c \\\n d',
  '# escape=x\nFROM a\nRUN a \\\n b',
  '# syntax=x\n\n# escape=`\nFROM a\nRUN a `\n b',
  '  # escape=`\nFROM a',
  '# directive\n# escape=`\nFROM a',
  '# =`\nFROM a',
  '# escape=',
  '# escape=`',
  'FROM a\n# escape=`\nRUN a `\n b',
  'FROM a\nRUN a \\\n# comment\n  b \\\n\n  c\nUSER 1',
  'FROM a\nRUN a \\  \n  b',
  'FROM a\nRUN a \\ b\nUSER x',
  'FROM a\nRU\\\nN echo\nUSER x',
  'FROM a\nRUN\\\n echo\nUSER x',
  'FROM a\nRUN\\\n\n echo',
  'FROM a\nRUN \\\n',
  'FROM a\nRUN\\',
  'FROM a\nR\\UN x',
  'FROM a\nRUN#x y',
  'FROM a\nRUN \\\n   \\\n x',
  'FROM a\nRUN <<EOF\necho a\nEOF\nUSER 1',
  'FROM a\nRUN <<-EOF\n\techo a\n\tEOF\nUSER 1',
  'FROM a\nRUN <<EOF\n  EOF\nEOF\nUSER 1',
  'FROM a\nRUN <<"EOF" <<\'EOT\'\na\nEOF\nb\nEOT\nUSER 1',
  'FROM a\nRUN <<EOF cat > /x\nhello\nEOF',
  'FROM a\nRUN --mount=type=cache,target=/x <<EOF\na\nEOF\nUSER 1',
  'FROM a\nRUN a--b --x <<EOF\na\nEOF\nUSER 1',
  'FROM a\nRUN <<--EOF --x\na\n-EOF\nUSER 1',
  'FROM a\nCOPY <<EOF /etc/x\nk=v\nEOF\nADD <<A <<B /x/\na\nA\nb\nB\nUSER 1',
  'FROM a\nCOPY ["<<EOF", "/x"]\nEOF\nUSER 1',
  'FROM a\nRUN <<EOF\nunterminated',
  'FROM a\nRUN <<"EOF\nx\nEOF',
  'FROM a\nRUN <<<EOF\nx\nEOF',
  'FROM a\nRUN \\\n<<EOF\nx\nEOF\nUSER 1',
  'FROM a\nRUN echo \\\n# c\n  <<EOF\nx\nEOF\nUSER 1',
  'FROM a\nRUN echo \\\n# c <<EOF\n  x\nEOF\nUSER 1',
  'FROM a\nRUN ec\\ho <<E\\OF\nx\nEOF\nUSER 1',
  'FROM a\nONBUILD RUN <<EOF\nx\nEOF\nUSER 1',
  'FROM a\nONBUILD COPY --from=b <<EOF /x\nx\nEOF\nUSER 1',
  'FROM a\nONBUILD\nONBUILD   \nUSER 1',
  'FROM a\nonbuild run <<EOF\nx\nEOF',
  'FROM a\nHEALTHCHECK --interval=5s CMD <<EOF\nx\nEOF\nUSER 1',
  'FROM a\n\tRUN x\n  USER 1 \n',
  'FROM a\nENV A=1 \\\n    B=2\nLABEL a="x \\\n y"',
  'FROM a\nRUN echo "# not a comment" \\\n  # but this is\n  && true',
  '\uFEFFFROM a\r\nUSER 1\r\n',
  'FROM a\rUSER 1\r',
  '\n\n\nFROM a\n\n\n',
  'FROM a \\',
  'FROM a `',
  'FROM 안녕\nRUN echo 한글 \\\n  세계',
];

/** Dockerfile syntax inserted by the seeded mutations: escapes, comments, heredocs, directives. */
const DOCKERFILE_INSERTS = [
  ' ',
  '\t',
  '\n',
  '\\',
  '\\\n',
  '\\ \n',
  '`',
  '`\n',
  '#',
  '\n# c\n',
  '<<EOF\n',
  '<<-EOF\n',
  '\nEOF\n',
  '\tEOF\n',
  '<<"EOF"',
  '--x ',
  'ONBUILD ',
  'RUN ',
  'COPY ',
  '# escape=`\n',
  '# syntax=x\n',
  '"',
  "'",
  '$',
  '[',
  'x',
  '안',
];

describe('instruction scanner vs dockerfile-ast', () => {
  it('finds the corpus', async () => {
    expect(chapterDockerfiles().length).toBeGreaterThanOrEqual(8);
    expect(exampleDockerfiles().length).toBeGreaterThanOrEqual(40);
    expect((await labDockerfiles()).length).toBeGreaterThanOrEqual(20);
  });

  it('agrees on the chapters, the rule examples, the labs and the bench input', async () => {
    const files = [...chapterDockerfiles(), ...exampleDockerfiles(), ...(await labDockerfiles()), dockerfile60().text];
    expect(files.flatMap(compare)).toEqual([]);
  });

  it('agrees on the tricky files', () => {
    expect(TRICKY.flatMap(compare)).toEqual([]);
  });

  it('agrees on seeded mutations of all of them', async () => {
    const files = [...chapterDockerfiles(), ...exampleDockerfiles(), ...(await labDockerfiles()), ...TRICKY];
    const cases = [...mutations(files, 11, 25, DOCKERFILE_INSERTS), ...mutations(files, 5, 25, DOCKERFILE_INSERTS)];
    expect(cases.length).toBeGreaterThan(5000);
    expect(cases.flatMap(compare)).toEqual([]);
  });

  it('reports the directives and the escape character', () => {
    expect(scanDockerfile('# syntax=docker/dockerfile:1\n# Escape=`\nFROM a\n')).toEqual({
      escape: '`',
      directives: [
        { name: 'syntax', value: 'docker/dockerfile:1' },
        { name: 'Escape', value: '`' },
      ],
      instructions: [{ instruction: 'FROM', start: 40, keywordEnd: 44, end: 46 }],
    });
    // An escape directive after an ordinary comment is a comment too.
    expect(scanDockerfile('# hello\n# escape=`\nFROM a\n').escape).toBe('\\');
  });
});
