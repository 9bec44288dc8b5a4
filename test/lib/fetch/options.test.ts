import { ConfigError } from '../../../lib/core/errors';
import { UNDICI_FETCHER_DEFAULTS, resolveFetcherOptions } from '../../../lib/fetch/options';

describe('resolveFetcherOptions', () => {
  it('fills the documented defaults', () => {
    const options = resolveFetcherOptions({ userAgent: 'ProjectRadar/0.1 (+https://example.org/radar)', minSpacingMs: undefined });
    expect(options).toMatchObject({
      connectTimeoutMs: 10_000,
      headersTimeoutMs: 15_000,
      bodyTimeoutMs: 15_000,
      maxBytes: 5 * 1024 * 1024,
      maxRedirects: 5,
      perHostConcurrency: 2,
      minSpacingMs: 1000,
      respectRobots: true,
      allowHosts: [],
    });
    expect(options.now()).toBeInstanceOf(Date);
    expect(UNDICI_FETCHER_DEFAULTS.robotsTtlMs).toBe(3_600_000);
  });

  it('reports every bad value at once', () => {
    let caught: unknown;
    try {
      resolveFetcherOptions({ userAgent: 'curl', maxBytes: 0, perHostConcurrency: -1, minSpacingMs: -5 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const issues = (caught as ConfigError).issues;
    expect(issues).toHaveLength(4);
    expect(issues[0]).toMatch(/^fetch\.userAgent/);
  });

  it('accepts a contact e-mail instead of a URL', () => {
    expect(() => resolveFetcherOptions({ userAgent: 'RadarBot/2 (radar-ops@example.org)' })).not.toThrow();
  });
});
