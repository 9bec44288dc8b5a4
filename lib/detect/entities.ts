/**
 * Organisations and projects named in a sentence, and their resolution across an article.
 *
 * A sentence yields mentions of four sorts: watchlist aliases (`alias`), project noun
 * phrases built around a head noun ("[org] [place] [제2] 데이터센터", "Micron's $100 billion
 * fab in Clay") that are not on the watchlist (`phrase`), bare head nouns and anaphors
 * ("데이터센터는", "이 사업", "the plant") that refer back to a project named earlier
 * (`bare`, `anaphor`), and class nouns that name no project ("전국 데이터센터", "three data
 * centers": `generic`). {@link ArticleEntities} then gives every project mention its id,
 * so "시흥 제2데이터센터" in the headline, "제2데이터센터" later and "데이터센터" after that
 * are one project.
 */
import type { Lang, Watchlist } from '../core/types';
import type { AliasIndex } from './alias-index';
import { createAliasIndex } from './alias-index';
import { discoveredProjectId, normaliseName, tidy } from './normalize';
import { splitSharedHead } from './shared-head';
import type { HeadNoun } from './rules/entity-ko';
import {
  KO_ADVERBS,
  KO_ANAPHOR,
  KO_ANAPHOR_FAMILY,
  KO_COMMON_NOUNS,
  KO_DESCRIPTIVE,
  KO_GENERIC_AFTER,
  KO_GENERIC_BEFORE,
  KO_HEADS,
  KO_ORG_NAME,
  KO_PARTICLE_END,
  KO_PARTICLE_ONLY,
  KO_PLACE_EXCEPTIONS,
  KO_PROCESS_NOUNS,
  KO_PUBLIC_MODIFIERS,
  KO_REGION_SUFFIX,
  KO_AGREEMENT_NOUN,
  KO_ACRONYM_LINE,
  KO_STOP_WORDS,
  KO_VERBAL_END,
} from './rules/entity-ko';
import { EN_AI_CONTEXT, EN_ANAPHOR_FAMILY, EN_APPOSITIVE_AFTER, EN_CALENDAR_WORD, EN_DESCRIPTIVE, EN_GENERIC_AFTER, EN_GENERIC_BEFORE, EN_GERUND_VERB, EN_HEADS, EN_MODEL_STEM, EN_NOT_NAMES, EN_ORG_SUFFIX, EN_PROCESS_LAND_AFTER, EN_PROCESS_NOT_PROJECT_END, EN_PROCESS_NOUN, EN_UNNAMED_OWNER } from './rules/entity-en';

/** Where a mention comes from: see the module header. */
export type MentionSource = 'alias' | 'phrase' | 'bare' | 'anaphor' | 'generic' | 'org';

/** A project, organisation or class noun found in a sentence. */
export interface Mention {
  source: MentionSource;
  start: number;
  end: number;
  text: string;
  /** Project: watchlist id or discovered id (set by {@link ArticleEntities}); org: watchlist id or the name as written. */
  id: string;
  /** Display name: the canonical watchlist name, or the phrase as written without its owner. */
  name: string;
  /** Owner (watchlist org id or a discovered org name); null when unknown. */
  org: string | null;
  /** Kind family for coreference (`data-center`, `plant`, `model`, …; `any` for "the project"). */
  family: string;
  discovered: boolean;
  /** The Korean particle right after the mention (는, 가, 와 …), or '' (English, none). */
  particle: string;
  /** Name tokens for coreference (normalised). */
  tokens: string[];
  /** A phrase that only stands for a project already known ("안산 센터"); never a new one. */
  knownOnly?: boolean;
  /**
   * The words that identify the project when they are fewer than its name's: the place of
   * "a packaging plant for AI memory in West Lafayette" (matched against aliases like
   * "West Lafayette plant").
   */
  key?: string[];
}

/** The entity side of a detector, built once per watchlist. */
export interface EntityIndex {
  aliases: AliasIndex;
  projectById: ReadonlyMap<string, { name: string; org: string; family: string; tokens: string[][] }>;
  orgIds: ReadonlySet<string>;
}

/** Watchlist kinds mapped onto the head-noun families. */
const KIND_FAMILY: Readonly<Record<string, string>> = {
  'data-center': 'data-center',
  'chip-plant': 'plant',
  plant: 'plant',
  factory: 'plant',
  'ai-model': 'model',
  model: 'model',
  service: 'service',
  'power-plant': 'power-plant',
};

/** Splits a name into comparable tokens: words, and script changes inside a word (제2데이터센터 → 제, 2, 데이터센터). */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const word of name.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const parts = word.match(/[가-힣]+|[a-z]+|[0-9]+|[^\sa-z0-9가-힣]+/g) ?? [word];
    out.push(...parts);
  }
  return out;
}

/**
 * Builds the entity index (aliases and watchlist projects) once.
 *
 * @example
 * const entities = createEntityIndex(config.watchlist);
 * findMentions(entities, '카카오는 안산 데이터센터를 가동했다', 'ko');
 */
export function createEntityIndex(watchlist: Watchlist): EntityIndex {
  const projectById = new Map<string, { name: string; org: string; family: string; tokens: string[][] }>();
  for (const project of watchlist.projects) {
    projectById.set(project.id, {
      name: project.names[0] ?? project.id,
      org: project.org,
      family: KIND_FAMILY[project.kind] ?? project.kind,
      tokens: project.names.map(nameTokens),
    });
  }
  return { aliases: createAliasIndex(watchlist), projectById, orgIds: new Set(watchlist.orgs.map((o) => o.id)) };
}

function headRegex(heads: readonly HeadNoun[], flags: string, english: boolean): RegExp {
  const words = [...heads].sort((a, b) => b.word.length - a.word.length).map((h) => h.word.replace(/ /g, '\\s+'));
  return english ? new RegExp(`\\b(?:${words.join('|')})(?:s|es)?\\b`, flags) : new RegExp(words.join('|'), flags);
}

const KO_HEAD_RE = headRegex(KO_HEADS, 'g', false);
const EN_HEAD_RE = headRegex(EN_HEADS, 'gi', true);
const KO_HEAD_BY_WORD = new Map(KO_HEADS.map((h) => [h.word.replace(/\s+/g, ''), h]));
const EN_HEAD_BY_WORD = new Map(EN_HEADS.map((h) => [h.word, h]));

