/**
 * The development-set scorer follows ../shared/devset/score.mjs's rules; checked here on
 * a tiny set of our own.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DetectedEvent, Status } from '../../lib/core/types';
import { formatDevReport, loadDevSet, scoreDevSet, type DevSet } from '../../eval/devset';

const event = (status: Status, confidence: number, project = 'Ohio One', modality: 'occurred' | 'planned' = 'occurred'): DetectedEvent => ({
  project, projectId: project, org: null, status, modality, when: null, evidence: '', confidence, detector: 'en-cue', discovered: false,
});

const set: DevSet = {
  lang: 'en',
  sentences: [
    { id: 's1', lang: 'en', text: 'Intel delayed Ohio One.', status: 'DELAYED', published: '2025-03-01' },
    { id: 's2', lang: 'en', text: 'The weather was fine.', status: 'NONE', published: undefined },
    { id: 's3', lang: 'en', text: 'Acme opened a plant.', status: 'LAUNCHED', published: undefined },
  ],
  articles: [
    {
      name: 'a.txt', lang: 'en', document: '', published: '2025-03-01',
      gold: [
        { project: 'Ohio One fab', org: 'Intel', status: 'DELAYED', optional: false },
        { project: 'Magdeburg fab', org: 'Intel', status: 'CANCELLED', optional: true },
      ],
    },
  ],
};

describe('scoreDevSet', () => {
  const report = scoreDevSet(
    set,
    new Map([
      ['s1', [event('DELAYED', 0.8), event('LAUNCHED', 0.6, 'Ohio One', 'planned')]],
      ['s2', [event('CANCELLED', 0.55)]],
      ['s3', []],
    ]),
    new Map([['a.txt', [event('DELAYED', 0.95, 'Ohio One'), event('CANCELLED', 0.4, 'Magdeburg'), event('APPROVED', 0.92, 'Ohio One')]]]),
  );

  it('judges sentences by the set of occurred statuses', () => {
    expect(report.sentences.exact).toBe(1);
    const delayed = report.sentences.perStatus.find((s) => s.status === 'DELAYED')!;
    expect(delayed).toMatchObject({ precision: 1, recall: 1 });
    expect(report.sentences.perStatus.find((s) => s.status === 'LAUNCHED')).toMatchObject({ recall: 0 });
    expect(report.sentences.micro).toMatchObject({ precision: 0.5, recall: 0.5 });
  });

  it('matches article events by status and a shared word; optional gold costs nothing', () => {
    // The matched optional event counts neither way: TP 1 (Ohio One), FP 1 (APPROVED).
    expect(report.articles).toMatchObject({ precision: 0.5, recall: 1 });
    expect(report.articles.extras).toEqual(['a.txt: APPROVED Ohio One (0.92)']);
  });

  it('puts every occurred event in its confidence band', () => {
    expect(report.bands.sentences.map((b) => [b.events, b.correct])).toEqual([[0, 0], [0, 0], [1, 0], [1, 1], [0, 0]]);
    expect(report.bands.articles.map((b) => [b.events, b.correct])).toEqual([[0, 0], [1, 1], [0, 0], [0, 0], [2, 1]]);
    expect(report.alerted.all).toMatchObject({ events: 4, correct: 2, precision: 0.5 });
    expect(formatDevReport(report)).toMatch(/>= 0\.5 \(alerted\)/);
  });
});

describe('loadDevSet', () => {
  it('is undefined without the folder, and reads sentences and articles with their dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'devset-'));
    expect(loadDevSet(join(dir, 'missing'))).toBeUndefined();
    mkdirSync(join(dir, 'en', 'articles'), { recursive: true });
    writeFileSync(join(dir, 'en', 'sentences.jsonl'), `${JSON.stringify({ id: 'x', text: 'Acme opened a plant.', status: 'LAUNCHED', published: '2024-05' })}\n`);
    writeFileSync(join(dir, 'en', 'articles', 'a.txt'), 'Title: Acme opens plant\nDate: 2024-05-02\n---\nAcme opened its plant on Tuesday.\n');
    writeFileSync(join(dir, 'en', 'articles', 'a.expected.json'), JSON.stringify([{ project: 'Acme plant', org: 'Acme', status: 'LAUNCHED' }]));
    const [en] = loadDevSet(dir)!;
    expect(en!.sentences[0]).toMatchObject({ id: 'x', published: '2024-05-15' });
    expect(en!.articles[0]).toMatchObject({ published: '2024-05-02', document: 'Acme opens plant\n\nAcme opened its plant on Tuesday.\n' });
    expect(en!.articles[0]!.gold[0]).toMatchObject({ status: 'LAUNCHED', optional: false });
  });
});
