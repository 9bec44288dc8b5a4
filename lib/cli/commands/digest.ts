/**
 * `radar digest`: the daily digest. Without `--send` it prints the digest of the last
 * 24 hours (or `--since`) for the given language and filters, a preview of what a daily
 * subscriber gets; with `--send` it sends today's digests to the daily subscribers now
 * (the console stands for e-mail and SMS locally; webhooks are POSTed). `radar run`
 * sends them by itself, once a day.
 */
import { defaultTimeZone } from '../../alert/format';
import { postDigestWebhook } from '../../alert/webhook';
import { parseSince } from '../../api/since';
import type { RadarStore } from '../../core/ports';
import type { Lang } from '../../core/types';
import { buildDigest, sendDigests, type DigestReport } from '../../pipeline/digest';
import { configFor, runtimeFor, stringArg, type Command } from '../command';
import { printJson } from '../io';
import { commaList, parseStatus, resolveOrg, resolveProject } from '../names';
import { defaultLang } from './subscribe';
import { InputError } from '../../core/errors';

/** Sends today's digests from a local runner: blocks on the console, webhooks POSTed. */
export function sendLocalDigests(store: RadarStore, now: () => Date, timeZone: string, write: (text: string) => void): Promise<DigestReport> {
  return sendDigests({
    store,
    now,
    timeZone,
    publish: async (digest) => {
      const to = digest.subscribers.filter((s) => s.protocol !== 'webhook').map((s) => `${s.endpoint} (${s.protocol})`);
      write(`${'-'.repeat(60)}\nDIGEST ${digest.subject}\n${digest.text.replace(/^(?=.)/gm, '  ')}  To: ${to.join(', ')}\n${'-'.repeat(60)}\n`);
    },
    postWebhook: async (sub, digest) => void (await postDigestWebhook(sub.endpoint, digest)),
    log: (line) => write(`radar: ${line}\n`),
  });
}

export const digestCommand: Command = async (args, io, context) => {
  const config = configFor(context, io);
  const langArg = stringArg(args, 'lang');
  if (langArg !== undefined && langArg !== 'ko' && langArg !== 'en') throw new InputError(`--lang must be ko or en, not "${langArg}"`);
  const lang: Lang = (langArg as Lang | undefined) ?? defaultLang(io.env);
  const filters = {
    statuses: commaList(stringArg(args, 'status'))?.map(parseStatus),
    orgs: commaList(stringArg(args, 'org'))?.map((o) => resolveOrg(config, o)),
    projects: commaList(stringArg(args, 'project'))?.map((p) => resolveProject(config, p)),
  };
  const since = parseSince(stringArg(args, 'since') ?? '24h', io.now());
  const runtime = await runtimeFor(config, io, { reader: !args.values.send });
  try {
    const zone = config.timeZone ?? defaultTimeZone(lang);
    if (args.values.send) {
      const report = await sendLocalDigests(runtime.store, runtime.now, zone, args.values.json ? io.stderr : io.stdout);
      if (args.values.json) printJson(io, report);
      else io.stdout(`radar: ${report.sent} digest(s) sent, ${report.failed} failed (${report.changes} change(s) in the last 24 hours)\n`);
      return report.failed ? 1 : 0;
    }
    const digest = buildDigest(await runtime.store.listChangesSince(since), since, { lang, timeZone: zone, filters });
    if (args.values.json) printJson(io, { digest });
    else io.stdout(digest ? `${digest.subject}\n\n${digest.text}` : lang === 'ko' ? '변경 없음: 보낼 다이제스트가 없습니다.\n' : 'Nothing changed: no digest to send.\n');
    return 0;
  } finally {
    await runtime.close();
  }
};
