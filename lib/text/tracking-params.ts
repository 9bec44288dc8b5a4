/**
 * Query parameters that only say how a reader arrived at a page, never which page it is.
 * {@link canonicalUrl} drops them so the same article shared through a feed, a newsletter and
 * a social post gets one dedupe key. Rules are data: add an entry with the reason it is safe.
 *
 * A parameter belongs here only if no site uses it to pick the content. `id`, `no`, `idxno`,
 * `aid`, `oid`, `sid`, `ud`, `p` and the like identify articles on Korean and WordPress sites and
 * must never be listed.
 */

/** Names matched exactly, case-insensitively. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Ad-click identifiers (Facebook, Google Ads, DoubleClick, Microsoft, Yandex, TikTok, Twitter).
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'ttclid',
  'twclid',
  'li_fat_id',
  // Google Analytics cross-domain linker.
  '_ga',
  '_gl',
  // Mailchimp campaign and recipient ids.
  'mc_cid',
  'mc_eid',
  // HubSpot and Marketo e-mail tracking.
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'mkt_tok',
  // Instagram / Threads share ids.
  'igshid',
  'igsh',
  // "where did the click come from" markers used by news sites and blogs (Guardian CMP,
  // CNN cid-style codes, Medium/Substack ref, Twitter ref_src); none selects content.
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'from',
  'cmp',
  'cmpid',
  'ncid',
  'ocid',
  'icid',
  'spm',
  'share',
  'sharesource',
  'rss',
  // Webtrekk campaign codes (heise, Spiegel).
  'wt_mc',
  'wt_zmc',
  'wt.mc_id',
  // Adobe Analytics internal/external campaign ids.
  'cid_int',
  's_cid',
  // Naver / Daum share and inflow markers: the article is chosen by the path or by
  // `oid`/`aid`, these only log the referring service.
  'ntype',
  'nclick',
  'rc',
]);

/** Name prefixes matched case-insensitively: whole families of campaign parameters. */
export const TRACKING_PARAM_PREFIXES: readonly string[] = [
  // Google Analytics campaign tags: utm_source, utm_medium, utm_campaign, utm_term, utm_content, ...
  'utm_',
  // Piwik/Matomo campaign tags: pk_campaign, pk_kwd, pk_source.
  'pk_',
  // Matomo's newer mtm_* campaign tags.
  'mtm_',
];

/** True when a query parameter name is tracking noise. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMS.has(lower)) return true;
  return TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
