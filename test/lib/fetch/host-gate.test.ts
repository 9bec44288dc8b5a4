import { GateClosedError, HostGate } from '../../../lib/fetch/host-gate';

const clock = () => new Date('2024-03-05T10:00:00Z');

describe('HostGate', () => {
  it('grants up to `concurrency` slots per host and queues the rest in order', async () => {
    const gate = new HostGate({ concurrency: 2, minSpacingMs: 0, now: clock });
    const order: string[] = [];
    const a = await gate.acquire('news.example.kr');
    const b = await gate.acquire('NEWS.example.kr'); // host names are case-insensitive
    const c = gate.acquire('news.example.kr').then((release) => (order.push('c'), release));
    const d = gate.acquire('news.example.kr').then((release) => (order.push('d'), release));
    const other = await gate.acquire('other.example.com'); // another host is not held up

    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]);
    a();
    a(); // releasing twice frees one slot only
    const releaseC = await c;
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['c']);
    b();
    (await d)();
    releaseC();
    other();
  });

  it('spaces starts on one host by minSpacingMs', async () => {
    const gate = new HostGate({ concurrency: 4, minSpacingMs: 60, now: clock });
    const starts: number[] = [];
    await Promise.all(
      [0, 1, 2].map(async () => {
        const release = await gate.acquire('a.example');
        starts.push(performance.now());
        release();
      }),
    );
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(55);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(55);
  });

  it('takes a request out of the queue when its signal aborts', async () => {
    const gate = new HostGate({ concurrency: 1, minSpacingMs: 0, now: clock });
    const held = await gate.acquire('a.example');
    const controller = new AbortController();
    const waiting = gate.acquire('a.example', 0, controller.signal);
    controller.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
    held();
    (await gate.acquire('a.example'))();
  });

  it('keeps a cool-down per host on the wall clock, the longest one winning', () => {
    let now = new Date('2024-03-05T10:00:00Z');
    const gate = new HostGate({ concurrency: 1, minSpacingMs: 0, now: () => now });
    gate.coolDown('a.example', now.getTime() + 120_000, 429);
    gate.coolDown('a.example', now.getTime() + 1_000, 503);
    expect(gate.coolDownOf('A.example')).toEqual({ remainingMs: 120_000, status: 429 });
    expect(gate.coolDownOf('b.example')).toBeUndefined();
    now = new Date('2024-03-05T10:02:01Z');
    expect(gate.coolDownOf('a.example')).toBeUndefined();
  });

  it('rejects queued requests when closed', async () => {
    const gate = new HostGate({ concurrency: 1, minSpacingMs: 0, now: clock });
    await gate.acquire('a.example');
    const queued = gate.acquire('a.example');
    gate.close();
    await expect(queued).rejects.toBeInstanceOf(GateClosedError);
    await expect(gate.acquire('b.example')).rejects.toBeInstanceOf(GateClosedError);
  });
});
