/**
 * Subcommands of `w7-grade`. Register one with a single line: its name, a one-line Korean
 * summary for `--help`, and a loader of a module exporting `run(argv, io): Promise<number>`.
 * Without a known subcommand name the arguments go to `grade`.
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
  lab: { summary: '실습 채점: 목표마다 통과/실패와 이유 (w7-grade lab <id> <파일>...)', load: () => import('./lab') },
};