/** Korean particle (or copula ending) right after `end`, if the rest of the word is one. */
function particleAfter(text: string, end: number): string {
  const rest = /^[가-힣]+/.exec(text.slice(end))?.[0] ?? '';
  return rest !== '' && KO_PARTICLE_ONLY.test(rest) && rest.length <= 4 ? rest : '';
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The space-separated words of `text` before `end`, nearest first (at most `limit`). */
function wordsBefore(text: string, end: number, limit: number): Word[] {
  const words: Word[] = [];
  let i = end;
  while (words.length < limit) {
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    if (i === 0) break;
    const stop = i;
    while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
    words.push({ text: text.slice(i, stop), start: i, end: stop });
  }
  return words;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Discovered organisations: "카카오(035720)", "㈜한빛", "한빛건설", "Rapidus Corp.". */
function findDiscoveredOrgs(text: string, lang: Lang, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  const push = (name: string, start: number, end: number): void => {
    const clean = tidy(name);
    if (clean.length < 2) return;
    const span = { start, end };
    if (taken.some((m) => overlaps(m, span)) || found.some((m) => overlaps(m, span))) return;
    found.push({ source: 'org', start, end, text: text.slice(start, end), id: clean, name: clean, org: clean, family: 'org', discovered: true, particle: particleAfter(text, end), tokens: nameTokens(clean) });
  };
  for (const m of text.matchAll(/([가-힣A-Za-z0-9&]{2,20})\s?\((?:KS|KQ|KOSPI|KOSDAQ|코스피|코스닥)?:?\s?\d{6}\)/g)) {
    push(m[1]!, m.index!, m.index! + m[1]!.length);
  }
  for (const m of text.matchAll(/(?:㈜|\(주\))\s?([가-힣A-Za-z]{2,15})|([가-힣A-Za-z]{2,15})\s?(?:㈜|\(주\))/g)) {
    const name = m[1] ?? m[2]!;
    const at = m.index! + m[0].indexOf(name);
    push(name, at, at + name.length);
  }
  if (lang === 'ko') {
    for (const m of text.matchAll(/[가-힣A-Za-z0-9&]{4,24}/g)) {
      let word = m[0];
      const particle = KO_PARTICLE_END.exec(word)?.[0] ?? '';
      if (particle !== '') word = word.slice(0, word.length - particle.length);
      const parts = KO_ORG_NAME.exec(word);
      if (parts && !KO_COMMON_NOUNS.has(parts[1]!) && !/데이터|센터|공장|사업|국내|해외|차세대|첨단/.test(parts[1]!)) {
        push(word, m.index!, m.index! + word.length);
      }
    }
  } else {
    EN_ORG_SUFFIX.lastIndex = 0;
    for (const m of text.matchAll(EN_ORG_SUFFIX)) {
      const name = m[1]!;
      const first = name.split(/\s+/)[0]!;
      if (EN_NOT_NAMES.has(first)) continue;
      push(m[0].replace(/[,.]$/, ''), m.index!, m.index! + m[0].replace(/[,.]$/, '').length);
    }
  }
  return found;
}

function isKoNameWord(word: string): 'name' | 'descriptive' | 'stop' | 'generic' {
  const bare = word.replace(/[“”"'‘’「」『』]/g, '');
  if (bare === '' || /[,.;:!?…·/()[\]]$/.test(word) || /^[([]/.test(word) || /[)\]]/.test(word)) return 'stop';
  if (KO_GENERIC_BEFORE.has(bare)) return 'generic';
  if (KO_DESCRIPTIVE.has(bare) || KO_PUBLIC_MODIFIERS.has(bare)) return 'descriptive';
  if (/^[0-9.,]+(?:조|억|만|천)?\s?(?:원|달러|㎡|평|MW|GW|메가와트|기가와트|급|규모)$/i.test(bare)) return 'descriptive';
  if (/(?:년|월|일|분기|반기)$/.test(bare) && /[0-9]|지난|올|내|다음|이번|하|상/.test(bare)) return 'stop';
  if (/^(?:지난해|올해|내년|작년|최근|현재|당초|이날|오는|지난|연내|총|약|모두|또|결국|사실상|끝내|최종|본격|다시)$/.test(bare)) return 'stop';
  if (KO_STOP_WORDS.has(bare) || KO_ADVERBS.test(bare)) return 'stop';
  if (/^[0-9]+(?:사|곳|개|개사|군데)$/.test(bare) || /^[0-9]+(?:사|곳)의$/.test(bare)) return 'generic';
  if (KO_PLACE_EXCEPTIONS.has(bare)) return 'name';
  if (KO_VERBAL_END.test(bare) && /[가-힣]{2,}$/.test(bare)) return 'stop';
  if (KO_PARTICLE_END.test(bare) && bare.length >= 2 && !/^[A-Za-z0-9]+$/.test(bare)) return 'stop';
  if (KO_COMMON_NOUNS.has(bare)) return 'descriptive';
  return 'name';
}

/** A name standing right after a head noun (apposition), not a process or common noun. */
function isKoAppositiveName(word: string): boolean {
  if (KO_PROCESS_NOUNS.has(word) || KO_COMMON_NOUNS.has(word) || KO_DESCRIPTIVE.has(word) || KO_STOP_WORDS.has(word)) return false;
  if (KO_VERBAL_END.test(word) || KO_HEAD_BY_WORD.has(word) || /^[0-9]/.test(word)) return false;
  // "클러스터 투자협약을 체결": the paper signed for the project is not its name.
  if (KO_AGREEMENT_NOUN.test(word)) return false;
  if (/(?:업계|시장|산업|부지|건립|건설|구축|가동|착공|준공|완공|출시|공개|사업|공사|투자|계획|인근|주변|내|측)$/.test(word)) return false;
  return true;
}

/** Is this word a strong name (Latin, digits, quoted) rather than a Hangul common noun that might be a place? */
function isStrongName(word: string): boolean {
  return /[A-Za-z0-9]/.test(word) || /[“”"'‘’「」]/.test(word);
}

/** "수도권광역급행철도(GTX) A노선" → one line named by its short form "GTX-A" (see KO_ACRONYM_LINE). */
function koAcronymLines(text: string, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(KO_ACRONYM_LINE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken.some((t) => t.source !== 'org' && overlaps(t, { start, end }))) continue;
    const name = `${m[2]!}-${m[3]!}`;
    out.push({ source: 'phrase', start, end, text: m[0], id: '', name, org: null, family: 'transport', discovered: true, particle: particleAfter(text, end), tokens: nameTokens(name) });
  }
  return out;
}

function koPhrases(text: string, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  KO_HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KO_HEAD_RE.exec(text)) !== null) {
    const headStart = m.index;
    const headEnd = headStart + m[0].length;
    const head = KO_HEAD_BY_WORD.get(m[0].replace(/\s+/g, ''));
    if (head === undefined) continue;
    const span = { start: headStart, end: headEnd };
    if (taken.some((t) => overlaps(t, span))) continue;
    // The head must end its word (with particles), except the plural 들 (generic).
    const restWord = /^[가-힣A-Za-z0-9]*/.exec(text.slice(headEnd))?.[0] ?? '';
    const particle = particleAfter(text, headEnd);
    if (/[A-Za-z0-9]/.test(text[headEnd] ?? '') && /^[A-Z]/.test(head.word)) continue;
    if (restWord !== '' && particle === '' && !restWord.startsWith('들')) continue;
    if (restWord.startsWith('들') || KO_GENERIC_AFTER.test(text.slice(headEnd + particle.length))) {
      out.push(generic(text, headStart, headEnd, head.family));
      continue;
    }
    // Prefix inside the same word: 제2데이터센터, 평택공장; a Hangul prefix of a weak head makes another word (물류센터).
    let wordStart = headStart;
    while (wordStart > 0 && /[가-힣A-Za-z0-9·-]/.test(text[wordStart - 1]!)) wordStart--;
    const prefix = text.slice(wordStart, headStart);
    if (prefix !== '' && head.weak && !/[0-9A-Za-z]$/.test(prefix)) continue;
    /** A descriptive prefix inside the word (전용공장, 신공장) names nothing but does not end the phrase. */
    const prefixDescribes = prefix !== '' && (KO_COMMON_NOUNS.has(prefix) || KO_DESCRIPTIVE.has(prefix) || prefix.length === 1);
    const modifiers: Word[] = [];
    let owner: Mention | undefined;
    let isGeneric = false;
    let partOfAlias = false;
    if (prefix !== '') {
      const owned = taken.find((t) => t.source === 'org' && t.start === wordStart && t.end <= headStart);
      if (owned) owner = owned;
      else if (taken.some((t) => t.source === 'alias' && overlaps(t, { start: wordStart, end: headStart }))) partOfAlias = true;
      else if (!prefixDescribes) modifiers.push({ text: prefix, start: wordStart, end: headStart });
    }
    if (owner === undefined && !partOfAlias) {
      for (const word of wordsBefore(text, wordStart, 4)) {
        const org = taken.find((t) => t.source === 'org' && t.start >= word.start && t.end <= word.end);
        if (org) {
          const rest = text.slice(org.end, word.end);
          if (rest === '' || rest === '의') owner = org;
          break;
        }
        // A head right after a watchlist project's alias is a part of it ("용인 반도체 클러스터 1기 팹").
        const alias = taken.find((t) => t.source === 'alias' && overlaps(t, word));
        if (alias) {
          // Only when nothing separates them: "공장과 …" is a list, not a part.
          partOfAlias = alias.end >= word.end;
          break;
        }
        if (taken.some((t) => overlaps(t, word))) break;
        const kind = isKoNameWord(word.text);
        if (kind === 'generic' && taken.some((t) => t.source === 'alias' && t.end >= word.start - 1 && t.end <= word.start)) {
          // "평택 P4 일부 라인": a part of the project just named, not a class.
          partOfAlias = true;
          break;
        }
        if (kind === 'stop') break;
        if (kind === 'generic') {
          isGeneric = true;
          break;
        }
        modifiers.unshift(word);
        if (modifiers.length >= 3) break;
      }
    }
    if (partOfAlias) continue;
    if (isGeneric || KO_GENERIC_AFTER.test(text.slice(headEnd + particle.length))) {
      out.push(generic(text, headStart, headEnd, head.family));
      continue;
    }
    // Leading descriptive words are dropped ("신규 울산 데이터센터" → "울산 데이터센터").
    const all = [...modifiers];
    while (modifiers.length > 0 && isKoNameWord(modifiers[0]!.text) === 'descriptive' && !KO_COMMON_NOUNS.has(modifiers[0]!.text) && !KO_PUBLIC_MODIFIERS.has(modifiers[0]!.text)) modifiers.shift();
    const naming = modifiers.filter((w) => isKoNameWord(w.text) === 'name');
    const strong = naming.some((w) => isStrongName(w.text)) || /[0-9]/.test(prefix);
    // "국가 AI 데이터센터": two describing words with a common noun name a public project.
    const described = all.length + (head.word.includes(' ') ? 1 : 0) >= 2 && all.some((w) => KO_COMMON_NOUNS.has(w.text) || KO_PUBLIC_MODIFIERS.has(w.text)) && head.family !== 'model' && head.family !== 'service';
    const named = head.weak ? strong : naming.length > 0 || described;
    // "후속 모델", "차기 공장", "the next model": a new one, not the one named before.
    const fresh = all.some((w) => /^(?:후속|차기|다음|새|새로운|신규|신형|두번째|추가)$/.test(w.text)) || /(?:후속|차기|신)$/.test(prefix);
    if (!named && fresh) {
      out.push(generic(text, headStart, headEnd, head.family));
      continue;
    }
    // "안산 센터": a weak head with a Hangul name only counts if it is a project already known.
    const weakName = head.weak && !strong && naming.length > 0;
    // An appositive name after the head: "AI 모델 카나나를", "데이터센터 '하이페리온'을".
    const appositive = /^\s+['‘"“]?([가-힣A-Za-z][가-힣A-Za-z0-9.·-]{0,15}?(?:\s[가-힣A-Za-z0-9][가-힣A-Za-z0-9.·-]{0,15}?)?)['’"”]?(?:을|를|이|가|은|는|의|도|와|과|으로|로)?(?=[\s,.]|$)/.exec(text.slice(headEnd + particle.length));
    const appositiveFree = appositive !== null && !taken.some((t) => t.source !== 'org' && t.start >= headEnd && t.start <= headEnd + appositive[0].length);
    if ((!named || head.family === 'model') && particle === '' && appositive && appositiveFree && appositive[1]!.split(' ').every((w) => isKoAppositiveName(w) || taken.some((t) => t.source === 'org' && t.text === w))) {
      const nameStart = headEnd + appositive[0].indexOf(appositive[1]!);
      const name = appositive[1]!;
      out.push({ source: 'phrase', start: nameStart, end: nameStart + name.length, text: name, id: '', name, org: owner ? owner.id : null, family: head.family, discovered: true, particle: particleAfter(text, nameStart + name.length), tokens: nameTokens(name) });
      continue;
    }
    const start = modifiers[0]?.start ?? headStart;
    // A brand compound runs on over a region word: "메타플랜트 아메리카가".
    const region = prefix !== '' && !prefixDescribes && restWord === '' ? /^ ([가-힣]{2,6}?)(?:은|는|이|가|을|를|의|도|와|과|에서|에)?(?=[\s,.]|$)/.exec(text.slice(headEnd)) : null;
    const end = region && KO_REGION_SUFFIX.test(region[1]!) ? headEnd + 1 + region[1]!.length : headEnd;
    const phraseText = text.slice(start, end);
    out.push({
      source: named || weakName ? 'phrase' : 'bare',
      start,
      end,
      text: phraseText,
      id: '',
      name: tidy(phraseText),
      org: owner ? owner.id : null,
      family: head.family,
      discovered: named,
      particle: end === headEnd ? particle : particleAfter(text, end),
      tokens: nameTokens(phraseText),
      ...(weakName ? { knownOnly: true } : {}),
    });
  }
  KO_ANAPHOR.lastIndex = 0;
  for (const a of text.matchAll(KO_ANAPHOR)) {
    const span = { start: a.index!, end: a.index! + a[0].length };
    if (taken.some((t) => overlaps(t, span)) || out.some((t) => overlaps(t, span) && t.source !== 'bare')) continue;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.source === 'bare' && overlaps(out[i]!, span)) out.splice(i, 1);
    out.push({ source: 'anaphor', ...span, text: a[0], id: '', name: '', org: null, family: KO_ANAPHOR_FAMILY[a[1]!] ?? 'any', discovered: false, particle: particleAfter(text, span.end), tokens: [] });
  }
  return out;
}

function generic(text: string, start: number, end: number, family: string): Mention {
  return { source: 'generic', start, end, text: text.slice(start, end), id: '', name: '', org: null, family, discovered: false, particle: '', tokens: [] };
}

/** The ends of a route after a transport head: "between Birmingham and Crewe", "to Leeds", "from Seoul to Incheon". */
const EN_ROUTE = /^\s+(?:between\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s+and\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)|(?:from\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s+)?to\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?))(?=[\s,.;]|$)/;

