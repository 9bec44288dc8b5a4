import { isAllowedByRobots, normaliseRobotsPath, parseRobotsTxt, productToken, robotsPatternMatches } from '../../../lib/fetch/robots';

describe('productToken', () => {
  it.each([
    ['ProjectRadar/0.1 (+https://example.org/radar)', 'projectradar'],
    ['RadarTest/1.0', 'radartest'],
    ['  Radar bot', 'radar'],
  ])('%s -> %s', (ua, token) => expect(productToken(ua)).toBe(token));
});

describe('robotsPatternMatches', () => {
  it.each([
    ['/', '/anything', true],
    ['/fish', '/fish', true],
    ['/fish', '/fish.html', true],
    ['/fish', '/Fish.asp', false], // case-sensitive
    ['/fish*', '/fishheads/yummy.html', true],
    ['/fish/', '/fish', false],
    ['/*.php', '/index.php', true],
    ['/*.php', '/folder/filename.php?parameters', true],
    ['/*.php', '/windows.PHP', false],
    ['/*.php$', '/filename.php', true],
    ['/*.php$', '/filename.php?parameters', false],
    ['/*.php$', '/filename.php5', false],
    ['/fish*.php', '/fishheads/catfish.php?parameters', true],
    ['/fish*.php', '/Fish.PHP', false],
    ['/news/$', '/news/', true],
    ['/news/$', '/news/a', false],
    ['*', '/x', true],
    ['/a$b', '/a$b', true], // a `$` inside the pattern is literal
    ['/a*a*a*a*a*a*a*a*b', `/${'a'.repeat(2000)}`, false], // no catastrophic backtracking
  ])('%s vs %s -> %s', (pattern, path, expected) => {
    expect(robotsPatternMatches(normaliseRobotsPath(pattern), normaliseRobotsPath(path))).toBe(expected);
  });
});

describe('normaliseRobotsPath', () => {
  it.each([
    ['/뉴스/속보', '/%EB%89%B4%EC%8A%A4/%EC%86%8D%EB%B3%B4'],
    ['/%eb%89%b4%ec%8a%a4', '/%EB%89%B4%EC%8A%A4'],
    ['/%7Euser', '/~user'],
    ['/a b', '/a%20b'],
    ['/100%', '/100%'],
    ['/😀', '/%F0%9F%98%80'],
  ])('%s -> %s', (input, output) => expect(normaliseRobotsPath(input)).toBe(output));
});

const SAMPLE = `
# robots.txt for a news site
User-agent: *
Disallow: /admin/
Disallow: /search
Allow: /search/about
Crawl-delay: 2

User-agent: Googlebot
User-agent: ProjectRadar
Disallow: /print/
Allow: /print/public$

User-agent: BadBot
Disallow: /

Sitemap: https://news.example.kr/sitemap.xml
`;

describe('parseRobotsTxt and isAllowedByRobots', () => {
  const robots = parseRobotsTxt(SAMPLE);

  it('reads groups, multi-agent groups, crawl-delay and sitemaps', () => {
    expect(robots.groups.map((g) => g.agents)).toEqual([['*'], ['googlebot', 'projectradar'], ['badbot']]);
    expect(robots.groups[0]?.crawlDelaySeconds).toBe(2);
    expect(robots.sitemaps).toEqual(['https://news.example.kr/sitemap.xml']);
  });

  it.each([
    // Our own group replaces `*` entirely: /admin/ is not in it.
    ['projectradar', '/admin/panel', true],
    ['projectradar', '/print/2024/1', false],
    ['projectradar', '/print/public', true],
    ['projectradar', '/print/public?x=1', false],
    // Everyone else gets `*`.
    ['otherbot', '/admin/panel', false],
    ['otherbot', '/search?q=착공', false],
    ['otherbot', '/search/about', true],
    ['otherbot', '/news/1', true],
    ['badbot', '/news/1', false],
  ])('%s may fetch %s: %s', (token, path, allowed) => {
    expect(isAllowedByRobots(robots, token, path).allowed).toBe(allowed);
  });

  it('reports the deciding rule and crawl-delay', () => {
    const verdict = isAllowedByRobots(robots, 'otherbot', '/admin/x');
    expect(verdict).toEqual({ allowed: false, rule: { allow: false, pattern: '/admin/' }, crawlDelaySeconds: 2 });
  });

  it('lets Allow win a tie of equal length', () => {
    const tie = parseRobotsTxt('User-agent: *\nDisallow: /page\nAllow: /page\n');
    expect(isAllowedByRobots(tie, 'radar', '/page').allowed).toBe(true);
  });

  it('merges separate groups for the same agent', () => {
    const split = parseRobotsTxt('User-agent: radar\nDisallow: /a\n\nUser-agent: *\nDisallow: /\n\nUser-agent: radar\nDisallow: /b\n');
    expect(isAllowedByRobots(split, 'radar', '/a').allowed).toBe(false);
    expect(isAllowedByRobots(split, 'radar', '/b').allowed).toBe(false);
    expect(isAllowedByRobots(split, 'radar', '/c').allowed).toBe(true);
  });

  it('treats an empty Disallow, no matching group, or an empty file as allow-all', () => {
    expect(isAllowedByRobots(parseRobotsTxt('User-agent: *\nDisallow:\n'), 'radar', '/x').allowed).toBe(true);
    expect(isAllowedByRobots(parseRobotsTxt('User-agent: other\nDisallow: /\n'), 'radar', '/x').allowed).toBe(true);
    expect(isAllowedByRobots(parseRobotsTxt(''), 'radar', '/x').allowed).toBe(true);
  });

  it('ignores rules before any User-agent, comments, unknown keys and CRLF line ends', () => {
    const messy = parseRobotsTxt('\uFEFFDisallow: /x\r\nFoo: bar\r\nuser-agent: * # everyone\r\nDISALLOW: /y # no\r\n');
    expect(isAllowedByRobots(messy, 'radar', '/x').allowed).toBe(true);
    expect(isAllowedByRobots(messy, 'radar', '/y/z').allowed).toBe(false);
  });

  it('matches Korean paths written unencoded in robots.txt against encoded URL paths', () => {
    const ko = parseRobotsTxt('User-agent: *\nDisallow: /기사/비공개\n');
    expect(isAllowedByRobots(ko, 'radar', '/%EA%B8%B0%EC%82%AC/%EB%B9%84%EA%B3%B5%EA%B0%9C/1').allowed).toBe(false);
    expect(isAllowedByRobots(ko, 'radar', '/%EA%B8%B0%EC%82%AC/1').allowed).toBe(true);
  });
});
