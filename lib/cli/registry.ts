/**
 * Every `radar` command: its arguments, options, help text and where its code lives.
 * `main.ts` turns this table into a commander program. A command module is loaded only
 * when that command runs: `radar extract` should not pay for the AWS SDK and the
 * embedded database (together ~400 ms of start-up) that only the store commands use.
 *
 * To add a command, add an entry here and a module under `commands/` exporting a
 * `Command`; its `--help`, `--config`, `--verbose` and error handling come for free.
 */
import type { Command } from './command';

export interface OptionSpec {
  /** Commander flags: `--since <when>`, `-p, --port <number>`, `--no-serve`. */
  flags: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments in commander syntax: `<project>`, `[file]`. */
  args?: string;
  summary: string;
  /** Longer help, shown by `radar COMMAND --help` under the usage line. */
  description?: string;
  options: OptionSpec[];
  /** Example invocations for `--help`, each `[command line, what it does]`. */
  examples: [string, string][];
  load: () => Promise<Command>;
}

const json: OptionSpec = { flags: '--json', description: 'print JSON instead of text' };
/** The page and API have no login: serving beyond this machine is a choice made out loud. */
const PUBLIC: OptionSpec = { flags: '--public', description: 'allow a server.host other machines can reach (prints a warning)' };

export const COMMANDS: CommandSpec[] = [
  {
    name: 'demo',
    summary: 'offline end-to-end run on bundled fixture news (start here)',
    description:
      'Serves bundled Korean and English fixture feeds on loopback, polls them three times and prints the events, changes and alerts. The data stays in RADAR_DATA_DIR (default .radar/demo) so radar status, show and serve can look at it afterwards.',
    options: [{ flags: '--fresh', description: 'start from an empty demo database instead of reusing the last one' }, json],
    examples: [['radar demo', 'the whole pipeline in a few seconds, no network needed']],
    load: async () => (await import('./commands/demo')).demoCommand,
  },
  {
    name: 'run',
    summary: 'poll the configured sources (every 15 min, serving the page too)',
    description: 'Polls every source that is due, stores what changed and sends the alerts; repeats every schedule.intervalMinutes and serves the status page and API meanwhile.',
    options: [
      { flags: '--once', description: 'poll once, deliver the alerts and exit' },
      { flags: '--force', description: 'poll every source now, even those not due yet (not those backing off after failures)' },
      { flags: '--port <number>', description: 'port for the status page and API (default: server.port, 8787)' },
      { flags: '--no-serve', description: 'do not serve the status page while polling' },
      PUBLIC,
      json,
    ],
    examples: [
      ['radar run --once', 'poll what is due, deliver the alerts, exit'],
      ['radar run --once --force', 'poll every source now'],
      ['radar run --port 8080', 'keep polling, page on http://127.0.0.1:8080'],
    ],
    load: async () => (await import('./commands/run')).runCommand,
  },
  {
    name: 'analyze',
    args: '[file]',
    summary: 'detect status events in an article (FILE, URL or - for stdin)',
    description:
      'A .html file or an HTML URL is read as a page (title, date and body extracted); anything else is plain text whose first non-empty line is the title. Without --published the date comes from the document.',
    options: [
      { flags: '--published <date>', description: 'publication date YYYY-MM-DD (relative dates resolve against it)' },
      { flags: '--lang <lang>', description: 'language of the text: ko or en (default: detected)' },
      { flags: '--jsonl', description: 'read {"id","text","published"?,"lang"?} lines from stdin, answer {"id","events"} lines' },
      json,
    ],
    examples: [
      ['radar analyze article.html --json', 'events of a saved page'],
      ['radar analyze - --published 2023-11-24 < story.txt', 'a plain-text story from stdin'],
      ['radar analyze --jsonl < in.jsonl > out.jsonl', 'many texts, one JSON line each'],
    ],
    load: async () => (await import('./commands/analyze')).analyzeCommand,
  },
  {
    name: 'feed',
    args: '<source>',
    summary: 'what a feed (FILE or URL) yields: format, title, items',
    options: [json],
    examples: [['radar feed https://news.example/rss.xml', 'try a source before adding it to the configuration']],
    load: async () => (await import('./commands/inspect')).feedCommand,
  },
  {
    name: 'extract',
    args: '<page>',
    summary: 'the title, date, language and text of an article page (FILE or URL)',
    options: [json],
    examples: [['radar extract https://news.example/a/1 --json', 'what radar reads from a page']],
    load: async () => (await import('./commands/inspect')).extractCommand,
  },
  {
    name: 'status',
    summary: 'every project and its current status',
    options: [
      { flags: '--status <status>', description: 'only projects in this status, e.g. cancelled' },
      { flags: '--org <org>', description: 'only this organisation: id or any name (kakao, Kakao, 카카오)' },
      { flags: '--sources', description: 'the sources instead: last success, failures, last error' },
      json,
    ],
    examples: [
      ['radar status', 'the table of projects'],
      ['radar status --org 카카오 --status cancelled', 'filters take ids and names, in any case'],
      ['radar status --sources', 'which sources fail, and why'],
    ],
    load: async () => (await import('./commands/query')).statusCommand,
  },
  {
    name: 'show',
    args: '<project>',
    summary: "one project's status, next milestone and timeline (id or any name)",
    options: [json],
    examples: [
      ['radar show kakao-siheung-dc', 'by id'],
      ["radar show '시흥 제2데이터센터'", 'by any of its names'],
    ],
    load: async () => (await import('./commands/query')).showCommand,
  },
  {
    name: 'changes',
    summary: 'what changed recently, with the news date and when radar saw it',
    options: [{ flags: '--since <when>', description: '7d, 24h, 30m, 2w or YYYY-MM-DD (default 7d)' }, json],
    examples: [
      ['radar changes', 'the last 7 days'],
      ['radar changes --since 2024-01-01 --json', 'since a date, as JSON'],
    ],
    load: async () => (await import('./commands/query')).changesCommand,
  },
  {
    name: 'serve',
    summary: 'serve the status page and API over the stored data, without polling',
    options: [{ flags: '--port <number>', description: 'port (default: server.port, 8787)' }, PUBLIC, json],
    examples: [
      ['radar serve --port 8080', 'page on http://127.0.0.1:8080'],
      ['radar serve --public', 'serve on a non-loopback server.host (e.g. 0.0.0.0) from the configuration'],
    ],
    load: async () => (await import('./commands/serve')).serveCommand,
  },
  {
    name: 'subscribe',
    summary: 'alert an e-mail address, phone number or webhook about changes',
    description:
      'Give exactly one of --email, --sms or --webhook. Filters are comma-separated lists of ids or names (checked against the watchlist); a missing filter means "all". On AWS (RADAR_TOPIC_ARN set) e-mail and SMS are subscribed to the alerts topic; webhooks and digests need RADAR_TABLE_NAME too.',
    options: [
      { flags: '--email <address>', description: 'e-mail address' },
      { flags: '--sms <number>', description: 'phone number in E.164 form, e.g. +821012345678' },
      { flags: '--webhook <url>', description: 'https URL: Slack, Discord and Teams get their own format, others JSON' },
      { flags: '--status <list>', description: 'statuses, e.g. cancelled,delayed' },
      { flags: '--org <list>', description: 'organisations (ids or names: kakao, 카카오)' },
      { flags: '--project <list>', description: 'projects (ids or names)' },
      { flags: '--lang <lang>', description: 'ko or en (default: from LANG, else en)' },
      { flags: '--digest [when]', description: 'one digest a day ("daily") instead of an alert per change' },
      json,
    ],
    examples: [
      ['radar subscribe --email me@example.com', 'every change, as it happens'],
      ['radar subscribe --sms +821012345678 --org 카카오 --status cancelled,delayed --lang ko', 'only bad news about Kakao, in Korean'],
      ['radar subscribe --webhook https://hooks.slack.com/services/T0/B0/xyz --digest daily', 'a daily digest in Slack'],
    ],
    load: async () => (await import('./commands/subscribe')).subscribeCommand,
  },
  {
    name: 'digest',
    summary: 'the daily digest: preview it, or --send it to the daily subscribers now',
    options: [
      { flags: '--since <when>', description: 'window of the preview: 24h, 7d, YYYY-MM-DD (default 24h)' },
      { flags: '--lang <lang>', description: 'ko or en (default: from LANG, else en)' },
      { flags: '--status <list>', description: 'statuses the preview takes' },
      { flags: '--org <list>', description: 'organisations the preview takes (ids or names)' },
      { flags: '--project <list>', description: 'projects the preview takes (ids or names)' },
      { flags: '--send', description: "send today's digests to the daily subscribers (once a day; radar run does it by itself)" },
      json,
    ],
    examples: [
      ['radar digest --lang ko', 'what a Korean daily subscriber gets today'],
      ['radar digest --org kakao --since 7d', "a week of Kakao's changes"],
      ['radar digest --send', "send today's digests now"],
    ],
    load: async () => (await import('./commands/digest')).digestCommand,
  },
  {
    name: 'subscriptions',
    summary: 'list the subscriptions, their filters and whether they are confirmed',
    options: [
      { flags: '--status <status>', description: 'only those that would hear of this status' },
      { flags: '--org <org>', description: 'only those that would hear of this organisation' },
      { flags: '--project <project>', description: 'only those that would hear of this project' },
      { flags: '--channel <channel>', description: 'email, sms or webhook' },
      json,
    ],
    examples: [
      ['radar subscriptions', 'everyone and what they hear of'],
      ['radar subscriptions --org kakao --status cancelled', 'who hears of a Kakao cancellation'],
    ],
    load: async () => (await import('./commands/subscribe')).subscriptionsCommand,
  },
  {
    name: 'unsubscribe',
    args: '<target>',
    summary: 'remove a subscription by its ID (see radar subscriptions) or endpoint',
    options: [{ flags: '--all', description: 'remove every subscription of the endpoint' }, json],
    examples: [
      ['radar unsubscribe 3f9a2c41d07be815', 'by ID'],
      ['radar unsubscribe me@example.com --all', 'every subscription of an address'],
    ],
    load: async () => (await import('./commands/subscribe')).unsubscribeCommand,
  },
  {
    name: 'config',
    args: '<action> [file]',
    summary: "push or pull a deployment's configuration (sources, watchlist, alerts)",
    description:
      'Works on the deployed table named by RADAR_TABLE_NAME. push validates FILE (default: --config or ./radar.config.json) and stores it as the next version; the functions use it within a minute, no deploy needed. pull prints the stored configuration.',
    options: [{ flags: '--out <file>', description: 'pull: write to this file instead of stdout' }, json],
    examples: [
      ['radar config pull --out radar.config.json', 'fetch what the deployment runs'],
      ['radar config push radar.config.json', 'validate and deploy a new source list, no cdk deploy'],
    ],
    load: async () => (await import('./commands/config')).configCommand,
  },
];
