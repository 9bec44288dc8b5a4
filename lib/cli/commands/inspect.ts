/**
 * `radar feed` and `radar extract`: show what a source or a page yields, so a user can
 * try a source before adding it to the configuration.
 */
import { InputError } from '../../core/errors';
import { extractArticle } from '../../extract';
import { parseFeed } from '../../feeds';
import { configFor, type Command } from '../command';
import { loadInput } from '../input';
import { printJson } from '../io';

export const feedCommand: Command = async (args, io, context) => {
  const target = args.positionals[0];
  if (!target) throw new InputError('feed needs a FILE or URL');
  const input = await loadInput(target, io, configFor(context, io));
  // Items without a link are shown too: a user trying a source wants to see everything it holds.
  const feed = parseFeed(input.body, { url: /^https?:/.test(input.origin) ? input.origin : undefined, contentType: input.contentType, keepLinkless: true });
  if (args.values.json) {
    printJson(io, feed);
    return 0;
  }
  io.stdout(`${feed.title || '(untitled)'} — ${feed.format}, ${feed.items.length} items\n`);
  for (const item of feed.items) io.stdout(`  ${item.publishedAt ?? '(no date)          '}  ${item.title}\n      ${item.url}\n`);
  return 0;
};

export const extractCommand: Command = async (args, io, context) => {
  const target = args.positionals[0];
  if (!target) throw new InputError('extract needs a FILE or URL');
  const input = await loadInput(target, io, configFor(context, io));
  const article = extractArticle(input.body, { url: /^https?:/.test(input.origin) ? input.origin : undefined, contentType: input.contentType });
  if (args.values.json) {
    printJson(io, { title: article.title, publishedAt: article.publishedAt, lang: article.lang, text: article.text });
    return 0;
  }
  io.stdout(`${article.title}\n${article.publishedAt ?? '(no date)'} · ${article.lang}\n\n${article.text}\n`);
  return 0;
};
