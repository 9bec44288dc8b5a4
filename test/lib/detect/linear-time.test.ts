/**
 * No input makes detection slower than linear. Reading one sentence costs up to quadratic
 * time in its length (each cue looks across its clause), so the guarantee is that no
 * sentence is longer than MAX_SENTENCE_CHARS: then the work, at most the sum of the squared
 * sentence lengths, is at most MAX_SENTENCE_CHARS times the text's length. These properties
 * count that work on random and adversarial strings instead of timing it (timings live in
 * `npm run bench`, section "scaling").
 */
import fc from 'fast-check';
import { defaultConfig } from '../../../lib/config/load';
import { STATUSES } from '../../../lib/core/types';
import { createDetector } from '../../../lib/detect';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../lib/detect/sentences';

/** Pieces that exercise the splitter's branches: terminators, quotes, brackets, credits, numbers, dates, bylines. */
const PIECES = [
  '.', '. ', '?', '!', '…', '。', ',', ', ', ';', ':', ' ', '  ', '\n', '\t', '\u00a0', '"', "'", '“', '”', '‘', '’', '(', ')', '[', ']', '「', '」', '/',
  '1', '2', '1. ', '2. ', '10.', '2025. 3. 5.', 'U.S.', 'a.', 'N.Y.', 'Inc.', 'Mr.', 'e.g.', 'kakao.com', '(사진=카카오)', '[서울=뉴시스]', '홍길동 기자 =',
  'SEOUL, Nov. 24 (Yonhap) -- ', '다.', '했다.', '착공했다', '무산됐다', '가동', ' 데이터센터 ', '카카오', 'Samsung', ' plant ', 'broke ground', 'delayed', 'to 2030',
  '지난해 4월', 'next year', 'Ohio One', 'which opened', ' and ', 'x', 'A', '가', '\ud83d\ude00',
];
const adversarial = (maxPieces: number) => fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }).map((parts) => parts.join(''));
/** A long run with no sentence end: what a flattened table or a page without full stops gives. */
const runOn = fc
  .tuple(fc.array(fc.constantFrom('word ', 'Samsung ', '카카오 ', '착공 ', ', ', 'x', '가', '1,5 ', '\ud83d\ude00x'), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1_000, max: 8_000 }))
  .map(([unit, size]) => {
    const piece = unit.join('');
    return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
  });

describe('splitSentences on any input', () => {
  it('keeps offsets, order and the length cap, and bounds the per-sentence work linearly', () => {
    fc.assert(
      fc.property(fc.oneof(adversarial(400), runOn, fc.string({ unit: 'binary', maxLength: 3000 })), (text) => {
        const sentences = splitSentences(text);
        let last = 0;
        let work = 0;
        for (const s of sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          expect(s.text).toBe(s.text.trim());
          last = s.end;
          work += (s.end - s.start) ** 2;
        }
        expect(work).toBeLessThanOrEqual(MAX_SENTENCE_CHARS * text.length);
      }),
      { numRuns: 150 },
    );
  });

  it('cuts an over-long run into pieces that lose no word', () => {
    fc.assert(
      fc.property(runOn, (text) => {
        const sentences = splitSentences(text);
        const kept = sentences.map((s) => s.text).join(' ');
        const words = (t: string) => t.split(/[\s,]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
        // A hard cut may split one word in two; every other word comes through whole.
        expect(words(kept).length).toBeGreaterThanOrEqual(words(text).length);
        // Pieces with no letter or digit (a lone ", " or a stray surrogate) are dropped, as any such sentence is:
        // every letter and digit comes through, in order.
        const letters = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '');
        expect(letters(kept)).toBe(letters(text));
      }),
      { numRuns: 100 },
    );
  });

  it('cuts at a clause mark or a space, not inside a word, when there is one', () => {
    const clause = '카카오는 안산 데이터센터를 준공했고, ';
    const text = clause.repeat(Math.ceil((MAX_SENTENCE_CHARS * 3) / clause.length));
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of sentences.slice(0, -1)) expect(s.text.endsWith('했고,')).toBe(true);
  });

  it('never splits a surrogate pair at a hard cut', () => {
    const text = '\ud83d\ude00'.repeat(MAX_SENTENCE_CHARS * 2);
    for (const s of splitSentences(text)) {
      expect(s.text.charCodeAt(0)).not.toBe(0xde00);
      expect(s.text.charCodeAt(s.text.length - 1)).not.toBe(0xd83d);
    }
  });
});

describe('the detector on any input', () => {
  const detector = createDetector(defaultConfig().watchlist);

  it('finishes on adversarial strings with well-formed events whose evidence is one capped sentence', () => {
    fc.assert(
      fc.property(fc.oneof(adversarial(300), runOn), fc.constantFrom('ko', 'en', undefined), (text, lang) => {
        const events = detector.detect({ text, published: '2024-05-14', ...(lang ? { lang } : {}) });
        for (const e of events) {
          expect(STATUSES).toContain(e.status);
          expect(e.evidence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          expect(e.confidence).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
