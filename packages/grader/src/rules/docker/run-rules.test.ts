import { describe, expect, it } from 'vitest';
import { grade } from '../../engine';

const findings = (text: string) =>
  grade([{ name: 'run.sh', text }], { rules: ['docker/run-*'] }).results[0]!.findings.map(
    (f) => `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`,
  );

describe('docker/run-host-access and docker/run-port-exposed', () => {
  it('flag isolation-undoing options of run.sh as the shell runs it, at the option', () => {
    const text =
      'F="--pid=host --cap-add NET_ADMIN"\nsudo docker run -d $F \\\n  -v /:/host -p 8080:8080 \\\n  --security-opt no-new-privileges --security-opt no-new-privileges=false img:1\ndocker exec -u 0 web sh\n';
    expect(findings(text)).toEqual([
      'docker/run-host-access@2:20-2:22',
      'docker/run-host-access@2:20-2:22',
      'docker/run-host-access@3:3-3:5',
      'docker/run-port-exposed@3:14-3:16',
      'docker/run-host-access@4:36-4:50',
      'docker/run-host-access@5:13-5:15',
    ]);
  });
  it('accept a hardened command and leave other scripts alone', () => {
    expect(
      findings('docker run -d --user 101 --read-only --tmpfs /tmp --cap-drop ALL --cap-add NET_BIND_SERVICE -v data:/data -p 127.0.0.1:8080:8080 img:1\n'),
    ).toEqual([]);
    expect(findings('echo "docker run --privileged"\n')).toEqual([]);
    expect(findings('docker run "unclosed\n')).toEqual([]);
  });
});
