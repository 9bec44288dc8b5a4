/**
 * The zone in which a source writes dates that carry none ("2023-11-24 14:05"), by language.
 * Only languages spoken (almost) in one zone are listed: a Korean CMS means Korea Standard
 * Time, an English one could be anywhere, so English falls back to UTC.
 */
export const LANGUAGE_ZONES: Readonly<Record<string, string>> = {
  // Korea has one zone and no daylight saving since 1988.
  ko: '+09:00',
  // Japan: one zone, no daylight saving.
  ja: '+09:00',
  // China (including zh-cn, zh-tw and zh-hk feeds: all UTC+8).
  zh: '+08:00',
};

/**
 * The zone for a language tag (`ko`, `ko-KR`, `zh-cn`), or undefined when the language does
 * not pin one down.
 *
 * @example
 * zoneForLanguage('ko-KR') // => '+09:00'
 * zoneForLanguage('en-gb') // => undefined
 */
export function zoneForLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGE_ZONES[primary];
}
