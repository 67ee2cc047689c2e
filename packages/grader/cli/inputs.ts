/** Turns CLI arguments (files, directories, `-`) into SourceFiles. */
import { type Dirent, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { isGradableName, type SourceFile } from '@w7/grader';
import { UsageError, type CliIO } from './io';

const decoder = new TextDecoder('utf-8');

export async function readInputs(inputs: readonly string[], io: CliIO): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const seen = new Set<string>();
  let stdinUsed = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdinUsed) throw new UsageError("표준 입력('-')은 한 번만 지정할 수 있습니다");
      stdinUsed = true;
      files.push({ name: '-', text: await io.readStdin() });
      continue;
    }
    if (input === '') throw new UsageError('빈 파일 이름은 쓸 수 없습니다');
    const abs = isAbsolute(input) ? input : resolve(io.cwd, input);
    const st = statOrThrow(abs, input);
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(abs, input, found);
      if (found.length === 0) throw new UsageError(`디렉터리에 검사할 파일(Dockerfile, *.yaml, *.yml)이 없습니다: ${input}`);
      for (const name of found) addFile(files, seen, resolve(io.cwd, name), name);
    } else {
      addFile(files, seen, abs, input);
    }
  }
  return files;
}

function addFile(files: SourceFile[], seen: Set<string>, abs: string, name: string): void {
  if (seen.has(abs)) return;
  seen.add(abs);
  let buf: Buffer;
  try {
    buf = readFileSync(abs);
  } catch (e) {
    throw new UsageError(`파일을 읽을 수 없습니다: ${name} (${code(e)})`);
  }
  files.push({ name, text: decoder.decode(buf) });
}

function statOrThrow(abs: string, shown: string): Stats {
  try {
    return statSync(abs);
  } catch (e) {
    if (code(e) === 'ENOENT') throw new UsageError(`파일이나 디렉터리가 없습니다: ${shown}`);
    throw new UsageError(`파일에 접근할 수 없습니다: ${shown} (${code(e)})`);
  }
}

/** Depth-first, sorted by name; skips node_modules, dot-directories and symlinked directories. */
function walk(abs: string, shown: string, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`디렉터리를 읽을 수 없습니다: ${shown} (${code(e)})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const childAbs = join(abs, e.name);
    const childShown = shown.endsWith('/') ? shown + e.name : `${shown}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      walk(childAbs, childShown, out);
    } else if (isGradableName(e.name)) {
      if (e.isFile()) out.push(childShown);
      else if (e.isSymbolicLink() && isRegularFile(childAbs)) out.push(childShown);
    }
  }
}

function isRegularFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? String(e);
}
