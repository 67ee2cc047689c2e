import { describe, expect, it } from 'vitest';
import { contains, firstHost, formatAddress, lastHost, parseAddress, parseCidr } from './ip';

describe('addresses and CIDR blocks', () => {
  it('parses IPv4 and IPv6, refusing malformed text', () => {
    expect(parseAddress('10.1.2.3')).toEqual({ v: 4, n: 0x0a010203n });
    expect(parseAddress('::1')).toEqual({ v: 6, n: 1n });
    expect(parseAddress('2001:db8::')).toEqual({ v: 6, n: 0x20010db8n << 96n });
    for (const bad of ['256.1.1.1', '1.2.3', '01.2.3.4', '1::2::3', '1:2:3:4:5:6:7:8:9', 'abc', '', 'g::1']) expect(parseAddress(bad), bad).toBeNull();
  });

  it('parses CIDRs and clears host bits', () => {
    expect(parseCidr('10.1.2.3/8')).toEqual({ v: 4, base: 0x0a000000n, prefix: 8 });
    expect(parseCidr('0.0.0.0/0')).toEqual({ v: 4, base: 0n, prefix: 0 });
    for (const bad of ['10.0.0.0', '10.0.0.0/33', '::/129', 5, null, 'x/8']) expect(parseCidr(bad), String(bad)).toBeNull();
  });

  it('tests membership per family', () => {
    const c = parseCidr('172.16.0.0/12')!;
    expect(contains(c, parseAddress('172.31.255.255')!)).toBe(true);
    expect(contains(c, parseAddress('172.32.0.0')!)).toBe(false);
    expect(contains(parseCidr('::/0')!, parseAddress('10.0.0.1')!)).toBe(false);
    expect(contains(parseCidr('2001:db8::/32')!, parseAddress('2001:db8:1::5')!)).toBe(true);
  });

  it('gives sample hosts on both ends of a block', () => {
    const c = parseCidr('192.168.0.0/24')!;
    expect(formatAddress(firstHost(c))).toBe('192.168.0.1');
    expect(formatAddress(lastHost(c))).toBe('192.168.0.254');
    expect(formatAddress(firstHost(parseCidr('1.2.3.4/32')!))).toBe('1.2.3.4');
    expect(formatAddress(lastHost(parseCidr('2001:db8::/64')!))).toBe('2001:db8::ffff:ffff:ffff:fffe');
    expect(formatAddress(firstHost(parseCidr('::/0')!))).toBe('::1');
  });
});
