/**
 * Politeness per host: at most `concurrency` requests in flight, starts at least
 * `minSpacingMs` apart (raised per host by robots.txt `Crawl-delay`), and a cool-down after
 * a 429/503 with Retry-After during which we do not contact the host at all.
 *
 * Spacing waits real time, so it is measured with the monotonic clock (`performance.now`),
 * not the injectable wall clock: a frozen test clock must not freeze the queue.
 */

/** Configuration of a {@link HostGate}. */
export interface HostGateOptions {
  concurrency: number;
  minSpacingMs: number;
  /** Wall clock for cool-downs (they come from Retry-After dates). */
  now: () => Date;
}

/** Gives the slot back; call it exactly once, when the response body is consumed. */
export type ReleaseSlot = () => void;

interface Waiter {
  grant: (release: ReleaseSlot) => void;
  reject: (error: unknown) => void;
}

interface HostState {
  active: number;
  /** Monotonic time of the last start, or -Infinity. */
  lastStart: number;
  spacingMs: number;
  queue: Waiter[];
  timer?: ReturnType<typeof setTimeout>;
}

/** The error a queued request gets when the gate closes under it. */
export class GateClosedError extends Error {
  override name = 'GateClosedError' as const;
  constructor() {
    super('the fetcher was closed');
  }
}

/** Keeps the per-host queues. One instance per fetcher. */
export class HostGate {
  private readonly hosts = new Map<string, HostState>();
  private readonly cooldowns = new Map<string, { untilMs: number; status: number }>();
  private closed = false;

  constructor(private readonly options: HostGateOptions) {}

  /**
   * Waits for a slot on `host`. `spacingMs` raises the host's spacing (Crawl-delay); the
   * signal, when it aborts, takes the request out of the queue with the signal's reason.
   */
  acquire(host: string, spacingMs = 0, signal?: AbortSignal): Promise<ReleaseSlot> {
    if (this.closed) return Promise.reject(new GateClosedError());
    const state = this.stateOf(host);
    state.spacingMs = Math.max(this.options.minSpacingMs, spacingMs);
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const onAbort = (): void => {
        const i = state.queue.indexOf(waiter);
        if (i >= 0) state.queue.splice(i, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        reject,
      };
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      state.queue.push(waiter);
      this.pump(host, state);
    });
  }

  /** Stops contacting `host` until `untilMs` (wall clock, epoch ms), because it answered `status`. */
  coolDown(host: string, untilMs: number, status: number): void {
    const key = host.toLowerCase();
    const current = this.cooldowns.get(key);
    if (!current || current.untilMs < untilMs) this.cooldowns.set(key, { untilMs, status });
  }

  /** The host's cool-down, if one is running: time left and the status that started it. */
  coolDownOf(host: string): { remainingMs: number; status: number } | undefined {
    const key = host.toLowerCase();
    const entry = this.cooldowns.get(key);
    if (!entry) return undefined;
    const remainingMs = entry.untilMs - this.options.now().getTime();
    if (remainingMs > 0) return { remainingMs, status: entry.status };
    this.cooldowns.delete(key);
    return undefined;
  }

  /** Rejects every queued request; requests in flight finish on their own. */
  close(): void {
    this.closed = true;
    for (const state of this.hosts.values()) {
      if (state.timer) clearTimeout(state.timer);
      for (const waiter of state.queue.splice(0)) waiter.reject(new GateClosedError());
    }
    this.hosts.clear();
  }

  private stateOf(host: string): HostState {
    const key = host.toLowerCase();
    let state = this.hosts.get(key);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, spacingMs: this.options.minSpacingMs, queue: [] };
      this.hosts.set(key, state);
    }
    return state;
  }

  private pump(host: string, state: HostState): void {
    if (state.timer) return; // a timed pump is already due
    while (state.queue.length > 0 && state.active < this.options.concurrency) {
      const wait = state.lastStart + state.spacingMs - performance.now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          delete state.timer;
          this.pump(host, state);
        }, Math.ceil(wait));
        return;
      }
      const waiter = state.queue.shift();
      if (!waiter) return;
      state.active++;
      state.lastStart = performance.now();
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        state.active--;
        this.pump(host, state);
        this.forgetIfIdle(host, state);
      });
    }
  }

  /** Drops idle hosts whose spacing has passed, so a long run does not grow the map forever. */
  private forgetIfIdle(host: string, state: HostState): void {
    if (state.active > 0 || state.queue.length > 0 || state.timer) return;
    if (performance.now() - state.lastStart < state.spacingMs) return;
    this.hosts.delete(host.toLowerCase());
  }
}
