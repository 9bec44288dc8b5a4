/**
 * Resolves a hostname, refuses non-public addresses, and pins the checked address so the
 * socket connects to exactly what was checked. Without the pin, a DNS answer that changes
 * between the check and the connect (DNS rebinding) would let a public name reach
 * 169.254.169.254 or the local network.
 *
 * The pin is used through {@link AddressGuard.netLookup}, given to undici as the socket's
 * `lookup`: every new connection asks the guard, never the system resolver directly. When a
 * pin has expired the guard resolves and checks again, so no path connects unchecked.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction as NetLookupFunction } from 'node:net';
import { classifyAddress, isIpLiteral } from './address';
import { FetchError } from './errors';

/** One answer of a lookup. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a hostname to its addresses (injectable: tests map fake names to addresses). */
export type LookupFunction = (hostname: string) => Promise<ResolvedAddress[]>;

/** Configuration of an {@link AddressGuard}. */
export interface AddressGuardOptions {
  /** Hostnames or IP addresses that may resolve to, or be, non-public addresses. */
  allowHosts: readonly string[];
  lookup?: LookupFunction;
  /** How long a checked address stays pinned for new connections. */
  pinTtlMs?: number;
}

/** The system resolver, every address in the resolver's order. */
export const systemLookup: LookupFunction = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * URL hostnames carry IPv6 literals in brackets; allow-lists and resolvers do not.
 *
 * @example
 * bareHost('[::1]') // => '::1'
 */
export function bareHost(hostname: string): string {
  const h = hostname.toLowerCase();
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

interface Pin extends ResolvedAddress {
  expiresAt: number;
}

/** One per fetcher: holds the allow-list and the pins. */
export class AddressGuard {
  private readonly allow: Set<string>;
  private readonly lookup: LookupFunction;
  private readonly pinTtlMs: number;
  private readonly pins = new Map<string, Pin>();

  constructor(options: AddressGuardOptions) {
    this.allow = new Set(options.allowHosts.map(bareHost));
    this.lookup = options.lookup ?? systemLookup;
    this.pinTtlMs = options.pinTtlMs ?? 60_000;
  }

  /**
   * Resolves and checks `hostname` for a fetch of `url`; the returned address is pinned.
   * Throws `RADAR_FETCH_BLOCKED_ADDRESS` (before any connection) or `RADAR_FETCH_NETWORK`.
   */
  async resolve(hostname: string, url: string): Promise<ResolvedAddress> {
    const host = bareHost(hostname);
    if (isIpLiteral(host)) {
      this.check(host, [host], url);
      return { address: host, family: host.includes(':') ? 6 : 4 };
    }
    let answers: ResolvedAddress[];
    try {
      answers = await this.lookup(host);
    } catch (error) {
      throw new FetchError('RADAR_FETCH_NETWORK', url, { message: `cannot resolve ${host}`, cause: error });
    }
    if (answers.length === 0) throw new FetchError('RADAR_FETCH_NETWORK', url, { message: `no address for ${host}` });
    this.check(host, answers.map((a) => a.address), url);
    // IPv4 first: IPv6 egress is often missing (Lambda outside a dual-stack VPC).
    const chosen = answers.find((a) => a.family === 4) ?? answers[0]!;
    this.pins.set(host, { ...chosen, expiresAt: Date.now() + this.pinTtlMs });
    return chosen;
  }

  /**
   * A `net` lookup for undici's connector: answers with the pinned address, or resolves and
   * checks when there is none. Errors reach the request as the connection's error.
   */
  readonly netLookup: NetLookupFunction = (hostname, options, callback) => {
    const host = bareHost(hostname);
    const pin = this.pins.get(host);
    const answer = (address: ResolvedAddress): void => {
      if (options.all) callback(null, [{ address: address.address, family: address.family }]);
      else callback(null, address.address, address.family);
    };
    if (pin && pin.expiresAt > Date.now()) {
      answer(pin);
      return;
    }
    this.resolve(host, hostname).then(answer, (error: unknown) => callback(error as NodeJS.ErrnoException, '', 0));
  };

  /**
   * Refuses when any answer is non-public, unless the host or that address is allowed. One
   * bad answer is enough: mixed answers are how rebinding attacks are usually served.
   */
  private check(host: string, addresses: string[], url: string): void {
    if (this.allow.has(host)) return;
    for (const address of addresses) {
      const kind = classifyAddress(address);
      if (kind === 'public' || this.allow.has(bareHost(address))) continue;
      throw new FetchError('RADAR_FETCH_BLOCKED_ADDRESS', url, {
        message: `refused: ${host} resolves to ${kind} address ${address}`,
      });
    }
  }
}
