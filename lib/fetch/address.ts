/**
 * Classifies IP addresses for SSRF protection: a crawler that follows links and redirects
 * from the open web must not reach the machine it runs on, its network or the cloud
 * metadata service. Pure: strings in, a class out (ranges in `blocked-ranges.ts`).
 */
import { BLOCKED_IPV4, BLOCKED_IPV6, type AddressClass } from './blocked-ranges';

export type { AddressClass } from './blocked-ranges';

/**
 * Parses strict dotted-quad IPv4 (what resolvers and the URL parser produce) to a 32-bit number.
 *
 * @example
 * parseIpv4('10.0.0.7') // => 167772167
 * parseIpv4('10.0.7')   // => undefined
 */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value;
}

/**
 * Parses an IPv6 address (brackets, zone id and a dotted IPv4 tail allowed) to eight 16-bit groups.
 *
 * @example
 * parseIpv6('::ffff:10.0.0.7') // => [0, 0, 0, 0, 0, 0xffff, 0x0a00, 0x0007]
 */
export function parseIpv6(text: string): number[] | undefined {
  let s = text.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return undefined;

  // A dotted IPv4 tail stands for the last two groups.
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIpv4(last);
    if (v4 === undefined) return undefined;
    tail = [Math.floor(v4 / 0x10000), v4 % 0x10000];
    // Keep "::" when the tail follows it ("::ffff:" -> "::ffff", "::" stays "::").
    s = s.slice(0, lastColon + 1);
    if (!s.endsWith('::')) s = s.slice(0, -1);
  }

  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
      groups.push(parseInt(g, 16));
    }
    return groups;
  };
  const head = parseGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !rest) return undefined;
  const explicit = head.length + rest.length + tail.length;
  if (halves.length === 1) {
    return explicit === 8 ? [...head, ...tail] : undefined;
  }
  if (explicit > 7) return undefined;
  return [...head, ...new Array<number>(8 - explicit).fill(0), ...rest, ...tail];
}

function inIpv4Range(value: number, network: string, prefix: number): boolean {
  const base = parseIpv4(network);
  if (base === undefined) return false;
  const size = 2 ** (32 - prefix);
  return Math.floor(value / size) === Math.floor(base / size);
}

function classifyIpv4(value: number): AddressClass {
  for (const range of BLOCKED_IPV4) if (inIpv4Range(value, range.network, range.prefix)) return range.class;
  return 'public';
}

function inIpv6Range(groups: readonly number[], range: { groups: readonly number[]; prefix: number }): boolean {
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if (((groups[i] ?? 0) & mask) !== ((range.groups[i] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4From(high: number, low: number): number {
  return high * 0x10000 + low;
}

function classifyIpv6(g: readonly number[]): AddressClass {
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && g[7] === 1) return 'loopback';
  // Forms that carry an IPv4 address are judged by it: ::ffff:10.0.0.1 reaches 10.0.0.1.
  if (zeros(0, 5) && g[5] === 0xffff) return classifyIpv4(ipv4From(g[6] ?? 0, g[7] ?? 0)); // IPv4-mapped
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return classifyIpv4(ipv4From(g[6] ?? 0, g[7] ?? 0)); // SIIT
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return classifyIpv4(ipv4From(g[6] ?? 0, g[7] ?? 0)); // NAT64
  if (g[0] === 0x2002) return classifyIpv4(ipv4From(g[1] ?? 0, g[2] ?? 0)); // 6to4
  if (zeros(0, 6)) return 'reserved'; // deprecated IPv4-compatible ::a.b.c.d
  for (const range of BLOCKED_IPV6) if (inIpv6Range(g, range)) return range.class;
  // Only 2000::/3 is allocated as global unicast; everything else fails closed.
  if (((g[0] ?? 0) & 0xe000) !== 0x2000) return 'reserved';
  return 'public';
}

/**
 * Classifies an IP address literal (IPv4 or IPv6); `invalid` when it is neither.
 *
 * @example
 * classifyAddress('169.254.169.254') // => 'link-local'
 * classifyAddress('::ffff:10.0.0.7') // => 'private'
 * classifyAddress('93.184.215.14')   // => 'public'
 */
export function classifyAddress(ip: string): AddressClass {
  const v4 = parseIpv4(ip.trim());
  if (v4 !== undefined) return classifyIpv4(v4);
  const v6 = parseIpv6(ip);
  if (v6 !== undefined) return classifyIpv6(v6);
  return 'invalid';
}

/**
 * True when the address is a public unicast address a crawler may connect to.
 *
 * @example
 * isPublicAddress('127.0.0.1') // => false
 * isPublicAddress('2606:4700::1111') // => true
 */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}

/**
 * True when the text is an IP literal (a URL hostname may be one, in brackets for IPv6).
 *
 * @example
 * isIpLiteral('[::1]')          // => true
 * isIpLiteral('news.example.kr') // => false
 */
export function isIpLiteral(text: string): boolean {
  return parseIpv4(text) !== undefined || parseIpv6(text) !== undefined;
}
