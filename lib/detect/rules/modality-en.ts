/**
 * English modality: planned (will, plans to, is expected to, slated for), decided (decided
 * to), done (past tense, perfect, passive), a missed plan (was supposed to, had planned
 * to), a reaffirmed schedule (on track, as scheduled), and lateness markers.
 */
import type { MarkerRule } from './types';

/** Irregular past forms among the cue verbs (regular ones end in -ed). */
export const EN_IRREGULAR_PAST = new Set([
  'broke', 'broken', 'began', 'begun', 'went', 'gone', 'came', 'brought', 'struck', 'won', 'got', 'withdrew', 'withdrawn',
  'fell', 'fallen', 'froze', 'frozen', 'laid', 'made', 'inked', 'held', 'shut', 'kicked', 'became', 'granted', 'greenlit',
]);

/**
 * A date of its own right after a reference-point step makes it a recap after all ("two years
 * after signing an agreement with ZF in February 2023" is the 2023 signing).
 */
export const EN_OWN_DATE_AFTER =
  /^[^.;,]{0,60}?\b(?:in|on|last|since)\s+(?:(?:early|mid|late|mid-)\s*)?(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|year|month)\b/i;

export const EN_MODALITY: readonly MarkerRule[] = [
  // ── background ──
  { id: 'en-bg-temporal', effect: 'adnominal-background', scope: 'before', pattern: /\b(?:since|until|before|after|ahead\s+of|prior\s+to|pending|awaiting|following)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+){0,1}$/i },
  // "two years after breaking ground", "months since opening": a reference point for a
  // duration, not a recap (README rule 8); a gerund recap has no duration before "after".
  { id: 'en-duration-reference', effect: 'reference-point', scope: 'before', pattern: /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|several|a\s+few|few|many|nearly|almost|about|just|only|more\s+than)\s+(?:\S+\s+)?(?:years?|months?|weeks?|days?|decades?)\s+(?:after|since|following)\s+(?:the\s+|its\s+|their\s+)?$/i },
  // ── a plan that was not kept ──
  { id: 'en-past-plan', effect: 'past-plan', scope: 'before', pattern: /\b(?:(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|previously\s+|once\s+)?(?:supposed|scheduled|slated|set|expected|due|planned|meant|projected|targeted)\s+to|had\s+(?:originally\s+|initially\s+)?(?:planned|hoped|intended|aimed|expected)\s+to|(?:originally|initially)\s+(?:planned|scheduled|slated|expected|set|due)\s+to)\s+(?:\S+\s+){0,2}$/i },
  { id: 'en-past-plan-after', effect: 'past-plan', scope: 'after', pattern: /^\s+(?:\S+\s+){0,4}?(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:scheduled|slated|set|planned|expected|due|targeted)\s+(?:for|to|in)\b/i },
  // ── decided ──
  { id: 'en-decided', effect: 'decided', scope: 'before', pattern: /\b(?:decided|agreed|voted|chose|opted|resolved|moved|elected)(?:\s+(?!to\b)[\w,-]+){0,3}?\s+to\s+(?:\S+\s+)?$/i },
  // ── planned ──
  {
    id: 'en-planned-aux',
    effect: 'planned',
    scope: 'before',
    pattern: /\b(?:will|'ll|shall|plans?\s+to|planning\s+to|intends?\s+to|intending\s+to|aims?\s+to|aiming\s+to|expects?\s+to|expected\s+to|set\s+to|scheduled\s+to|slated\s+to|due\s+to|going\s+to|poised\s+to|ready\s+to|prepar(?:es|ing)\s+to|hopes?\s+to|hoping\s+to|looks?\s+to|seeks?\s+to|targets?|targeting|on\s+track\s+to)\s+(?:\S+\s+){0,3}$/i,
  },
  { id: 'en-planned-to', effect: 'planned', scope: 'before', pattern: /\bto\s+(?:\w+ly\s+)?(?:be\s+)?$/i },
  { id: 'en-planned-would', effect: 'planned', scope: 'before', pattern: /\b(?:said|says|told|announced|stated|noted|added|confirmed|expects?|expected)\b.*\bwould\s+(?:\S+\s+){0,2}$/i, note: 'reported speech: "said it would open" is a plan' },
  { id: 'en-planned-after', effect: 'planned', scope: 'after', pattern: /^\s+(?:\S+\s+){0,5}?(?:is|are|remains?)?\s*(?:planned|scheduled|slated|expected|set|targeted|due|penciled|pencilled)\s+(?:for|in|by|to)\b/i },
  // ── done ──
  { id: 'en-past-aux', effect: 'past', scope: 'before', pattern: /\b(?:has|have|had|was|were|been|being|got)\s+(?:\S+\s+){0,2}$/i },
  // ── reaffirmed ──
  { id: 'en-reaffirmed', effect: 'reaffirmed', scope: 'clause', pattern: /\b(?:on\s+track|on\s+schedule|as\s+scheduled|as\s+planned|remains?\s+(?:on|slated|scheduled|set)|still\s+(?:slated|scheduled|expected|set|planned|on)|no\s+change|unchanged|reaffirm\w*|reiterat\w*|on\s+time)\b/i },
  // ── lateness ──
  { id: 'en-lateness', effect: 'lateness', scope: 'clause', pattern: /\b(?:as\s+(?:planned|scheduled|promised|expected)|on\s+(?:time|schedule)|by\s+the\s+deadline|originally|initially|supposed|was\s+due|deadline|target(?:ed)?)\b/i },
  // ── hedged ──
  { id: 'en-hedged', effect: 'hedged', scope: 'clause', pattern: /\b(?:reportedly|according\s+to\s+(?:people|sources|a\s+person|reports?)|sources\s+said|is\s+said\s+to|people\s+familiar)\b/i },
];
