/**
 * Property-based tests: the hardening flags written any way the docker CLI accepts (any order, `--x=v` or
 * `--x v`, short flags, `docker container run`, sudo/exec, variables, line continuations, comments, tmpfs by
 * --mount) pass; the same command plus one dangerous flag from the catalogue, anywhere before the image, fails
 * and names that flag.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeSet } from '../testing';
import { lab } from './lab';

const IMAGE = 'nginxinc/nginx-unprivileged:1.30-alpine';

/** Each hardening flag in the spellings the CLI accepts. */
const SPELLINGS: readonly (readonly string[])[] = [
  ['--user 101:101', '--user=101:101', '-u 101:101', '-u101', '--user 10001'],
  ['--read-only', '--read-only=true', '--read-only=1'],
  ['--tmpfs /tmp', '--tmpfs=/tmp', '--tmpfs /tmp:rw,size=64m', '--mount type=tmpfs,destination=/tmp', '--mount=type=tmpfs,dst=/tmp/'],
  ['--cap-drop ALL', '--cap-drop=all', '--cap-drop=ALL'],
  ['--security-opt no-new-privileges', '--security-opt=no-new-privileges:true', '--security-opt no-new-privileges=true'],
  ['-p 127.0.0.1:8080:8080', '--publish=127.0.0.1:8080:8080', '-p127.0.0.1:9000:8080/tcp', '-p [::1]:8080:8080'],
];
const HARMLESS = [
  '-d',
  '--rm',
  '--name web',
  '--init',
  '--restart unless-stopped',
  '-e TZ=Asia/Seoul',
  '--memory 256m',
  '--pids-limit 100',
  '--cap-add NET_BIND_SERVICE',
];

interface Cmd {
  flags: string[];
  prefix: string;
  sub: string;
  imageVar: boolean;
  flagsVar: boolean;
  continuation: boolean;
  comment: boolean;
}

const cmdArb: fc.Arbitrary<Cmd> = fc
  .record({
    picks: fc.tuple(...SPELLINGS.map((s) => fc.constantFrom(...s))),
    extra: fc.subarray(HARMLESS),
    order: fc.array(fc.integer(), { minLength: 20, maxLength: 20 }),
    prefix: fc.constantFrom('', 'sudo ', 'exec ', 'sudo -E ', 'command '),
    sub: fc.constantFrom('run', 'container run'),
    imageVar: fc.boolean(),
    flagsVar: fc.boolean(),
    continuation: fc.boolean(),
    comment: fc.boolean(),
  })
  .map((x) => {
    const flags = [...x.picks, ...x.extra];
    // A deterministic shuffle driven by the generated numbers.
    const keyed = flags.map((f, i) => ({ f, k: x.order[i % x.order.length]! * 31 + i }));
    keyed.sort((a, b) => a.k - b.k);
    return {
      flags: keyed.map((k) => k.f),
      prefix: x.prefix,
      sub: x.sub,
      imageVar: x.imageVar,
      flagsVar: x.flagsVar,
      continuation: x.continuation,
      comment: x.comment,
    };
  });

function render(c: Cmd, extra: string[] = [], at = 0): string {
  const flags = [...c.flags];
  flags.splice(at % (flags.length + 1), 0, ...extra);
  const lines: string[] = ['#!/bin/sh'];
  if (c.comment) lines.push('# hardened run of the web server');
  if (c.imageVar) lines.push(`IMAGE="${IMAGE}"`);
  let args: string[];
  if (c.flagsVar) {
    // Only flags without spaces inside their values survive word splitting unchanged.
    const movable = flags.filter((f) => !f.includes('[') && !f.includes('TZ'));
    lines.push(`HARDEN="${movable.join(' ')}"`);
    args = ['$HARDEN', ...flags.filter((f) => !movable.includes(f))];
  } else args = flags;
  const image = c.imageVar ? '"$IMAGE"' : IMAGE;
  const sep = c.continuation ? ' \\\n  ' : ' ';
  lines.push(`${c.prefix}docker ${c.sub}${sep}${[...args, image].join(sep)}`);
  return `${lines.join('\n')}\n`;
}

/** Dangerous flags and the text the failing reason must contain. */
const DANGEROUS: readonly [string, string][] = [
  ['--privileged', '--privileged'],
  ['--privileged=true', '--privileged'],
  ['--pid=host', '--pid=host'],
  ['--pid host', '--pid=host'],
  ['--ipc=host', '--ipc=host'],
  ['--uts=host', '--uts=host'],
  ['--network=host', '--network=host'],
  ['--net host', '--net=host'],
  ['--userns=host', '--userns=host'],
  ['--cgroupns host', '--cgroupns=host'],
  ['--device /dev/mem', '--device /dev/mem'],
  ['--device-cgroup-rule "c *:* rmw"', '--device-cgroup-rule'],
  ['--gpus all', '--gpus all'],
  ['-v /:/host', '-v /:/host'],
  ['--volume=/etc:/etc:ro', '-v /etc:/etc:ro'],
  ['-v /var/run/docker.sock:/var/run/docker.sock', 'Docker 소켓'],
  ['--mount type=bind,src=/,dst=/host', '--mount type=bind'],
  ['--volumes-from db', '--volumes-from db'],
  ['--use-api-socket', '--use-api-socket'],
  ['--cap-add SYS_ADMIN', '--cap-add SYS_ADMIN'],
  ['--cap-add=ALL', '--cap-add ALL'],
  ['--cap-add net_raw', '--cap-add NET_RAW'],
  ['--security-opt seccomp=unconfined', 'seccomp=unconfined'],
  ['--security-opt apparmor:unconfined', 'apparmor:unconfined'],
  ['--security-opt systempaths=unconfined', 'systempaths=unconfined'],
  ['--security-opt label=disable', 'label=disable'],
  ['--security-opt no-new-privileges=false', 'no-new-privileges=false'],
  ['--read-only=false', '--read-only=false'],
  ['-P', '-P'],
  ['-p 8443:8443', '-p 8443:8443'],
  ['--publish 0.0.0.0:8081:8080', '0.0.0.0:8081:8080'],
  ['--user 0', '--user 0'],
  ['-u root', '--user root'],
  ['--group-add 0', '--group-add 0'],
];

describe('docker-run-flags properties', () => {
  it('every spelling and order of the hardening flags passes', () => {
    fc.assert(
      fc.property(cmdArb, (c) => {
        const r = gradeSet(lab, { 'run.sh': render(c) });
        expect(
          r.objectives.filter((o) => !o.pass).map((o) => `${o.id}: ${o.reason}`),
          render(c),
        ).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('one dangerous flag anywhere before the image fails and is named', () => {
    fc.assert(
      fc.property(cmdArb, fc.constantFrom(...DANGEROUS), fc.nat(), (c, [flag, names], at) => {
        // Single-value options only win when they come after the ones they cancel.
        const pos = /^(?:--user|-u) |=false$/.test(flag) ? c.flags.length : at;
        const text = render({ ...c, flagsVar: false }, [flag], pos);
        const r = gradeSet(lab, { 'run.sh': text });
        expect(r.complete, text).toBe(false);
        const reasons = r.objectives.filter((o) => !o.pass).map((o) => o.reason);
        expect(
          reasons.some((x) => x.includes(names)),
          `${text}\n${reasons.join(' | ')}`,
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
