import type { Source, SourceState } from '../../../lib/core/types';
import { dueSources } from '../../../lib/pipeline/due-sources';

const source = (id: string, intervalMinutes = 15): Source => ({ id, url: `https://example.com/${id}`, kind: 'rss', lang: 'en', fetchArticles: true, intervalMinutes });
const now = new Date('2024-03-10T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

describe('dueSources', () => {
  it.each<[string, SourceState | undefined, boolean]>([
    ['never fetched', undefined, true],
    ['fetched 20 min ago', { sourceId: 'a', failures: 0, lastFetchedAt: ago(20) }, true],
    ['fetched 14.5 min ago (within a minute of slack)', { sourceId: 'a', failures: 0, lastFetchedAt: ago(14.5) }, true],
    ['fetched 5 min ago', { sourceId: 'a', failures: 0, lastFetchedAt: ago(5) }, false],
    ['backing off', { sourceId: 'a', failures: 3, lastFetchedAt: ago(60), backoffUntil: new Date(now.getTime() + 60_000).toISOString() }, false],
    ['backoff over', { sourceId: 'a', failures: 3, lastFetchedAt: ago(60), backoffUntil: ago(1) }, true],
  ])('%s', (_, state, due) => {
    expect(dueSources([source('a')], state ? [state] : [], now).map((s) => s.id)).toEqual(due ? ['a'] : []);
  });

  it('uses each source its own interval', () => {
    const states: SourceState[] = [
      { sourceId: 'fast', failures: 0, lastFetchedAt: ago(20) },
      { sourceId: 'slow', failures: 0, lastFetchedAt: ago(20) },
    ];
    expect(dueSources([source('fast', 15), source('slow', 60)], states, now).map((s) => s.id)).toEqual(['fast']);
  });
});
