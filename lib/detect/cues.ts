/**
 * The cue matcher: compiles a cue list (rules/cues-*.ts) into a trie of anchors and finds
 * status cues in a sentence. The trie finds where a cue may start in one pass; only the
 * rules of the anchors found there are then tried (sticky), so the cost grows with the
 * sentence, not with the number of rules.
 */
import type { Lang } from '../core/types';
import { EN_CUES } from './rules/cues-en';
import { KO_CUES } from './rules/cues-ko';
import type { CueHit, CueRule } from './rules/types';
import { Trie } from './trie';

/** How far the context tests of a rule look before and after the match. */
const CONTEXT = 40;

interface CompiledRule {
  rule: CueRule;
  sticky: RegExp;
}

/** A compiled cue list. */
export interface CueMatcher {
  find(sentence: string): CueHit[];
}

/**
 * Compiles a cue list. English anchors match case-insensitively and only at a word start.
 *
 * @example
 * const matcher = compileCues(KO_CUES, 'ko');
 * matcher.find('시흥 데이터센터 건립이 무산됐다').map((h) => h.status); // ['CANCELLED']
 */
export function compileCues(rules: readonly CueRule[], lang: Lang): CueMatcher {
  const english = lang === 'en';
  const byAnchor = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const compiled: CompiledRule = { rule, sticky: new RegExp(rule.pattern, english ? 'yi' : 'y') };
    for (const anchor of rule.anchors) {
      const key = english ? anchor.toLowerCase() : anchor;
      const list = byAnchor.get(key) ?? [];
      list.push(compiled);
      byAnchor.set(key, list);
    }
  }
  const anchors = [...byAnchor.keys()];
  const trie = new Trie();
  anchors.forEach((anchor, i) => trie.add(anchor, i));

  function tryAt(sentence: string, lower: string, at: number, hits: CueHit[]): void {
    for (const [, anchorIndex] of trie.matchAt(english ? lower : sentence, at)) {
      for (const { rule, sticky } of byAnchor.get(anchors[anchorIndex]!)!) {
        sticky.lastIndex = at;
        const m = sticky.exec(sentence);
        if (m === null || m[0].length === 0) continue;
        const end = at + m[0].length;
        if (english && /[A-Za-z0-9]/.test(sentence[end] ?? '') && /[A-Za-z]$/.test(m[0])) continue;
        const before = sentence.slice(Math.max(0, at - CONTEXT), at);
        const after = sentence.slice(end, end + CONTEXT);
        if (rule.before && !rule.before.test(before)) continue;
        if (rule.notBefore && rule.notBefore.test(before)) continue;
        if (rule.after && !rule.after.test(after)) continue;
        if (rule.notAfter && rule.notAfter.test(after)) continue;
        hits.push({ rule, status: rule.status, start: at, end, text: m[0], form: rule.form });
      }
    }
  }

  return {
    find(sentence: string): CueHit[] {
      const lower = english ? sentence.toLowerCase() : sentence;
      const scan = lower.length === sentence.length ? lower : sentence;
      const hits: CueHit[] = [];
      for (let at = 0; at < scan.length; at++) {
        // English cues start a word; Korean ones may sit inside a compound (건립무산).
        if (english && at > 0) {
          const p = sentence.charCodeAt(at - 1);
          if ((p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122)) continue;
        }
        if (!trie.hasFirstCode(scan.charCodeAt(at))) continue;
        tryAt(sentence, scan, at, hits);
      }
      return resolveOverlaps(hits);
    },
  };
}

/** Longest match wins where cues overlap (착공식 over 착공, 재가동 over 가동, "unveiled plans" over "unveiled"). */
function resolveOverlaps(hits: CueHit[]): CueHit[] {
  const ordered = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || b.rule.weight - a.rule.weight || a.start - b.start);
  const kept: CueHit[] = [];
  for (const hit of ordered) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

let koMatcher: CueMatcher | undefined;
let enMatcher: CueMatcher | undefined;

/**
 * The built-in cue matcher of a language (compiled on first use, then shared: the rules
 * are constant data).
 *
 * @example
 * cueMatcher('en').find('Intel delayed its Ohio fab.').map((h) => h.status); // ['DELAYED']
 */
export function cueMatcher(lang: Lang): CueMatcher {
  if (lang === 'ko') return (koMatcher ??= compileCues(KO_CUES, 'ko'));
  return (enMatcher ??= compileCues(EN_CUES, 'en'));
}
