import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../dockerfile/model';
import { escalationPaths, setsId } from './escalation-paths';

const paths = (text: string) => escalationPaths(parseDockerfile('Dockerfile', text)).map((p) => `${p.range.line}:${p.range.column} ${p.messageEn}`);

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
      '2:24 Installs sudo: with sudo/doas a non-root user can get back to root.',
      '2:43 chmod u+s makes a setuid/setgid file: running it gives the owner\'s (root) rights.',
      '3:5 setcap gives a file capabilities that a non-root user gets by running it.',
      '3:40 Deleting the root password lets anyone su to root.',
      '4:1 NOPASSWD in sudoers lets the non-root user become root without a password.',
      '4:1 Editing /etc/passwd, /etc/shadow or sudoers directly can create a UID 0 user or root rights.',
      '5:6 COPY --chmod=4755 makes a setuid/setgid file.',
      '6:13 COPY overwrites /etc/passwd, which can grant sudo or create a UID 0 user.',
      '7:5 Adding a user to an admin group lets it become root.',
    ]);
  });
  it('follows COPY --from into the stage that made the file, and ignores stages that do not reach the image', () => {
    const via = 'FROM alpine:3.22 AS tools\nRUN chmod 4755 /bin/busybox\nFROM alpine:3.22 AS unused\nRUN apk add sudo\nFROM alpine:3.22\nCOPY --from=tools /bin/busybox /bin/busybox\nUSER 10001\n';
    expect(paths(via)).toEqual(["2:11 chmod 4755 makes a setuid/setgid file: running it gives the owner's (root) rights."]);
    expect(paths('FROM alpine:3.22\nRUN chmod 755 /app && setcap -r /bin/ping\nUSER 10001\n')).toEqual([]);
  });
});
