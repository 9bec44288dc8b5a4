/**
 * `radar analyze` keeps the DESIGN section 6 contract exactly: these tests read the
 * output as an outside tool would.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATUSES } from '../../../lib/core/types';
import { radar } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'radar-analyze-'));
const EVENT_KEYS = ['project', 'projectId', 'org', 'status', 'modality', 'when', 'evidence', 'confidence'];

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function expectContractEvent(event: Record<string, unknown>): void {
  expect(Object.keys(event)).toEqual(EVENT_KEYS);
  expect(STATUSES).toContain(event.status);
  expect(['occurred', 'planned']).toContain(event.modality);
  expect(typeof event.evidence).toBe('string');
  expect(event.confidence).toBeGreaterThanOrEqual(0);
  expect(event.confidence).toBeLessThanOrEqual(1);
  if (event.when !== null) expect(event.when).toEqual({ text: expect.any(String), from: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), to: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
}

const KO_ARTICLE = `카카오 시흥 제2데이터센터 무산…안산 데이터센터는 내년 1분기 가동
입력 : 2023-11-24 오후 2:05:26

카카오가 서울대 시흥캠퍼스에 짓기로 했던 제2데이터센터 건립 계획이 무산됐다.
카카오는 지난해 4월 서울대와 업무협약을 체결하고 시흥 제2데이터센터 건립을 추진해 왔다.
첫 자체 데이터센터인 안산 데이터센터는 내년 1분기 가동에 들어갈 계획이다.
`;

describe('radar analyze FILE --json', () => {
  it('reads a Korean .txt: title line, byline date, several events with resolved dates', async () => {
    const run = await radar(['analyze', file('ko.txt', KO_ARTICLE), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['published', 'events']);
    expect(out.published).toBe('2023-11-24');
    out.events.forEach(expectContractEvent);
    const find = (status: string, projectId: string) => out.events.find((e: { status: string; projectId: string }) => e.status === status && e.projectId === projectId);
    expect(find('CANCELLED', 'kakao-siheung-dc')).toMatchObject({ modality: 'occurred', org: 'kakao' });
    expect(find('MOU_SIGNED', 'kakao-siheung-dc')?.when).toMatchObject({ from: '2022-04-01', to: '2022-04-30' });
    expect(find('LAUNCHED', 'kakao-ansan-dc')).toMatchObject({ modality: 'planned', when: { from: '2024-01-01', to: '2024-03-31' } });
  });

  it('takes --published over the document and --lang as given', async () => {
    const run = await radar(['analyze', file('en.txt', 'Intel delays Ohio One\n\nIntel has delayed its Ohio One fab to 2030.'), '--json', '--published', '2025-02-28', '--lang', 'en']);
    const out = JSON.parse(run.stdout);
    expect(out.published).toBe('2025-02-28');
    expect(out.events.some((e: { status: string; projectId: string }) => e.status === 'DELAYED' && e.projectId === 'intel-ohio')).toBe(true);
  });

  it('reads an .html page: title, JSON-LD date, body', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Meta scraps plan | Wire</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Meta halts work on Hyperion","datePublished":"2024-06-03T10:00:00Z"}</script></head>
<body><article><h1>Meta halts work on Hyperion</h1><p>Meta has paused construction of its Hyperion data center in Louisiana, the company said on Monday.</p>
<p>The pause follows a review of power supply contracts in the region.</p></article></body></html>`;
    const run = await radar(['analyze', file('page.html', html), '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.published).toBe('2024-06-03');
    expect(out.events.some((e: { status: string; projectId: string }) => e.status === 'ON_HOLD' && e.projectId === 'meta-hyperion')).toBe(true);
  });

  it('prints "published": null for a document with no date, and never dates its events by today', async () => {
    const run = await radar(['analyze', file('undated.txt', 'Taylor update\n\nSamsung Electronics broke ground on its Taylor fab yesterday.'), '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.published).toBeNull();
    expect(out.events.find((e: { status: string }) => e.status === 'CONSTRUCTION_STARTED')).toMatchObject({ when: null });
  });

  it('takes a month-only --published', async () => {
    const run = await radar(['analyze', file('month.txt', 'Taylor update\n\nSamsung Electronics broke ground on its Taylor fab last month.'), '--json', '--published', '2022-08']);
    const out = JSON.parse(run.stdout);
    expect(out.published).toBe('2022-08');
    expect(out.events.find((e: { status: string }) => e.status === 'CONSTRUCTION_STARTED')?.when).toMatchObject({ from: '2022-07-01', to: '2022-07-31' });
  });

  it('prints a readable summary without --json', async () => {
    const run = await radar(['analyze', file('ko2.txt', KO_ARTICLE)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('CANCELLED');
    expect(run.stdout).toContain('무산');
  });
});

describe('radar analyze --jsonl', () => {
  it('answers one line per input line, in order, keeping ids', async () => {
    const input = [
      { id: 'a', text: '카카오가 시흥 제2데이터센터 건립 계획을 백지화했다.', published: '2023-11-24' },
      { id: 'b', text: 'The weather was fine today.', lang: 'en' },
      { id: 7, text: 'Samsung Electronics broke ground on its Taylor fab last month.', published: '2022-08-15' },
    ];
    const run = await radar(['analyze', '--jsonl'], { stdin: input.map((i) => JSON.stringify(i)).join('\n') });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 7]);
    lines.forEach((l) => expect(Object.keys(l)).toEqual(['id', 'events']));
    expect(lines[0].events[0]).toMatchObject({ status: 'CANCELLED', projectId: 'kakao-siheung-dc' });
    expect(lines[1].events).toEqual([]);
    expect(lines[2].events[0]).toMatchObject({ status: 'CONSTRUCTION_STARTED', projectId: 'samsung-taylor-fab', when: { from: '2022-07-01', to: '2022-07-31' } });
  });

  it('reports a bad line on stderr, answers it in place, and goes on (exit 2)', async () => {
    const run = await radar(['analyze', '--jsonl'], { stdin: `{"id":"ok","text":"Hello."}\nnot json\n{"id":"x"}\n{"id":"last","text":"Fine."}\n` });
    expect(run.code).toBe(2);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['ok', null, 'x', 'last']);
    expect(lines[2]).toEqual({ id: 'x', events: [], error: expect.stringMatching(/line 3: .*text/) });
    expect(run.stderr).toMatch(/line 2: not JSON/);
    expect(run.stderr).toMatch(/line 3: .*text/);
  });

  it('keeps the id on every error line, even one that is not JSON', async () => {
    const stdin = ['{"id":"bad-date","text":"Fine.","published":"2024-13"}', '{"id": "broken", "text": "a \\q escape"}', '{"id":42,"text":3}', '["not","an","object"]'].join('\n');
    const run = await radar(['analyze', '--jsonl'], { stdin });
    expect(run.code).toBe(2);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['bad-date', 'broken', 42, null]);
    expect(lines[0].error).toMatch(/line 1: published must be YYYY-MM-DD, YYYY-MM, YYYY or null/);
    expect(lines[1].error).toMatch(/line 2: not JSON/);
    lines.forEach((l) => expect(l.events).toEqual([]));
  });

  const TAYLOR = 'Samsung Electronics broke ground on its Taylor fab last month.';
  const taylor = (line: { events: Array<{ status: string; when: unknown }> }) => line.events.find((e) => e.status === 'CONSTRUCTION_STARTED');

  it('reads "published": null as unknown: no event date is taken from today, written dates stay', async () => {
    const input = [
      { id: 'null', text: TAYLOR, published: null },
      { id: 'absent', text: TAYLOR },
      { id: 'written', text: 'Samsung Electronics broke ground on its Taylor fab in April 2022.', published: null },
      { id: 'ko', text: '삼성전자는 지난해 4월 테일러 공장을 착공했다.', published: null },
    ];
    const run = await radar(['analyze', '--jsonl'], { stdin: input.map((i) => JSON.stringify(i)).join('\n') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(taylor(lines[0])).toMatchObject({ when: null });
    expect(taylor(lines[1])).toMatchObject({ when: null });
    expect(taylor(lines[2])).toMatchObject({ when: { from: '2022-04-01', to: '2022-04-30' } });
    expect(taylor(lines[3])).toMatchObject({ when: null });
  });

  it('accepts a month-only or year-only date and keeps only the dates that span pins down', async () => {
    const input = [
      { id: 'month', text: TAYLOR, published: '2022-08' },
      { id: 'day-in-month', text: 'Samsung Electronics broke ground on its Taylor fab on Tuesday.', published: '2022-08' },
      { id: 'year', text: 'Samsung Electronics broke ground on its Taylor fab last year.', published: '2022' },
      { id: 'month-in-year', text: TAYLOR, published: '2022' },
    ];
    const run = await radar(['analyze', '--jsonl'], { stdin: input.map((i) => JSON.stringify(i)).join('\n') });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(taylor(lines[0])).toMatchObject({ when: { text: 'last month', from: '2022-07-01', to: '2022-07-31' } });
    expect(taylor(lines[1])).toMatchObject({ when: null });
    expect(taylor(lines[2])).toMatchObject({ when: { from: '2021-01-01', to: '2021-12-31' } });
    expect(taylor(lines[3])).toMatchObject({ when: null });
  });
});

describe('bad usage', () => {
  it.each([
    [['analyze', '--published', '24.11.2023', '-'], /--published must be YYYY-MM-DD/],
    [['analyze', '--lang', 'fr', '-'], /--lang must be ko or en/],
    [['analyze', join(dir, 'missing.txt')], /cannot read/],
    [['analyze', '--nope'], /unknown option/i],
    [['frobnicate'], /unknown command/],
  ])('%j exits 2 with a one-line reason', async (argv, reason) => {
    const run = await radar(argv as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
