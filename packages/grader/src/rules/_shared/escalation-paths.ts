/**
 * Ways back to root from a non-root USER that a Dockerfile builds into its final image: setuid/setgid files
 * (chmod, install -m, COPY --chmod, or copied from a stage that made them), file capabilities (setcap), sudo or
 * doas (installed, given NOPASSWD, or a user added to wheel/sudo), a root password removed or set, and
 * overwritten /etc/passwd, /etc/shadow or sudoers files. Pure; never throws.
 */
import type { CopyInstruction, DockerfileModel, Instruction, Stage } from '../../dockerfile/model';
import { stageChain } from '../../dockerfile/vars';
import type { Range } from '../../types';
import { effective, positionals } from './dockerfile';

/** One way back to root: the message id of docker/root-escalation that explains it, and where it is. */
export interface EscalationPath {
  messageId: string;
  data?: Record<string, string>;
  range: Range;
}

/** The stages whose files end up in the final image: its FROM chain and every stage copied from, transitively. */
export function contributingStages(df: DockerfileModel): Stage[] {
  const final = df.finalStage;
  if (!final) return [];
  const out = new Set<Stage>();
  const visit = (stage: Stage) => {
    for (const s of stageChain(df, stage)) {
      if (out.has(s)) continue;
      out.add(s);
      for (const ins of s.instructions) {
        if (ins.kind !== 'copy' && ins.kind !== 'add') continue;
        const from = ins.flags.find((f) => f.name === 'from')?.value?.toLowerCase();
        if (from === undefined) continue;
        const src = df.stages.find((x) => x.index < s.index && (x.alias === from || String(x.index) === from));
        if (src) visit(src);
      }
    }
  };
  visit(final);
  return [...out].sort((a, b) => a.index - b.index);
}

/** A chmod/install mode that sets the setuid or setgid bit (`4755`, `u+s`, `g=rxs`). */
export function setsId(mode: string): boolean {
  if (/^[0-7]{3,5}$/.test(mode)) {
    const special = mode.length >= 4 ? Number(mode[mode.length - 4]) : 0;
    return (special & 6) !== 0;
  }
  return mode.split(',').some((clause) => /^[ugoa]*[+=][rwxXtugo]*s/.test(clause));
}

const SUDO_PACKAGES = new Set(['sudo', 'doas', 'opendoas']);
const INSTALLERS: Record<string, string[]> = {
  apk: ['add'],
  'apt-get': ['install'],
  apt: ['install'],
  yum: ['install'],
  dnf: ['install'],
  microdnf: ['install'],
  zypper: ['install', 'in'],
  tdnf: ['install'],
};
const ADMIN_GROUPS = new Set(['wheel', 'sudo', 'root', 'admin', '0']);
const SENSITIVE_FILES = /^\/etc\/(?:sudoers(?:\.d(?:\/.*)?)?|doas\.conf|doas\.d\/.*|passwd|shadow|group)$/;

/** The source text of an instruction (for content the shell words do not show, like heredoc bodies). */
export function sourceOf(df: DockerfileModel, ins: Instruction): string {
  const lines = df.text.split('\n');
  const r = ins.range;
  const part = lines.slice(r.line - 1, r.endLine);
  if (part.length === 0) return '';
  part[part.length - 1] = part[part.length - 1]!.slice(0, r.endColumn - 1);
  part[0] = part[0]!.slice(r.column - 1);
  return part.join('\n');
}

export function escalationPaths(df: DockerfileModel): EscalationPath[] {
  const out: EscalationPath[] = [];
  const add = (range: Range, messageId: string, data?: Record<string, string>) => out.push({ range, messageId, ...(data ? { data } : {}) });
  for (const stage of contributingStages(df)) {
    for (const ins of stage.instructions) {
      if (ins.kind === 'copy' || ins.kind === 'add') copyPaths(ins, add);
      if (ins.kind !== 'run') continue;
      for (const cmd of ins.commands) {
        const { name, args, nameWord } = effective(cmd);
        const vals = args.map((a) => a.value ?? a.text);
        if (name === 'chmod') {
          const mode = positionals(args)[0];
          if (mode && setsId(mode.value ?? mode.text)) add(mode.range, 'setuidChmod', { mode: mode.value ?? mode.text });
        } else if (name === 'install') {
          const k = vals.findIndex((v) => v === '-m' || v.startsWith('--mode=') || /^-m\d/.test(v));
          const mode = k < 0 ? null : vals[k]!.startsWith('--mode=') ? vals[k]!.slice(7) : vals[k] === '-m' ? (vals[k + 1] ?? '') : vals[k]!.slice(2);
          if (mode !== null && setsId(mode)) add(args[k]!.range, 'setuidInstall', { mode });
        } else if (name === 'setcap' && !vals.includes('-r')) {
          add(nameWord.range, 'setcap');
        } else if (name !== null && Object.hasOwn(INSTALLERS, name)) {
          const sub = positionals(args)[0]?.value;
          if (sub && INSTALLERS[name]!.includes(sub)) {
            const pkg = positionals(args)
              .slice(1)
              .find((a) => SUDO_PACKAGES.has((a.value ?? '').split(/[=~<>]/)[0]!));
            if (pkg) add(pkg.range, 'sudoPackage', { pkg: pkg.value ?? '' });
          }
        } else if (
          name === 'passwd' &&
          vals.some((v) => v === '-d' || v === '-u' || v === '--delete') &&
          (vals.includes('root') || positionals(args).length === 0)
        ) {
          add(nameWord.range, 'rootPasswordDeleted');
        } else if (
          (name === 'addgroup' || name === 'adduser' || name === 'gpasswd') &&
          positionals(args).length >= 2 &&
          ADMIN_GROUPS.has(positionals(args)[positionals(args).length - 1]!.value ?? '')
        ) {
          add(nameWord.range, 'adminGroup', { group: positionals(args)[positionals(args).length - 1]!.value ?? '' });
        } else if (name === 'usermod' && vals.some((v, k) => /^-[a-zA-Z]*G$/.test(v) && ADMIN_GROUPS.has((vals[k + 1] ?? '').split(',')[0]!))) {
          add(nameWord.range, 'adminGroup', { group: vals[vals.findIndex((v) => /^-[a-zA-Z]*G$/.test(v)) + 1] ?? '' });
        }
      }
      const text = sourceOf(df, ins);
      if (/NOPASSWD/.test(text)) add(ins.keywordRange, 'nopasswd');
      if (/\bpermit\s+(?:nopass|persist)\b/.test(text)) add(ins.keywordRange, 'doasNopass');
      if (/\broot:[^:\s'"]*\s*['"]?\s*\|\s*chpasswd|chpasswd[\s\S]*\broot:/.test(text)) add(ins.keywordRange, 'rootPasswordSet');
      if (/>>?\s*\/etc\/(?:passwd|shadow|sudoers)/.test(text)) add(ins.keywordRange, 'editsAuthFiles');
    }
  }
  return out;
}

function copyPaths(ins: CopyInstruction, add: (range: Range, messageId: string, data?: Record<string, string>) => void): void {
  const chmod = ins.flags.find((f) => f.name === 'chmod');
  if (chmod?.value && setsId(chmod.value)) add(chmod.range, 'setuidCopy', { keyword: ins.keyword, mode: chmod.value });
  const dest = ins.dest?.value;
  if (dest && SENSITIVE_FILES.test(dest.replace(/\/+$/, ''))) add(ins.dest!.range, 'overwritesAuthFile', { keyword: ins.keyword, dest });
}
