/**
 * Names that share one head noun: "the Magdeburg and Poland plants", "battery plants in
 * Kaiserslautern, Germany, and Termoli, Italy", "독일 마그데부르크·폴란드 공장". Each conjunct is a
 * project of its own, so a status said of the phrase is said of each ("put the Magdeburg and
 * Poland plants on hold" → two ON_HOLD events). Only plural heads (English) or a middle-dot
 * list inside one word (Korean) split: "its Marshall, Michigan battery plant" is one plant.
 */
import type { Lang } from '../core/types';
import { EN_CONJUNCT_STOP, EN_LEFT_CONJUNCT, EN_PLURAL_HEAD_END, EN_RIGHT_CONJUNCT, KO_DOT_LIST } from './rules/shared-head';

/** A character span of the sentence. */
export interface Span {
  start: number;
  end: number;
}

/** One project of a shared-head phrase: where it is written and the name it gets. */
export interface Conjunct extends Span {
  /** The conjunct with the shared head when the span lacks it ("Magdeburg" → "Magdeburg plants"). */
  name: string;
}

/** The conjuncts of one phrase, and whether they replace it (Korean) or stand beside it (English). */
export interface SharedHeadSplit {
  conjuncts: Conjunct[];
  replace: boolean;
}

/** What the caller knows about words: a name word, and a Korean word that describes rather than names. */
export interface SharedHeadWords {
  isName(word: string): boolean;
  isDescriptive(word: string): boolean;
}

function overlapsAny(span: Span, blocked: readonly Span[]): boolean {
  return blocked.some((b) => b.start < span.end && span.start < b.end);
}

function enSplit(text: string, phrase: Span & { text: string }, blocked: readonly Span[], words: SharedHeadWords): SharedHeadSplit | undefined {
  // The head ends the phrase, or stands before its place ("battery plants in Kaiserslautern").
  const placed = /\s(?:in|at|near)\s+[A-Z]/.exec(phrase.text);
  const headPart = placed ? phrase.text.slice(0, placed.index) : phrase.text;
  if (!EN_PLURAL_HEAD_END.test(headPart)) return undefined;
  const head = /\S+$/.exec(headPart)![0];
  const conjuncts: Conjunct[] = [];
  // Left: "Magdeburg and Poland plants", "Ohio, Texas and Arizona plants".
  let edge = phrase.start;
  for (let i = 0; i < 4; i++) {
    const m = EN_LEFT_CONJUNCT.exec(text.slice(0, edge));
    if (!m) break;
    let start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    const parts = m[1]!.split(/\s+/);
    while (parts.length > 0 && (EN_CONJUNCT_STOP.test(parts[0]!) || !words.isName(parts[0]!))) {
      start += parts[0]!.length;
      start += /^\s*/.exec(text.slice(start))![0].length;
      parts.shift();
    }
    if (parts.length === 0) break;
    const span = { start, end: start + parts.join(' ').length };
    if (text.slice(span.start, span.end) !== parts.join(' ') || overlapsAny(span, blocked)) break;
    conjuncts.unshift({ ...span, name: `${parts.join(' ')} ${head}` });
    // A dropped leading word ends the list: "Intel's Magdeburg and …".
    if (parts.length !== m[1]!.split(/\s+/).length) break;
    edge = span.start;
  }
  // Right: "plants in Kaiserslautern, Germany, and Termoli, Italy".
  if (placed) {
    let end = phrase.end;
    for (let i = 0; i < 3; i++) {
      const m = EN_RIGHT_CONJUNCT.exec(text.slice(end));
      if (!m) break;
      const name = m[2]!;
      const start = end + m[0].indexOf(m[1]!) + m[1]!.length;
      const span = { start, end: start + name.length };
      if (!words.isName(name.split(/\s+/)[0]!) || overlapsAny(span, blocked)) break;
      conjuncts.push({ ...span, name });
      end += m[0].length;
    }
  }
  return conjuncts.length > 0 ? { conjuncts, replace: false } : undefined;
}

function koSplit(phrase: Span & { text: string }, words: SharedHeadWords): SharedHeadSplit | undefined {
  const tokens = phrase.text.split(' ');
  if (tokens.length < 2) return undefined;
  const headWord = tokens[tokens.length - 1]!;
  let offset = 0;
  for (let w = 0; w < tokens.length - 1; w++) {
    const word = tokens[w]!;
    const wordStart = phrase.start + offset;
    offset += word.length + 1;
    if (!KO_DOT_LIST.test(word)) continue;
    const parts = word.split('·');
    // "반도체·배터리 공장" is one plant of two kinds; only names split.
    if (parts.some((p) => words.isDescriptive(p) || !words.isName(p))) return undefined;
    const conjuncts: Conjunct[] = [];
    let at = wordStart;
    parts.forEach((part, i) => {
      const first = i === 0;
      const last = i === parts.length - 1;
      const start = first ? phrase.start : at;
      const end = last ? phrase.end : at + part.length;
      const written = `${first ? phrase.text.slice(0, wordStart - phrase.start) : ''}${part}`;
      conjuncts.push({ start, end, name: last ? `${part}${phrase.text.slice(wordStart - phrase.start + word.length)}` : `${written} ${headWord}` });
      at += part.length + 1;
    });
    return { conjuncts, replace: true };
  }
  return undefined;
}

/**
 * The projects of a phrase whose head noun is shared by several names, or undefined when the
 * phrase names one project. `blocked` are spans already taken (owners, aliases): a conjunct
 * may not overlap them.
 *
 * @example
 * const words = { isName: (w: string) => /^[A-Z]/.test(w), isDescriptive: () => false };
 * const text = 'Intel put its Magdeburg and Poland plants on hold.';
 * splitSharedHead(text, 'en', { start: 28, end: 41, text: 'Poland plants' }, [], words)?.conjuncts;
 * // [{ start: 14, end: 23, name: 'Magdeburg plants' }]
 */
export function splitSharedHead(text: string, lang: Lang, phrase: Span & { text: string }, blocked: readonly Span[], words: SharedHeadWords): SharedHeadSplit | undefined {
  return lang === 'ko' ? koSplit(phrase, words) : enSplit(text, phrase, blocked, words);
}
