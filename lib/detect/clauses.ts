/**
 * Splits a sentence into clauses, so that a cue is paired with the project of its own
 * clause when one sentence talks about two projects ("시흥 센터는 무산됐고 안산 센터는 내년
 * 가동한다", "Intel delayed Ohio, while TSMC opened Arizona").
 *
 * Korean clauses end with a connective ending on a predicate (-고, -며, -면서, -지만, -는데,
 * -으나, -ㄴ 뒤/후, -ㄴ 데 이어, a past -다가 as in 중단됐다가) or at a comma, an ellipsis, 반면 / 한편. English clauses end at ; and dashes, at a
 * comma before a conjunction or relative word, and before while / whereas / but.
 */
import type { Lang } from '../core/types';

/** A clause as offsets into its sentence (`end` exclusive). */
export interface Clause {
  start: number;
  end: number;
}

/**
 * Korean connective endings that close a clause. 고 only after a syllable that makes it a
 * verb ending (했고, 되고, 있고, 지고), so nouns like 최고, 재고 and 광고 do not split.
 */
const KO_CONNECTIVE =
  /(?:[하되했됐였었았겠있없졌지켰혔렸웠왔갔났섰쳤뤘췄떴뗐는]고|[가-힣]며|면서|지만|는데|은데|던데|ㄴ데|었으나|았으나|였으나|했으나|됐으나|으나|반면(?:에)?|가운데|한편|데다(?:가)?|(?:[하되지으다라않]|[가-힣]으)면|[됐했였었았졌켰혔렸웠왔갔났섰쳤뤘췄떴뗐]다가|경우(?:에는|엔|에도)?)$/;

/** Words of sequence after a past adnominal verb: "체결한 뒤", "맺은 후에", "착공한 다음". */
const KO_SEQUENCE = /^(?:뒤|후|뒤에|후에|다음|이후|이후에)$/;
/** A verb in the past adnominal form (ends in ㄴ): 한, 된, 맺은, 연, 들어간, 밝힌, 늦춘; not a count ("3년", "두 달 반"). */
const KO_PAST_ADNOMINAL = /^[가-힣]*[가-힣](?:한|된|은|연|간|난|선|진|린|친|운|온|뗀|뜬|낸|준|쓴|든|힌|킨|긴|춘|룬|꾼)$/;

/** Punctuation that ends a Korean clause (a comma, an ellipsis, a semicolon, a middle-dot pause in headlines is not one). */
const KO_PUNCT = /[,;…]|\.\.+/g;

/**
 * English clause ends. A comma followed by a finite verb closes a relative clause opened by
 * ", which"/", who" ("The fab, which broke ground in 2022, was scheduled …"): the main verb
 * and its dates are not the relative clause's. So does one after an appositive participle
 * ("The Arizona project, announced in May 2020, was originally scheduled …").
 */
const EN_BOUNDARY =
  /;|\s[—–]\s|\s--\s|,\s+(?=(?:but|while|whereas|although|though|and|as|even\s+as|after|before|which|who|yet|since|so)\b)|\s+(?=(?:while|whereas|but|although|after|because|despite|when)\b)|,\s+(?=(?:was|were|is|are|will|has|have|had|expects|remains|plans)\s)(?<=,\s+(?:which|who)\s[^;]*?,\s+)|,\s+(?=(?:was|were|is|are|will|would|has|have|had|remains|remained)\s)(?<=,\s+(?:first\s+|originally\s+|initially\s+)?(?:announced|unveiled|proposed|approved|completed|opened|launched|signed|built)\b[^,;]{0,60},\s+)|\s+(?=and\s+(?:will|would|has|have|had|is|was|plans|expects|said|says|could|may|also|then|later|now|is\s+set|opened|began|started|completed|broke|delayed|scrapped|resumed|paused)\b)/gi;

/**
 * The clauses of a sentence, covering it from start to end.
 *
 * @example
 * splitClauses('시흥 센터는 무산됐고 안산 센터는 가동한다', 'ko').length; // 2
 * splitClauses('Intel delayed Ohio, while TSMC opened Arizona.', 'en').length; // 2
 */
export function splitClauses(sentence: string, lang: Lang): Clause[] {
  const cuts: number[] = [];
  if (lang === 'ko') {
    const words = [...sentence.matchAll(/[^\s,;…]+/g)];
    words.forEach((word, k) => {
      const clean = word[0].replace(/[)"'”’」』]+$/, '');
      if (clean.length >= 2 && KO_CONNECTIVE.test(clean)) cuts.push(word.index! + word[0].length);
      // "체결한 뒤", "맺은 후", "착공한 데 이어": a past adnominal and a word of sequence end a clause.
      const prev = words[k - 1]?.[0] ?? '';
      if (KO_SEQUENCE.test(clean) && KO_PAST_ADNOMINAL.test(prev)) cuts.push(word.index! + word[0].length);
      if (/^이어(?:서)?$/.test(clean) && prev === '데' && KO_PAST_ADNOMINAL.test(words[k - 2]?.[0] ?? '')) cuts.push(word.index! + word[0].length);
    });
    for (const p of sentence.matchAll(KO_PUNCT)) cuts.push(p.index! + p[0].length);
  } else {
    for (const b of sentence.matchAll(EN_BOUNDARY)) cuts.push(b.index! + b[0].length);
  }
  cuts.sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut <= start || cut >= sentence.length) continue;
    if (sentence.slice(start, cut).trim() === '') continue;
    clauses.push({ start, end: cut });
    start = cut;
  }
  clauses.push({ start, end: sentence.length });
  return clauses;
}

/**
 * The index of the clause that holds offset `at`.
 *
 * @example
 * clauseAt(splitClauses('A는 무산됐고 B는 가동한다', 'ko'), 9); // 1
 */
export function clauseAt(clauses: readonly Clause[], at: number): number {
  for (let i = 0; i < clauses.length; i++) if (at < clauses[i]!.end) return i;
  return clauses.length - 1;
}
