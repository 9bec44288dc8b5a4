import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, loadConfig, parseConfig, resolveConfig } from '../../../lib/config/load';
import { ConfigError } from '../../../lib/core/errors';

describe('the default configuration', () => {
  const config = defaultConfig();

  it('ships at least 10 real Korean and English sources', () => {
    expect(config.sources.length).toBeGreaterThanOrEqual(10);
    expect(new Set(config.sources.map((s) => s.lang))).toEqual(new Set(['ko', 'en']));
    for (const source of config.sources) expect(source.url).toMatch(/^https:\/\//);
  });

  it('watches at least 20 organisations and projects with Korean and English aliases', () => {
    expect(config.watchlist.orgs.length + config.watchlist.projects.length).toBeGreaterThanOrEqual(20);
    const hangul = /\p{Script=Hangul}/u;
    const bilingual = config.watchlist.projects.filter((p) => p.names.some((n) => hangul.test(n)) && p.names.some((n) => /^[\x20-\x7e]+$/.test(n)));
    expect(bilingual.length).toBeGreaterThanOrEqual(20);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(config.sources[0])).toBe(true);
  });
});

describe('parseConfig', () => {
  it('fills defaults', () => {
    const config = parseConfig({});
    expect(config.schedule.intervalMinutes).toBe(15);
    expect(config.fetch.maxBytes).toBe(5 * 1024 * 1024);
    expect(config.server.port).toBe(8787);
  });

  it('reports every problem at once, each with its path', () => {
    const bad = {
      fetch: { timeoutMs: -1 },
      sources: [
        { id: 'Bad Id', url: 'ftp://example.com/feed', kind: 'rss', lang: 'fr' },
        { id: 'list', url: 'https://example.com/', kind: 'html-list', lang: 'ko' },
      ],
    };
    let error: ConfigError | undefined;
    try {
      parseConfig(bad, 'my.json');
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.code).toBe('RADAR_CONFIG_INVALID');
    const paths = error!.issues.map((i) => i.split(': ')[1]);
    expect(paths).toEqual(expect.arrayContaining(['fetch.timeoutMs', 'sources.0.id', 'sources.0.url', 'sources.0.lang', 'sources.1.selectors']));
    expect(error!.issues.every((i) => i.startsWith('my.json: '))).toBe(true);
  });

  it('rejects duplicate source ids and projects of unknown organisations', () => {
    const source = { id: 'a', url: 'https://example.com/rss', kind: 'rss', lang: 'en' };
    expect(() => parseConfig({ sources: [source, source], watchlist: { orgs: [], projects: [{ id: 'p', org: 'ghost', names: ['P'] }] } })).toThrow(
      /duplicate source id "a"[\s\S]*unknown org "ghost"/,
    );
  });
});

describe('unknown keys and problems across fields', () => {
  function issuesOf(raw: unknown): string[] {
    try {
      parseConfig(raw, 'c.json');
    } catch (error) {
      return (error as ConfigError).issues;
    }
    return [];
  }

  it.each([
    [{ schedule: { intervalMinute: 5 } }, 'c.json: schedule.intervalMinute: unknown key "intervalMinute"; did you mean "intervalMinutes"?'],
    [{ fetch: { timeoutMS: 5 } }, 'c.json: fetch.timeoutMS: unknown key "timeoutMS"; did you mean "timeoutMs"?'],
    [{ sorces: [] }, 'c.json: sorces: unknown key "sorces"; did you mean "sources"?'],
    [{ sources: [{ id: 'a', url: 'https://a.example/rss', kind: 'rss', lang: 'en', interval: 5 }] }, 'c.json: sources.0.interval: unknown key "interval"; did you mean "intervalMinutes"?'],
    [{ watchlist: { projects: [], orgs: [{ id: 'o', names: ['O'], alias: ['x'] }] } }, 'c.json: watchlist.orgs.0.alias: unknown key "alias"; this object takes "id", "names"'],
    [{ alerts: { maxAlertAgeDay: 3 } }, 'c.json: alerts.maxAlertAgeDay: unknown key "maxAlertAgeDay"; did you mean "maxAlertAgeDays"?'],
  ])('%j is refused with a "did you mean"', (raw, issue) => {
    expect(issuesOf(raw)).toEqual([issue]);
  });

  it('reports cross-field problems together with type errors and unknown keys, in one pass', () => {
    const source = { id: 'a', url: 'https://example.com/rss', kind: 'rss', lang: 'en' };
    const issues = issuesOf({
      schedule: { intervalMinutes: 'often', intervalMinute: 5 },
      sources: [source, source],
      watchlist: { orgs: [], projects: [{ id: 'p', org: 'ghost', names: ['P'] }] },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringContaining('schedule.intervalMinutes: '),
        expect.stringContaining('schedule.intervalMinute: unknown key'),
        'c.json: sources.1.id: duplicate source id "a"',
        'c.json: watchlist.projects.0.org: unknown org "ghost"',
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  it('takes IANA time zones and refuses others', () => {
    expect(parseConfig({ timeZone: 'Asia/Seoul' }).timeZone).toBe('Asia/Seoul');
    expect(issuesOf({ timeZone: 'Korea/Seoul' })).toEqual([expect.stringMatching(/^c\.json: timeZone: not a time zone/)]);
    expect(parseConfig({}).alerts.maxAlertAgeDays).toBe(7);
  });
});

describe('resolveConfig', () => {
  it('prefers --config, then ./radar.config.json, then the bundled default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'radar-config-'));
    expect(resolveConfig(undefined, dir).sources.length).toBe(defaultConfig().sources.length);
    writeFileSync(join(dir, 'radar.config.json'), JSON.stringify({ schedule: { intervalMinutes: 5 } }));
    expect(resolveConfig(undefined, dir).schedule.intervalMinutes).toBe(5);
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ schedule: { intervalMinutes: 60 } }));
    expect(resolveConfig(other, dir).schedule.intervalMinutes).toBe(60);
  });

  it('explains unreadable and malformed files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'radar-config-'));
    expect(() => loadConfig(join(dir, 'missing.json'))).toThrow(/cannot read/);
    writeFileSync(join(dir, 'broken.json'), '{ "sources": [ }');
    expect(() => loadConfig(join(dir, 'broken.json'))).toThrow(/not valid JSON/);
  });
});