/** Parts of a line, named by their ends (a whole line usually has a name of its own). */
const EN_ROUTE_PARTS = new Set(['leg', 'extension', 'section', 'segment', 'tunnel']);
/** Stages of a build-out: "HS2's first phase" is one part, told apart by its ordinal ("Samsung's second fab" may be the project itself). */
const EN_STAGED_PARTS = new Set(['phase', 'leg', 'section', 'segment', 'extension']);
const EN_ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))$/i;

const EN_DETERMINER = /^(?:the|this|that|its|their|our|his|her)$/i;
/** A site word right after a place name: "at its Kingston site", "at the Buckeye campus". */
const EN_SITE_AFTER_PLACE = /^\s+(?:site|campus|complex|facility|park)\b/;
const MONTHS = EN_CALENDAR_WORD;

/** An English word that names (capitalised, not a sentence opener, month or describing word; or alphanumeric like "P4"). */
function isEnName(word: string): boolean {
  const clean = word.replace(/^["“‘']+|["”’',]+$/g, '');
  if (clean === '' || EN_NOT_NAMES.has(clean) || MONTHS.test(clean) || EN_DESCRIPTIVE.has(clean.toLowerCase())) return false;
  // Amounts and sizes, however many hyphens: "500", "$2", "1,500-megawatt", "466,000-square-foot".
  if (/^\$?[\d.,]+(?:-\w+)*$/.test(clean)) return false;
  return /^[A-Z0-9]/.test(clean);
}

/**
 * Verb forms that end a compound noun: auxiliaries and irregular pasts ("Unit 3 began
 * commercial service"). Regular -ed forms are left out: before a head they are adjectives
 * ("enclosed stadium", "planned plant").
 */
function isEnVerbForm(word: string): boolean {
  return /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|began|begun|begins|broke|came|went|got|won|made|held|took|said|says|approved|opened|launched|completed|started|scrapped|delayed)$/.test(word);
}

/** The designators after a capitalised head: "Unit 1" → ["1"], "Units 3 and 4" → ["3", "4"], "Reactors 1, 2 and 3". */
function enDesignations(text: string, headEnd: number): Word[] {
  const m = /^\s+(?:\d{1,2}|[A-Z])(?![\w.-])(?:\s*,\s*(?:\d{1,2}|[A-Z])(?![\w.-]))*(?:,?\s+(?:and|&)\s+(?:\d{1,2}|[A-Z])(?![\w.-]))?/.exec(text.slice(headEnd));
  if (!m) return [];
  return [...m[0].matchAll(/(?:\d{1,2}|[A-Z])(?![\w.-])/g)].map((d) => ({ text: d[0], start: headEnd + d.index!, end: headEnd + d.index! + d[0].length }));
}

/** A lower-case word that describes ("new", "$10 billion", "gas-fired", "1,500-megawatt"). */
function isEnDescriptive(word: string): boolean {
  const clean = word.replace(/[“”"‘’]/g, '').toLowerCase();
  if (EN_DESCRIPTIVE.has(clean)) return true;
  if (/^\$?[\d.,]+(?:-|\s)?(?:billion|million|bn|m|mw|gw|megawatt|gigawatt|acre|square-foot)?(?:-[a-z]+)*$/.test(clean) || /^[$€£₩]/.test(clean)) return true;
  return /^[a-z0-9$.,]+-[a-z-]+$/.test(clean); // gas-fired, 300-megawatt, AI-ready
}

/** A money amount, a size or a scale word ("$2.1 billion", "466,000-square-foot", "1.5GW"): it describes, never names. */
function isEnAmount(word: string): boolean {
  const clean = word.replace(/[“”"‘’,]+$/g, '').toLowerCase();
  return /^[$€£₩]|^[\d.,]+(?:[a-z]{1,3})?(?:-[a-z-]+)?$|^(?:billion|million|trillion|bn)$/.test(clean);
}

function enPhrases(text: string, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  EN_HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_HEAD_RE.exec(text)) !== null) {
    const headStart = m.index;
    const headEnd = headStart + m[0].length;
    const span = { start: headStart, end: headEnd };
    if (taken.some((t) => overlaps(t, span))) continue;
    const raw = m[0].toLowerCase().replace(/\s+/g, ' ');
    const singular = EN_HEAD_BY_WORD.has(raw) ? raw : raw.replace(/e?s$/, '');
    const head = EN_HEAD_BY_WORD.get(singular) ?? EN_HEAD_BY_WORD.get(raw.replace(/s$/, ''));
    if (head === undefined) continue;
    const plural = singular !== raw;
    if (EN_GENERIC_AFTER.test(text.slice(headEnd))) {
      out.push(generic(text, headStart, headEnd, head.family));
      continue;
    }
    const modifiers: Word[] = [];
    let owner: Mention | undefined;
    let determiner = false;
    let indefinite = false;
    let compound = false;
    let isGeneric = false;
    let partOfAlias = false;
    let compounds = 0;
    let leftEdge = headStart;
    for (const word of wordsBefore(text, headStart, 8)) {
      leftEdge = word.start;
      const clean = word.text.replace(/[“”"‘’]/g, '');
      const org = taken.find((t) => t.source === 'org' && t.start >= word.start && t.end <= word.end);
      if (org) {
        owner = org;
        break;
      }
      // A head right after a watchlist alias is part of it ("the first Ohio One fab").
      if (taken.some((t) => t.source === 'alias' && overlaps(t, word))) {
        partOfAlias = true;
        break;
      }
      if (taken.some((t) => overlaps(t, word))) break;
      // "its Marshall, Michigan battery plant": a city before its state; a plural head makes it a list ("its Magdeburg, Poland plants").
      if (!plural && /^[A-Z][\w.'-]*,$/.test(clean) && modifiers[0] !== undefined && /^[A-Z]/.test(modifiers[0].text) && isEnName(clean.slice(0, -1))) {
        modifiers.unshift(word);
        continue;
      }
      // "its Clay, New York, megafab": a city and state set off by commas right before the head.
      if (modifiers.length === 0 && /^[A-Z][\w.'-]*,$/.test(clean) && /\b(?:its|the|their|a|an|[A-Z][\w.-]*['’]s)\s+[A-Z][\w.'-]*,\s+(?:[A-Z][\w.'-]*\s+)?[A-Z][\w.'-]*,$/.test(text.slice(Math.max(0, word.start - 40), word.end))) {
        modifiers.unshift(word);
        continue;
      }
      if (/[,;:()]$/.test(clean) || clean === '') break;
      if (/['’]s$/.test(clean)) {
        const name = clean.replace(/['’]s$/, '');
        if (/^[A-Z]/.test(name) && !EN_NOT_NAMES.has(name)) {
          owner = { source: 'org', start: word.start, end: word.start + name.length, text: name, id: name, name, org: name, family: 'org', discovered: true, particle: '', tokens: nameTokens(name) };
        }
        break;
      }
      if (EN_DETERMINER.test(clean) || /^(?:a|an)$/i.test(clean)) {
        determiner = true;
        indefinite = /^(?:a|an)$/i.test(clean);
        break;
      }
      // "Three Mile Island Unit 1", "Three Gorges Dam": a capitalised number word inside a run of names is part of the name.
      if (EN_GENERIC_BEFORE.has(clean.toLowerCase()) && !(/^[A-Z]/.test(clean) && modifiers[0] !== undefined && isEnName(modifiers[0].text))) {
        isGeneric = true;
        break;
      }
      if (isEnDescriptive(clean) || isEnName(clean)) {
        modifiers.unshift(word);
        continue;
      }
      // A lower-case noun before the head ("hydropower station", "headquarters campus") is
      // kept only if a name comes before it ("Baihetan hydropower station").
      // A verb is never part of a name ("Unit 3 began commercial service"): the phrase starts after it.
      if (isEnVerbForm(clean) || EN_GERUND_VERB.test(clean)) break;
      if (/^[a-z][a-z-]+$/.test(clean) && compounds < 2 && !/^(?:of|for|in|on|at|to|and|or|with|by|from|that|which|new)$/.test(clean)) {
        compounds++;
        modifiers.unshift(word);
        continue;
      }
      if (modifiers.length === 0) compound = true;
      break;
    }
    if (partOfAlias) continue;
    // "Fairwater, its AI data center", "Intuit Dome, the Clippers' new arena": an appositive
    // of a name said just before; the name is the project.
    // The owner may stand after the determiner ("ESMC, the TSMC-led fab in Dresden"): the
    // determiner is then still to the left of the phrase, between it and the comma.
    const appositive = /((?:[A-Z][\w.+&'’-]*|[a-z]+\d[\w.-]*)(?:\s+(?:[A-Z0-9][\w.+&'’-]*))*)\s*,\s*(?:(?:the|its|their)\s+)?$/.exec(text.slice(Math.max(0, leftEdge - 60), leftEdge));
    if (appositive && (determiner || owner !== undefined)) {
      const nameEnd = leftEdge - (appositive[0].length - appositive[1]!.length);
      const nameStart = nameEnd - appositive[1]!.length;
      const appName = appositive[1]!;
      if (taken.some((t) => t.source === 'alias' && t.start <= nameStart && t.end >= nameEnd - 1)) continue;
      const first = appName.split(/\s+/)[0]!;
      const lead = text.slice(Math.max(0, nameStart - 8), nameStart);
      // "near Greensboro, North Carolina, a … facility": a place, not a name.
      const isPlace = /,\s*$/.test(lead) || /\b(?:in|at|near|outside)\s+$/i.test(lead);
      if (!isPlace && !EN_NOT_NAMES.has(first) && !MONTHS.test(first) && !taken.some((t) => t.source === 'org' && t.start === nameStart)) {
        out.push({ source: 'phrase', start: nameStart, end: nameEnd, text: appName, id: '', name: tidy(appName), org: owner ? owner.id : null, family: head.family, discovered: true, particle: '', tokens: nameTokens(appName) });
        continue;
      }
    }
    while (modifiers.length > 0 && compounds > 0 && !isEnName(modifiers[0]!.text) && !isEnDescriptive(modifiers[0]!.text)) {
      modifiers.shift();
      compounds--;
    }
    if (compounds > 0 && !modifiers.some((w) => isEnName(w.text))) {
      // Only lower-case nouns before the head: a compound ("business model") unless a place follows.
      if (!/^(?:\s+for\s+(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)?\s+(?:in|at|near)\s+[A-Z]/.test(text.slice(headEnd)) && !(EN_ROUTE_PARTS.has(head.word) && EN_ROUTE.test(text.slice(headEnd)))) continue;
    }
    // "Project Titan", "Project Blue".
    if (head.word === 'project' && /^\s+[A-Z][\w-]*/.test(text.slice(headEnd)) && /^P/.test(m[0])) {
      const proj = /^\s+([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)/.exec(text.slice(headEnd))!;
      const name = `${m[0]} ${proj[1]}`;
      out.push({ source: 'phrase', start: headStart, end: headEnd + proj[0].length, text: name, id: '', name, org: owner ? owner.id : null, family: 'any', discovered: true, particle: '', tokens: nameTokens(name) });
      continue;
    }
    if (compound) continue;
    const naming = modifiers.filter((w) => isEnName(w.text));
    // "Vogtle Unit 4", "Units 3 and 4", "Fab 21": a capitalised head with a number or letter after it is a designation.
    const designated = /^[A-Z]/.test(m[0]) ? enDesignations(text, headEnd) : [];
    if (designated.length > 0) {
      const lead = naming[0] ? text.slice(naming[0].start, headStart) : '';
      const headWord = plural ? m[0].replace(/s$/, '') : m[0];
      designated.forEach((d, i) => {
        const start = i === 0 ? (naming[0]?.start ?? headStart) : d.start;
        const name = tidy(`${lead}${headWord} ${d.text}`);
        out.push({ source: 'phrase', start, end: d.end, text: text.slice(start, d.end), id: '', name, org: owner ? owner.id : null, family: head.family, discovered: true, particle: '', tokens: nameTokens(name) });
      });
      continue;
    }
    // A purpose may stand between the head and its place: "a packaging plant for AI memory in West Lafayette".
    const place = /^(?:\s+for\s+(?!(?:the|a|an|its|their|this|that|years?|months?|now|decades?)\b)(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*(?=\s+(?:in|at|near)\s+[A-Z]))?\s+(?:in|at|near|outside|on)\s+(?:(?:its|the|their)\s+)?((?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2})/.exec(text.slice(headEnd));
    // With a purpose in between, the place alone identifies the project: its words are the name's tokens.
    const purpose = place !== null && /^\s+for\s/.test(place[0]);
    let placeName = place && !EN_NOT_NAMES.has(place[1]!.split(/\s+/)[0]!) && !MONTHS.test(place[1]!.split(/\s+/)[0]!) ? place[1]!.replace(/[.,]$/, '') : '';
    // A line or its part named by its ends: "the leg between Birmingham and Crewe", "the eastern leg to Leeds".
    const route = EN_ROUTE_PARTS.has(head.word) && placeName === '' ? EN_ROUTE.exec(text.slice(headEnd)) : null;
    if (route) placeName = route[1] ?? route[2] ?? '';
    let placeLength = route ? route[0].length : place ? place[0].replace(/[.,]$/, '').length : 0;
    // "the plant at its Kingston site": the site word after the place belongs to the name.
    const siteWord = place && placeName !== '' ? EN_SITE_AFTER_PLACE.exec(text.slice(headEnd + placeLength)) : null;
    if (siteWord) placeLength += siteWord[0].length;
    // "the two unfinished reactors at V.C. Summer": a count of units at one named site is that site's project.
    const atSite = place !== null && placeName !== '' && /^\s+at\s/.test(place[0]);
    // "fabs at the Ohio One campus": the place is a watchlist project itself, which the alias already names.
    const placeIsAlias = place !== null && taken.some((t) => t.source === 'alias' && overlaps(t, { start: headEnd, end: headEnd + placeLength }));
    if (isGeneric && atSite && !placeIsAlias) isGeneric = false;
    if (isGeneric || (plural && placeName === '' && naming.length === 0)) {
      out.push(generic(text, headStart, headEnd, head.family));
      continue;
    }
    // "a smaller R3 model": a designation before "model" names a car or a phone unless the
    // sentence is about AI or the name carries a model-family stem ("Llama 3 model").
    if (head.family === 'model' && naming.length > 0 && !naming.some((w) => EN_MODEL_STEM.test(w.text)) && !EN_AI_CONTEXT.test(text)) continue;
    const firstNaming = naming[0];
    let name = '';
    let start = headStart;
    let end = headEnd;
    if (firstNaming) {
      start = firstNaming.start;
      name = text.slice(start, headEnd);
    } else if (placeName !== '' && indefinite && owner === undefined && EN_UNNAMED_OWNER.test(text.slice(0, headStart)) && !taken.some((t) => t.source === 'org' && t.start < headStart)) {
      // "A Korean conglomerate … to build a data center in Vietnam": an unnamed owner's facility, named by no one.
      out.push(generic(text, headStart, headEnd, head.family));
      continue;
    } else if (placeName !== '') {
      // "an AI data center in Ulsan": named by its place, as written. A money amount or a
      // size ("$2.1 billion", "466,000-square-foot") describes the deal, never the name.
      start = modifiers.find((w) => !isEnAmount(w.text))?.start ?? headStart;
      end = headEnd + placeLength;
      name = text.slice(start, end);
    }
    // "HS2's first phase", "Samsung's second fab": an owner with an ordinal tells one part from the others.
    const ordinal = modifiers.find((w) => EN_ORDINAL.test(w.text));
    if (name === '' && owner !== undefined && ordinal && EN_STAGED_PARTS.has(head.word)) {
      start = ordinal.start;
      name = text.slice(start, headEnd);
    }
    const named = name !== '' && !(head.weak && !firstNaming && placeName === '' && !(ordinal && EN_STAGED_PARTS.has(head.word)));
    // "the second phase of its P4 line": the head is a part of the project named after "of", not a reference back.
    if (!named && /^\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z])/.test(text.slice(headEnd))) continue;
    if (!named && !determiner && owner === undefined) continue;
    // "its next model, Kanana, from scratch": a name set off after an unnamed head is the project.
    const after = !named && !head.refOnly ? EN_APPOSITIVE_AFTER.exec(text.slice(headEnd)) : null;
    if (after && !EN_NOT_NAMES.has(after[1]!.split(/\s+/)[0]!) && !MONTHS.test(after[1]!.split(/\s+/)[0]!)) {
      const nameStart = headEnd + after[0].indexOf(after[1]!);
      const span = { start: nameStart, end: nameStart + after[1]!.length };
      if (!taken.some((t) => overlaps(t, span))) {
        out.push({ source: 'phrase', ...span, text: after[1]!, id: '', name: after[1]!, org: owner ? owner.id : null, family: head.family, discovered: true, particle: '', tokens: nameTokens(after[1]!) });
        continue;
      }
    }
    if (head.refOnly && (named || !determiner)) continue;
    out.push({
      source: named ? 'phrase' : 'bare',
      start: named ? start : headStart,
      end: named ? end : headEnd,
      text: text.slice(named ? start : headStart, named ? end : headEnd),
      id: '',
      name: tidy(named ? name : text.slice(headStart, headEnd)),
      org: owner ? owner.id : null,
      // A bare "the campus", "the facility" may refer back to a project of another kind (a data center's campus).
      family: named ? head.family : (EN_ANAPHOR_FAMILY[head.word] ?? head.family),
      discovered: named,
      particle: '',
      tokens: nameTokens(named ? name : ''),
      ...(named && purpose && !firstNaming ? { key: keyTokens(placeName) } : {}),
    });
    if (owner && owner.discovered && !taken.includes(owner) && !out.includes(owner)) out.push(owner);
  }
  return out;
}

/** Acronyms that are never a product name. */
const ACRONYMS = /^(?:AI|GPU|CPU|NPU|HBM\d?|MOU|MoU|LOI|IT|CEO|CFO|CTO|US|USA|EU|UK|IDC|DC|LLM|SW|HW|R&D|ESG|IPO|M&A|Q\d|H\d|PPA|EPC|KRW|USD|MW|GW)$/i;

/** Product or model names without a head noun: "코지피티(KoGPT)", "'코GPT 2.0'", "HyperCLOVA X 2.0". */
function productNames(text: string, lang: Lang, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  const push = (name: string, start: number, end: number): void => {
    const span = { start, end };
    if (taken.some((t) => overlaps(t, span)) || out.some((t) => overlaps(t, span))) return;
    if (ACRONYMS.test(name)) return;
    out.push({ source: 'phrase', start, end, text: text.slice(start, end), id: '', name: tidy(name), org: null, family: 'model', discovered: true, particle: lang === 'ko' ? particleAfter(text, end) : '', tokens: nameTokens(name) });
  };
  // A name with a parenthesised Latin alias: 코지피티(KoGPT).
  for (const m of text.matchAll(/([가-힣]{2,12})\(([A-Za-z][A-Za-z0-9 .-]{1,20})\)/g)) {
    if (ACRONYMS.test(m[2]!) || /(?:협약|각서|계약|협정|합의서|의향서|위원회|센터|공장|사업|조사|평가)$/.test(m[1]!) || KO_COMMON_NOUNS.has(m[1]!)) continue;
    push(m[1]!, m.index!, m.index! + m[0].length);
  }
  // A model-like Latin name with a version: "KoGPT 2.0", "Exaone 3.5", "Llama 4" (in a story
  // about AI: "Galaxy S24" or "Ioniq 5" elsewhere is a product, not a project).
  const aiContext = /\b(?:AI|model|models|LLM|chatbot|reasoning|GPT)\b|인공지능|모델|생성형|언어모델|챗봇/.test(text);
  for (const m of text.matchAll(/(?<![A-Za-z0-9])([A-Z][A-Za-z]*(?:[A-Z][A-Za-z]*)*(?:[- ]?[A-Z][A-Za-z]+)?)[- ]?(\d+(?:\.\d+)?)(?![A-Za-z0-9.])/g)) {
    const name = m[0];
    // Outside an AI story only a model-family stem makes a versioned name a model.
    if (!aiContext && !EN_MODEL_STEM.test(name)) continue;
    if (/^(?:Q|H|FY|CY|COVID|P|S|M|A|B|Fab|Phase|Tier|Level|No|Units?|Nos?|Article|Section|Chapter|Route|Highway|Gate|Terminal|Floor|Building|Block)[- ]?\d/i.test(name)) continue;
    if (MONTHS.test(m[1]!.split(/[- ]/)[0]!) || EN_NOT_NAMES.has(m[1]!.split(/[- ]/)[0]!)) continue;
    if (!/[a-z]/.test(m[1]!) && m[1]!.length < 3) continue;
    push(name, m.index!, m.index! + name.length);
  }
  return out;
}

const EN_NAME_RUN = "((?:[A-Z][\\w.'&-]*|\\d[\\w-]*)(?:\\s+(?:[A-Z][\\w.'&-]*|\\d[\\w-]*)){0,4})";
/** "the PW Digital Gateway rezoning": a name run before the process noun. */
const EN_NAME_BEFORE_PROCESS = new RegExp(`\\b(?:the|a|an|its|their)\\s+${EN_NAME_RUN}\\s+${EN_PROCESS_NOUN}\\b`, 'g');
/** "the rezoning of the Plaza 500 site", "a permit for the Riverside campus": a name run after it. */
const EN_NAME_AFTER_PROCESS = new RegExp(`\\b${EN_PROCESS_NOUN}\\s+(?:of|for)\\s+(?:the\\s+)?${EN_NAME_RUN}`, 'g');

/**
 * Projects named only as the complement of a process noun (rules/entity-en.ts
 * EN_PROCESS_NOUN): "approved the PW Digital Gateway rezoning", "the rezoning of the Plaza
 * 500 site". Every word of the run must name; a run that a head-noun phrase already covers
 * is left to that phrase.
 */
function processComplements(text: string, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  const push = (run: string, start: number, after: boolean): void => {
    const words = run.split(/\s+/);
    // A trailing word that does not name (a lower-case word the run picked up) is not the name; a number after a name is ("Plaza 500").
    while (words.length > 1 ? !isEnName(words[words.length - 1]!) && !/^\d+$/.test(words[words.length - 1]!) : words.length === 1 && !isEnName(words[0]!)) words.pop();
    if (words.length === 0 || !words.every((w) => isEnName(w) || /^\d/.test(w)) || !/[A-Za-z]/.test(words.join(''))) return;
    if (EN_PROCESS_NOT_PROJECT_END.test(words[words.length - 1]!)) return;
    const name = words.join(' ');
    const end = start + name.length;
    let spanEnd = end;
    const land = EN_PROCESS_LAND_AFTER.exec(text.slice(end));
    if (land) spanEnd = end + land[0].length;
    // After "of"/"for" a one-word name needs a land word ("the Plaza site"): "a permit for the Fourth …" names nothing.
    if (after && words.length === 1 && !land) return;
    const span = { start, end: spanEnd };
    if (taken.some((t) => overlaps(t, span)) || out.some((t) => overlaps(t, span))) return;
    out.push({ source: 'phrase', start, end: spanEnd, text: text.slice(start, spanEnd), id: '', name, org: null, family: 'any', discovered: true, particle: '', tokens: nameTokens(name) });
  };
  for (const m of text.matchAll(EN_NAME_BEFORE_PROCESS)) push(m[1]!, m.index! + m[0].indexOf(m[1]!, m[0].search(/\s/)), false);
  for (const m of text.matchAll(EN_NAME_AFTER_PROCESS)) push(m[1]!, m.index! + m[0].lastIndexOf(m[1]!), true);
  return out;
}

/**
 * Every mention in one sentence, in text order: watchlist aliases first, then discovered
 * organisations, project phrases, bare heads, anaphors and class nouns.
 *
 * @example
 * findMentions(index, 'Micron broke ground on its Clay fab.', 'en').map((m) => [m.source, m.name]);
 * // [['org', 'Micron'], ['phrase', 'Clay fab']]
 */
export function findMentions(index: EntityIndex, text: string, lang: Lang, options: { light?: boolean } = {}): Mention[] {
  const mentions: Mention[] = [];
  for (const hit of index.aliases.find(text)) {
    const particle = particleAfter(text, hit.end);
    if (hit.type === 'org') {
      mentions.push({ source: 'org', start: hit.start, end: hit.end, text: hit.text, id: hit.id, name: hit.text, org: hit.id, family: 'org', discovered: false, particle, tokens: nameTokens(hit.text) });
    } else {
      const project = index.projectById.get(hit.id)!;
      mentions.push({ source: 'alias', start: hit.start, end: hit.end, text: hit.text, id: hit.id, name: project.name, org: project.org, family: project.family, discovered: false, particle, tokens: nameTokens(hit.text) });
    }
  }
  // Light mode (a sentence without a cue, read only for later coreference): owners and
  // product names matter only where an event is made.
  if (!options.light) mentions.push(...findDiscoveredOrgs(text, lang, mentions));
  if (!options.light && !mentions.some((m) => m.source === 'org')) {
    const subject = subjectOrg(text, lang);
    if (subject) mentions.push(subject);
  }
  if (lang === 'ko') mentions.push(...koAcronymLines(text, mentions));
  const phrases = lang === 'ko' ? koPhrases(text, mentions) : enPhrases(text, mentions);
  mentions.push(...splitSharedHeads(index, text, lang, phrases, mentions));
  if (!options.light) mentions.push(...productNames(text, lang, mentions));
  if (!options.light && lang === 'en') mentions.push(...processComplements(text, mentions));
  // A watchlist org right before a project alias owns it; a phrase keeps the org written in it.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return mentions;
}

const SHARED_HEAD_WORDS = {
  isName: (word: string): boolean => isEnName(word) || (/^[가-힣A-Za-z]/.test(word) && isKoNameWord(word) === 'name'),
  isDescriptive: (word: string): boolean => KO_COMMON_NOUNS.has(word) || KO_DESCRIPTIVE.has(word) || KO_PROCESS_NOUNS.has(word),
};

/** Phrases with a shared head ("the Magdeburg and Poland plants") become one mention per project. */
function splitSharedHeads(index: EntityIndex, text: string, lang: Lang, phrases: Mention[], taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of phrases) {
    const split = m.source === 'phrase' ? splitSharedHead(text, lang, m, [...taken, ...phrases.filter((p) => p !== m)], SHARED_HEAD_WORDS) : undefined;
    if (!split) {
      out.push(m);
      continue;
    }
    if (!split.replace) out.push(m);
    split.conjuncts.forEach((c, i) => {
      const written = text.slice(c.start, c.end);
      const last = split.replace && i === split.conjuncts.length - 1;
      const particle = last ? m.particle : '';
      // "the Magdeburg and Poland plants": a conjunct with the head may be a watchlist alias ("Magdeburg plant").
      const hit = [c.name, c.name.replace(/s$/, '')].flatMap((n) => index.aliases.find(n)).find((h) => h.type !== 'org');
      const project = hit ? index.projectById.get(hit.id) : undefined;
      if (project) {
        out.push({ source: 'alias', start: c.start, end: c.end, text: written, id: hit!.id, name: project.name, org: project.org, family: project.family, discovered: false, particle, tokens: nameTokens(written) });
        return;
      }
      out.push({ ...m, start: c.start, end: c.end, text: written, name: tidy(c.name), particle, tokens: nameTokens(c.name) });
    });
  }
  return out;
}

/** Subjects that are never an owner ("정부는", "업계는", "회사는"). */
const KO_NOT_OWNERS = /^(?:정부|당국|업계|회사|시|군|도|구|관계자|측|이들|그|이|해당|이번|올해|내년|지난해|현재|최근|결국|사업|공사|계획|투자|주민|전문가|시장|증권가|국회|법원|위원회|당초|한편|또|또한|특히|다만|이어|이에|이로써|이후|이날|앞서|현지|외신|보도|업체|기업|정부와|공장|데이터센터|센터|프로젝트|일정)$/;

/**
 * The subject of a sentence as an owner, when no organisation is otherwise named: a name at
 * the start of an English sentence ("Micron broke ground …"), or a Korean topic / subject
 * word ("한빛은 …", "Rapidus가 …"). Only used to own a discovered project.
 */
function subjectOrg(text: string, lang: Lang): Mention | undefined {
  const make = (name: string, start: number): Mention => ({ source: 'org', start, end: start + name.length, text: name, id: name, name, org: name, family: 'org', discovered: true, particle: '', tokens: nameTokens(name) });
  if (lang === 'en') {
    const m = /^\s*(?:(?:[A-Z][a-z]+ly|Meanwhile|However|Also|Elsewhere|Separately|Earlier|Last\s+\w+|On\s+\w+),\s+)?((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,2})(?=\s+(?:has|have|had|is|was|will|said|says|plans|broke|began|started|opened|announced|delayed|scrapped|cancelled|canceled|paused|halted|resumed|signed|won|received|completed|launched|unveiled|released|postponed|pushed|called|abandoned|put|shelved|expects|aims|intends|agreed|decided|[a-z]+ed|[a-z]+s)\b)/.exec(text);
    if (!m) return undefined;
    const name = m[1]!;
    if (name.split(/\s+/).some((w) => EN_NOT_NAMES.has(w))) return undefined;
    return make(name, text.indexOf(name));
  }
  const m = /^\s*([가-힣A-Za-z0-9&]{2,15}?)(?:은|는|이|가)\s/.exec(text);
  if (!m) return undefined;
  const name = m[1]!;
  if (KO_NOT_OWNERS.test(name) || KO_COMMON_NOUNS.has(name) || KO_DESCRIPTIVE.has(name) || KO_HEAD_RE.test(name)) {
    KO_HEAD_RE.lastIndex = 0;
    return undefined;
  }
  return make(name, text.indexOf(name));
}

/** A project known in the article so far. */
interface KnownProject {
  id: string;
  name: string;
  org: string | null;
  family: string;
  discovered: boolean;
  tokens: string[];
  lastSeen: number;
}

/**
 * The tokens of a name that identify it: describing words ("AI", "new", "$17 billion",
 * "2-gigawatt", "국가") and head nouns ("data center", "공장") are left out, so "Richland
 * Parish 2-gigawatt data center" and "Richland Parish data center" share their key.
 */
export function keyTokens(name: string): string[] {
  const words = name.split(/\s+/).filter((w, i) => {
    const lower = w.toLowerCase().replace(/[,.]$/, '');
    // A unit or phase number after a name identifies it ("Ocean Wind 1" is not "Ocean Wind 2").
    if (i > 0 && /^\d{1,2}$/.test(lower)) return true;
    if (lower === '' || /^(?:in|at|near|of|the|a|an|its|their|and|on)$/.test(lower)) return false;
    if (KO_DESCRIPTIVE.has(w) || KO_COMMON_NOUNS.has(w) || EN_DESCRIPTIVE.has(lower) || isEnDescriptive(lower)) return false;
    return true;
  });
  return nameTokens(words.join(' ')).filter((t) => !isHeadToken(t));
}

function familyFits(a: string, b: string): boolean {
  return a === b || a === 'any' || b === 'any';
}

function subset(small: string[], big: string[]): boolean {
  return small.length > 0 && small.every((t) => big.includes(t));
}

/**
 * Project identity across one article: discovered phrases get stable ids, shorter mentions
 * resolve to the fuller one seen before, and bare heads or anaphors to the most recent
 * project of their family.
 */
export class ArticleEntities {
  private readonly known: KnownProject[] = [];
  private readonly orgsSeen = new Set<string>();
  private clock = 0;

  constructor(private readonly index: EntityIndex) {}

  /**
   * Resolves the project mentions of one sentence (in place) and returns the project
   * mentions that have an id; unresolvable bare heads and anaphors are dropped.
   */
  resolve(mentions: Mention[]): Mention[] {
    return this.resolveMentions(mentions, true);
  }

  private resolveMentions(mentions: Mention[], tick: boolean): Mention[] {
    if (tick) this.clock++;
    for (const m of mentions) if (m.source === 'org') this.orgsSeen.add(m.id);
    const out: Mention[] = [];
    for (const m of mentions) {
      if (m.source === 'alias') {
        this.remember({ id: m.id, name: m.name, org: m.org, family: m.family, discovered: false, tokens: m.tokens, lastSeen: this.clock });
        out.push(m);
      } else if (m.source === 'phrase') {
        const org = m.org ?? this.nearestOrgBefore(mentions, m) ?? null;
        const match = this.matchKnown(m, org);
        if (match) {
          m.id = match.id;
          m.name = match.name;
          m.org = match.org ?? org;
          m.discovered = match.discovered;
          if (match.tokens.length < m.tokens.length && match.discovered && (match.org === org || match.org === null)) {
            match.tokens = m.tokens;
            match.name = m.name;
          }
          match.lastSeen = this.clock;
        } else if (m.knownOnly) {
          continue;
        } else {
          m.org = org;
          m.id = discoveredProjectId(org, m.name);
          this.remember({ id: m.id, name: m.name, org, family: m.family, discovered: true, tokens: m.tokens, lastSeen: this.clock });
        }
        out.push(m);
      } else if (m.source === 'bare' || m.source === 'anaphor') {
        const target = this.salient(m.family, m.org ?? null);
        if (target) {
          m.id = target.id;
          m.name = target.name;
          m.org = target.org;
          m.family = target.family;
          m.discovered = target.discovered;
          target.lastSeen = this.clock;
          out.push(m);
        }
      }
    }
    return out;
  }

  /**
   * Gives a phrase found outside {@link findMentions} (a cue's theme, see themes.ts) its id,
   * resolving it against the projects of the article like any other phrase.
   */
  adopt(m: Mention, orgs: Mention[]): Mention {
    return this.resolveMentions([...orgs, m], false).find((r) => r === m) ?? m;
  }

  /**
   * Has the article already named a project exactly so (normalised, at least 3 characters)?
   *
   * @example
   * article.knows('GTX-A'); // true once a sentence resolved "수도권광역급행철도(GTX) A노선" to GTX-A
   */
  knows(name: string): boolean {
    const key = normaliseName(name);
    return key.length >= 3 && this.known.some((k) => normaliseName(k.name) === key);
  }

  /**
   * The project the story is on at this point: the one mentioned most recently, if within
   * the last `window` sentences. A Korean clause that omits its subject ("내년 가동할 예정이다")
   * is about it.
   */
  topic(window = 3): Mention | undefined {
    let best: KnownProject | undefined;
    for (const k of this.known) if (!best || k.lastSeen > best.lastSeen) best = k;
    if (!best || this.clock - best.lastSeen > window) return undefined;
    return { source: 'anaphor', start: 0, end: 0, text: '', id: best.id, name: best.name, org: best.org, family: best.family, discovered: best.discovered, particle: '', tokens: [] };
  }

  private nearestOrgBefore(mentions: Mention[], m: Mention): string | null {
    let best: Mention | undefined;
    for (const o of mentions) if (o.source === 'org' && o.end <= m.start) best = o;
    return best?.id ?? mentions.find((o) => o.source === 'org')?.id ?? null;
  }

  private remember(project: KnownProject): void {
    const existing = this.known.find((k) => k.id === project.id);
    if (existing) existing.lastSeen = project.lastSeen;
    else this.known.push(project);
  }

  private matchKnown(m: Mention, org: string | null): KnownProject | undefined {
    const key = normaliseName(m.name);
    const mKey = m.key ?? keyTokens(m.name);
    let best: KnownProject | undefined;
    for (const k of this.known) {
      if (!familyFits(k.family, m.family)) continue;
      if (org !== null && k.org !== null && k.org !== org) continue;
      const kKey = normaliseName(k.name);
      if (kKey === key || subset(mKey, k.tokens) || (key.length >= 2 && kKey.endsWith(key))) {
        if (!best || k.lastSeen > best.lastSeen) best = k;
      }
    }
    if (best) return best;
    // A less specific or differently worded name of a watchlist project ("시흥 데이터센터" for
    // "시흥 제2데이터센터", "AI data center in Ulsan" for "Ulsan AI data center"), when its owner
    // is named in the article.
    for (const [id, p] of this.index.projectById) {
      if (!familyFits(p.family, m.family) && m.family !== 'any') continue;
      if (org !== p.org && !this.orgsSeen.has(p.org)) continue;
      if (p.tokens.some((alias) => subset(mKey, alias))) {
        const known: KnownProject = { id, name: p.name, org: p.org, family: p.family, discovered: false, tokens: p.tokens[0] ?? [], lastSeen: this.clock };
        this.remember(known);
        return this.known.find((k) => k.id === id);
      }
    }
    return undefined;
  }

  private salient(family: string, org: string | null): KnownProject | undefined {
    let best: KnownProject | undefined;
    for (const k of this.known) {
      if (!familyFits(k.family, family)) continue;
      if (org !== null && k.org !== null && k.org !== org) continue;
      if (!best || k.lastSeen > best.lastSeen) best = k;
    }
    return best;
  }
}

const HEAD_TOKENS = new Set([...KO_HEADS.map((h) => h.word.toLowerCase()), ...EN_HEADS.flatMap((h) => h.word.toLowerCase().split(' '))]);

function isHeadToken(token: string): boolean {
  return HEAD_TOKENS.has(token);
}
