/**
 * Address ranges a crawler must never connect to, as data (IANA special-purpose registries,
 * RFC 6890 and successors). The classifier in `address.ts` applies them; IPv6 ranges that
 * embed an IPv4 address (mapped, NAT64, 6to4) are unwrapped there and judged by their IPv4.
 */

/** Why an address is refused; `public` is the only class we connect to. */
export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'benchmark'
  | 'reserved'
  | 'unique-local'
  | 'site-local'
  | 'invalid';

/** One IPv4 network we refuse. */
export interface Ipv4Range {
  /** Dotted network address. */
  network: string;
  prefix: number;
  class: AddressClass;
  /** Why it is here, where the name does not say. */
  note?: string;
}

/** IPv4 special-purpose ranges. The first match wins, so 255.255.255.255 sits before 240/4. */
export const BLOCKED_IPV4: readonly Ipv4Range[] = [
  { network: '0.0.0.0', prefix: 8, class: 'unspecified', note: '"this network"; 0.0.0.0 reaches localhost on Linux' },
  { network: '10.0.0.0', prefix: 8, class: 'private' },
  { network: '100.64.0.0', prefix: 10, class: 'cgnat', note: 'carrier-grade NAT, inside a provider network' },
  { network: '127.0.0.0', prefix: 8, class: 'loopback' },
  { network: '169.254.0.0', prefix: 16, class: 'link-local', note: 'includes the cloud metadata service 169.254.169.254' },
  { network: '172.16.0.0', prefix: 12, class: 'private' },
  { network: '192.0.0.0', prefix: 24, class: 'reserved', note: 'IETF protocol assignments' },
  { network: '192.0.2.0', prefix: 24, class: 'documentation', note: 'TEST-NET-1' },
  { network: '192.88.99.0', prefix: 24, class: 'reserved', note: 'deprecated 6to4 relay anycast' },
  { network: '192.168.0.0', prefix: 16, class: 'private' },
  { network: '198.18.0.0', prefix: 15, class: 'benchmark' },
  { network: '198.51.100.0', prefix: 24, class: 'documentation', note: 'TEST-NET-2' },
  { network: '203.0.113.0', prefix: 24, class: 'documentation', note: 'TEST-NET-3' },
  { network: '224.0.0.0', prefix: 4, class: 'multicast' },
  { network: '255.255.255.255', prefix: 32, class: 'broadcast' },
  { network: '240.0.0.0', prefix: 4, class: 'reserved', note: 'future use' },
];

/** One IPv6 network we refuse. */
export interface Ipv6Range {
  /** The leading 16-bit groups of the network; the rest are zero. */
  groups: readonly number[];
  prefix: number;
  class: AddressClass;
  note?: string;
}

/**
 * Checked after the embedded-IPv4 forms are unwrapped. Anything outside 2000::/3 (global
 * unicast) that is not listed here is `reserved`, so new special ranges fail closed.
 */
export const BLOCKED_IPV6: readonly Ipv6Range[] = [
  { groups: [0x2001, 0x0db8], prefix: 32, class: 'documentation' },
  { groups: [0x3fff], prefix: 20, class: 'documentation', note: 'RFC 9637, outside 2000::/3 anyway' },
  { groups: [0x2001], prefix: 23, class: 'reserved', note: 'IETF protocol assignments, incl. Teredo 2001::/32 which tunnels to any IPv4' },
  { groups: [0x0064, 0xff9b, 0x0001], prefix: 48, class: 'reserved', note: 'local-use NAT64, RFC 8215' },
  { groups: [0x0100], prefix: 64, class: 'reserved', note: 'discard-only' },
  { groups: [0xfc00], prefix: 7, class: 'unique-local' },
  { groups: [0xfe80], prefix: 10, class: 'link-local' },
  { groups: [0xfec0], prefix: 10, class: 'site-local', note: 'deprecated, still routed inside some networks' },
  { groups: [0xff00], prefix: 8, class: 'multicast' },
];
