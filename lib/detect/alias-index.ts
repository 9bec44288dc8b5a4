/**
 * The watchlist's organisation and project aliases compiled once into a character trie, so
 * a sentence is scanned in a single pass however long the watchlist grows. At any position
 * the longest alias wins ("시흥 제2데이터센터" before "제2데이터센터"); spaces and hyphens
 * inside an alias are optional ("안산데이터센터", "GPT5"). Word edges are checked in code because Korean words
 * carry particles ("카카오는") while a Korean alias must not match inside a longer name
 * ("메타" in "메타버스", "카카오" in "카카오뱅크").
 */
import type { Watchlist } from '../core/types';
import { KO_PARTICLE_ONLY } from './rules/entity-ko';
import { Trie } from './trie';

/** What an alias names. */
export interface AliasTarget {
  type: 'org' | 'project';
  /** Watchlist id. */
  id: string;
  /** The alias as listed. */
  alias: string;
}

/** An alias found in a text. */
export interface AliasHit extends AliasTarget {
  start: number;
  end: number;
  text: string;
}

/** A compiled alias index. */
export interface AliasIndex {
  find(text: string): AliasHit[];
}

const HANGUL = /[가-힣]/;

function isLatinOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const UPPER_START = /^[A-Z]/;

/** Letters only, for comparing an all-capitals alias with the text ("KT" must not match "kt"). */
function lettersOf(text: string): string {
  return text.replace(/[\s-]+/g, '');
}

/**
 * Compiles every org and project alias of the watchlist.
 *
 * @example
 * const index = createAliasIndex(watchlist);
 * index.find('카카오는 안산 데이터센터를 가동했다');
 * // [{ type: 'org', id: 'kakao', text: '카카오', ... }, { type: 'project', id: 'kakao-ansan-dc', text: '안산 데이터센터', ... }]
 */
export function createAliasIndex(watchlist: Watchlist): AliasIndex {
  const targets = new Map<string, AliasTarget[]>();
  const spellings = new Map<string, string[]>();
  const add = (type: AliasTarget['type'], id: string, alias: string): void => {
    const key = lettersOf(alias).toLowerCase();
    if (key.length === 0) return;
    spellings.set(key, [...(spellings.get(key) ?? []), lettersOf(alias)]);
    const list = targets.get(key) ?? [];
    // A project alias beats an org alias spelled the same way; duplicates are dropped.
    if (!list.some((t) => t.type === type && t.id === id)) list.push({ type, id, alias });
    list.sort((a, b) => (a.type === b.type ? 0 : a.type === 'project' ? -1 : 1));
    targets.set(key, list);
  };
  for (const org of watchlist.orgs) for (const name of org.names) add('org', org.id, name);
  for (const project of watchlist.projects) for (const name of project.names) add('project', project.id, name);

  const keys = [...targets.keys()];
  const trie = new Trie();
  keys.forEach((key, i) => trie.add(key, i));
  const isSkippable = (c: string): boolean => c === ' ' || c === '-' || c === '\u00a0';

  /** Capitalised aliases keep their capital ("Meta" the company, not "meta-analysis"); short all-capital ones must match exactly ("KT", "MS"). */
  function caseFits(matched: string, alias: string): boolean {
    if (UPPER_START.test(alias) && !UPPER_START.test(matched)) return false;
    if (alias.length <= 5 && alias === alias.toUpperCase() && /[A-Z]/.test(alias) && lettersOf(matched) !== alias) return false;
    return true;
  }

  function accept(text: string, start: number, end: number, key: string): boolean {
    const matched = text.slice(start, end);
    const before = start > 0 ? text[start - 1]! : '';
    const after = text.slice(end);
    const first = matched[0]!;
    const last = matched[matched.length - 1]!;
    if (LATIN_OR_DIGIT.test(first) && LATIN_OR_DIGIT.test(before)) return false;
    if (HANGUL.test(first) && HANGUL.test(before)) return false;
    if (!(spellings.get(key) ?? []).some((alias) => caseFits(matched, alias))) return false;
    if (LATIN_OR_DIGIT.test(last)) {
      if (LATIN_OR_DIGIT.test(after[0] ?? '')) return false;
      if (/^[.-]\d/.test(after)) return false; // "GPT-5" is not "GPT-5.1"
    }
    if (HANGUL.test(last)) {
      if (/^[A-Za-z]/.test(after)) return false; // 삼성SDI is another company
      const rest = /^[가-힣]+/.exec(after)?.[0] ?? '';
      if (rest.length > 0 && !KO_PARTICLE_ONLY.test(rest)) return false;
      if (rest.length > 4) return false;
    }
    return true;
  }

  return {
    find(text: string): AliasHit[] {
      const hits: AliasHit[] = [];
      if (keys.length === 0) return hits;
      const lower = text.toLowerCase();
      // toLowerCase keeps offsets for the scripts we match; if it does not, fall back to the text.
      const scan = lower.length === text.length ? lower : text;
      for (let i = 0; i < scan.length; i++) {
        // Aliases start a word: not inside a run of letters of the same script (checked first: it is cheap).
        if (i > 0) {
          const c = text.charCodeAt(i);
          const p = text.charCodeAt(i - 1);
          if ((isLatinOrDigit(c) && isLatinOrDigit(p)) || (isHangul(c) && isHangul(p))) continue;
        }
        if (!trie.hasFirstCode(scan.charCodeAt(i))) continue;
        const candidates = trie.matchAt(scan, i, isSkippable);
        for (let k = candidates.length - 1; k >= 0; k--) {
          const [end, keyIndex] = candidates[k]!;
          const key = keys[keyIndex]!;
          if (!accept(text, i, end, key)) continue;
          hits.push({ ...targets.get(key)![0]!, start: i, end, text: text.slice(i, end) });
          i = end - 1;
          break;
        }
      }
      return hits;
    },
  };
}
