import { describe, expect, it } from 'vitest';
import { isolationProblems, noNewPrivileges, parsePublish, readDockerCall, switchOn } from './run';
import { expandWord, readScript } from './script';

const vars = new Map<string, string | null>([
  ['A', 'x y'],
  ['E', ''],
  ['U', null],
]);
const fields = (raw: string) => expandWord(raw, vars)?.map((f) => (f.unknown ? `?${f.value}` : f.value));
const commands = (text: string) => {
  const r = readScript(text);
  if (!r.ok) throw new Error(r.message);
  return r.reading.commands.map((c) => [c.via.join('+'), c.name, ...c.args.map((a) => (a.unknown ? `?${a.raw}` : a.value))].join(' '));
};

describe('expandWord', () => {
  it('removes quotes and splits unquoted expansions only', () => {
    expect(fields('"$A"')).toEqual(['x y']);
    expect(fields('$A')).toEqual(['x', 'y']);
    expect(fields("'$A'")).toEqual(['$A']);
    expect(fields('pre$A')).toEqual(['prex', 'y']);
    expect(fields('$E')).toEqual([]);
    expect(fields('""')).toEqual(['']);
    expect(fields('a\\ b')).toEqual(['a b']);
  });
  it('applies ${VAR:-word}, ${VAR+word} and ${#VAR}; unknown values stay unknown', () => {
    expect(fields('${E:-def}')).toEqual(['def']);
    expect(fields('${E-def}')).toEqual([]);
    expect(fields('${NOPE:-"a b"}')).toEqual(['a', 'b']);
    expect(fields('${A:+on}')).toEqual(['on']);
    expect(fields('${#A}')).toEqual(['3']);
    expect(fields('$U')).toEqual(['?']);
    expect(fields('$NOPE')).toEqual(['?']);
    expect(fields('$1')).toEqual(['?']);
    expect(expandWord('$(id -u)', vars)).toBeNull();
    expect(expandWord('`id`', vars)).toBeNull();
  });
});

describe('readScript', () => {
  it('follows assignments in order and unwraps sudo, exec, env, command and timeout', () => {
    expect(commands('I=a:1\nexport F="--x --y"\nsudo -u root env A=1 docker run $F "$I"\nI=b\nexec timeout 5 command docker run $I')).toEqual([
      'sudo+env docker run --x --y a:1',
      'exec+timeout+command docker run b',
    ]);
  });
  it('reads sh -c, eval and here-documents given to a shell', () => {
    expect(commands(`sh -c 'docker run -d a'\neval "docker" run b\nbash <<'EOF'\ndocker run c\nEOF\n`)).toEqual([
      ' docker run -d a',
      ' docker run b',
      ' docker run c',
    ]);
  });
  it('marks variables set inside conditionals as unknown and lists function and alias names', () => {
    const r = readScript('if true; then X=--privileged; fi\ndocker run $X img\nf() { docker run img; }\nalias docker=podman\n');
    expect(r.ok && r.reading.commands.map((c) => c.args.map((a) => (a.unknown ? '?' : a.value)).join(' '))).toEqual([
      '',
      'run ? img',
      'run img',
      'docker=podman',
    ]);
    expect(r.ok && r.reading.redefined.map((d) => d.name)).toEqual(['f', 'docker']);
  });
});

describe('docker run as the CLI reads it', () => {
  const call = (text: string) => {
    const r = readScript(text);
    if (!r.ok) throw new Error(r.message);
    return readDockerCall(r.reading.commands[0]!)!;
  };
  it('skips global options, reads grouped short flags and stops at the image', () => {
    const c = call('docker --context prod -H unix:///x container run -dit -u0 -p127.0.0.1::80 --rm=false img --privileged');
    expect(c.kind === 'start' && c.options.map((o) => `${o.name}=${o.value}`)).toEqual([
      'detach=null',
      'interactive=null',
      'tty=null',
      'user=0',
      'publish=127.0.0.1::80',
      'rm=false',
    ]);
    expect(c.kind === 'start' && c.image?.value).toBe('img');
  });
  it('lets later single values win and keeps list values', () => {
    const c = call('docker run --read-only --read-only=0 --security-opt no-new-privileges:true --security-opt=no-new-privileges=false img');
    if (c.kind !== 'start') throw new Error('not a run');
    expect(switchOn(c.options, 'read-only').on).toBe(false);
    expect(noNewPrivileges(c.options).on).toBe(false);
  });
  it('names every option that undoes isolation', () => {
    const c = call('docker run --pid=host --net host -v data:/data -v ./x:/x --mount type=bind,source=/var/run/docker.sock,target=/s --device=/dev/kvm img');
    if (c.kind !== 'start') throw new Error('not a run');
    expect(isolationProblems(c.options).map((p) => p.option.name)).toEqual(['pid', 'net', 'volume', 'device', 'mount']);
  });
  it('refuses unknown options and unknown values', () => {
    expect(call('docker run --privilegd img')).toMatchObject({
      kind: 'start',
      problem: { message: 'docker가 모르는 옵션 --privilegd입니다. docker run이 실패합니다.' },
    });
    expect(call('docker run -u "$WHO" img')).toMatchObject({ kind: 'start', problem: { message: '-u의 값("$WHO")을 알 수 없습니다.' } });
  });
  it('parses -p values', () => {
    expect(parsePublish('8080:80')).toEqual({ ip: null, containerPort: '80', protocol: 'tcp' });
    expect(parsePublish('127.0.0.1:8080:80/udp')).toEqual({ ip: '127.0.0.1', containerPort: '80', protocol: 'udp' });
    expect(parsePublish('[::1]:8080:80')).toEqual({ ip: '::1', containerPort: '80', protocol: 'tcp' });
    expect(parsePublish('80')).toEqual({ ip: null, containerPort: '80', protocol: 'tcp' });
  });
});
