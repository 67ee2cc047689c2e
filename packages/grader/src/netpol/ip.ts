/** IPv4/IPv6 addresses and CIDR blocks for NetworkPolicy ipBlock (BigInt arithmetic, never throws). */

export interface Address {
  v: 4 | 6;
  n: bigint;
}

export interface Cidr {
  v: 4 | 6;
  /** Network address (host bits cleared). */
  base: bigint;
  prefix: number;
}

export function parseAddress(s: string): Address | null {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) {
    let n = 0n;
    for (const part of s.split('.')) {
      const x = Number(part);
      if (x > 255 || (part.length > 1 && part.startsWith('0'))) return null;
      n = (n << 8n) | BigInt(x);
    }
    return { v: 4, n };
  }
  if (!/^[0-9a-fA-F:]{2,39}$/.test(s)) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let n = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return { v: 6, n };
}

export function parseCidr(s: unknown): Cidr | null {
  if (typeof s !== 'string') return null;
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s.trim());
  if (!m) return null;
  const addr = parseAddress(m[1]!);
  if (!addr) return null;
  const prefix = Number(m[2]);
  const bits = addr.v === 4 ? 32 : 128;
  if (prefix > bits) return null;
  const host = (1n << BigInt(bits - prefix)) - 1n;
  return { v: addr.v, base: addr.n & ~host, prefix };
}

export function contains(c: Cidr, a: Address): boolean {
  if (c.v !== a.v) return false;
  const bits = c.v === 4 ? 32 : 128;
  const host = (1n << BigInt(bits - c.prefix)) - 1n;
  return (a.n & ~host) === c.base;
}

export function formatAddress(a: Address): string {
  if (a.v === 4) return [24n, 16n, 8n, 0n].map((s) => String((a.n >> s) & 255n)).join('.');
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((a.n >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** The first host address of a block (the network address itself for /31, /32, /127, /128). */
export function firstHost(c: Cidr): Address {
  const bits = c.v === 4 ? 32 : 128;
  return { v: c.v, n: bits - c.prefix >= 2 ? c.base + 1n : c.base };
}

/** The last host address of a block (before the broadcast address for IPv4). */
export function lastHost(c: Cidr): Address {
  const bits = c.v === 4 ? 32 : 128;
  const size = 1n << BigInt(bits - c.prefix);
  return { v: c.v, n: bits - c.prefix >= 2 ? c.base + size - 2n : c.base + size - 1n };
}
