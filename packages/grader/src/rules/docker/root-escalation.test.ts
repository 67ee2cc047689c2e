import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../dockerfile/model';
import { escalationPaths, setsId } from '../_shared/escalation-paths';

const paths = (text: string) =>
  escalationPaths(parseDockerfile('Dockerfile', text)).map(
    (p) => `${p.range.line}:${p.range.column} ${p.messageId}${p.data ? ` ${Object.values(p.data).join(' ')}` : ''}`,
  );

describe('docker/root-escalation', () => {
  it('reads setuid and setgid modes', () => {
    expect(['4755', '2755', '6755', '04755', 'u+s', 'g+s', '+s', 'a+rx,u+s', 'u=rwxs'].every(setsId)).toBe(true);
    expect(['755', '0755', '1777', 'u+x', 'go-w', 'a=rx'].some(setsId)).toBe(false);
  });
  it('finds setuid files, setcap, sudo and doas, root passwords and sensitive files', () => {
    const text = [
      'FROM alpine:3.22',
      'RUN apk add --no-cache sudo curl && chmod u+s /bin/busybox',
      'RUN setcap cap_net_raw+ep /bin/ping && passwd -d root',
      'RUN echo "app ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers',
      'COPY --chmod=4755 server /app/server',
      'COPY passwd /etc/passwd',
      'RUN addgroup app wheel',
      'USER 10001',
    ].join('\n');
    expect(paths(text)).toEqual([
      '2:24 sudoPackage sudo',
      '2:43 setuidChmod u+s',
      '3:5 setcap',
      '3:40 rootPasswordDeleted',
      '4:1 nopasswd',
      '4:1 editsAuthFiles',
      '5:6 setuidCopy COPY 4755',
      '6:13 overwritesAuthFile COPY /etc/passwd',
      '7:5 adminGroup wheel',
    ]);
  });
  it('follows COPY --from into the stage that made the file, and ignores stages that do not reach the image', () => {
    const via =
      'FROM alpine:3.22 AS tools\nRUN chmod 4755 /bin/busybox\nFROM alpine:3.22 AS unused\nRUN apk add sudo\nFROM alpine:3.22\nCOPY --from=tools /bin/busybox /bin/busybox\nUSER 10001\n';
    expect(paths(via)).toEqual(['2:11 setuidChmod 4755']);
    expect(paths('FROM alpine:3.22\nRUN chmod 755 /app && setcap -r /bin/ping\nUSER 10001\n')).toEqual([]);
  });
});
