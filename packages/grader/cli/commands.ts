/**
 * Subcommands of `w7-grade`. Register one with a single line: its name, a one-line Korean
 * summary for `--help`, and a loader of a module exporting `run(argv, io): Promise<number>`.
 * Without a known subcommand name the arguments go to `grade`. A host CLI (the course's root
 * `w7-grade`, which adds `lab`) passes its own entries to `main`.
 */
import type { CliIO } from './io';

export interface CommandModule {
  run(argv: string[], io: CliIO): Promise<number>;
}

export interface CommandEntry {
  summary: string;
  load(): Promise<CommandModule>;
}

export const commands: Record<string, CommandEntry> = {
  grade: { summary: 'Dockerfile과 Kubernetes 매니페스트를 검사합니다 (기본 명령)', load: () => import('./grade') },
  netpol: { summary: 'NetworkPolicy 연결 분석 (출발 x 도착 x 포트 진리표)', load: () => import('./netpol') },
  'can-i': { summary: 'RBAC 권한 확인 (kubectl auth can-i 와 같은 형식)', load: () => import('./can-i') },
};
