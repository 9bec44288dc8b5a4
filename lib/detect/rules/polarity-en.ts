/**
 * English polarity: negation, denial, speculation, conditionals and questions. `before`
 * patterns end at the cue (`$`), so they only see the auxiliaries of the cue's own verb
 * group ("has not been abandoned", "could be delayed"), not a negator earlier in the clause.
 */
import type { MarkerRule } from './types';

export const EN_POLARITY: readonly MarkerRule[] = [
  // ── negation ──
  {
    id: 'en-neg-aux',
    effect: 'negated',
    scope: 'before',
    pattern: /(?:\b(?:not|never|no\s+longer|neither|nor|without|yet\s+to|no\s+plans?\s+to|refused\s+to|declined\s+to|unlikely\s+to|fail(?:ed|s|ing)?\s+to|rather\s+than|instead\s+of|no)|n't)\s+(?:\S+\s+){0,3}$/i,
    note: '"has not been abandoned", "has yet to break ground", "no delay"',
  },
  // A negated pair as subject: "Neither the Kentucky plant nor the Tennessee plant was delayed".
  { id: 'en-neg-neither-nor', effect: 'negated', scope: 'clause', pattern: /\bneither\b[^.;]{1,80}?\bnor\b/i },
  { id: 'en-neg-ruled-out', effect: 'negated', scope: 'clause', pattern: /\bruled\s+out\b|\bruling\s+out\b/i },
  { id: 'en-neg-after', effect: 'negated', scope: 'after', pattern: /^\s+(?:\S+\s+){0,10}?(?:is|was|were|are|has\s+been|had\s+been)\s+(?:not|never)\s+(?:on\s+the\s+table|an\s+option|planned|happening|being\s+considered|under\s+consideration)/i },
  { id: 'en-neg-no-decision', effect: 'negated', scope: 'before', pattern: /\bno\s+(?:decision|plans?|intention|timetable)\b[^.;]{0,40}$/i },

  // ── denial ──
  {
    id: 'en-denial',
    effect: 'negated',
    scope: 'sentence',
    pattern: /\b(?:denied|denies|deny|denying|dismiss(?:ed|es|ing)\b[^.;]{0,40}\b(?:reports?|speculation|rumou?rs|claims)|rejected\s+(?:the\s+|a\s+)?(?:reports?|claims|speculation)|refuted|refutes|not\s+true|untrue|baseless|unfounded|groundless|no\s+truth|categorically|inaccurate)\b/i,
  },

  // ── speculation and concern ── (within the last words before the cue)
  {
    id: 'en-spec-before',
    effect: 'speculative',
    scope: 'before',
    pattern: /\b(?:could|may|might|possibly|perhaps|probably|likely|risk(?:s|ing)?|at\s+risk\s+of|threaten(?:s|ed|ing)?\s+to|fear(?:s|ed|ing)?|concerns?\s+(?:over|about|that)|worr(?:y|ies|ied)|speculat\w*|rumou?r\w*|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|explor(?:es|ed|ing)|in\s+talks\s+to|whether\s+to|whether|potential(?:ly)?|possible|chance|odds|any|reportedly\s+(?:considering|weighing|mulling|exploring|planning))\s+(?:\S+\s+){0,4}$/i,
  },
  { id: 'en-spec-after', effect: 'speculative', scope: 'after', pattern: /^\s+(?:\S+\s+){0,7}?(?:is|are|was|remains?|seems?|seem|looks?|look)\s+(?:increasingly\s+)?(?:at\s+risk|in\s+doubt|uncertain|looming|feared|possible|likely|rumou?red|speculated)\b|^\s+(?:fears|concerns|worries|risks?|threat|rumou?rs|speculation)\b|^(?:s)?\s+(?:is|are)\s+(?:expected|likely|possible)\b/i },

  // ── conditionals ──
  { id: 'en-cond', effect: 'conditional', scope: 'clause', pattern: /\b(?:if|unless|provided\s+that|in\s+case|in\s+the\s+event|otherwise)\b/i },
  // Forecasts by others: "Analysts expect Intel to delay …".
  { id: 'en-spec-forecast', effect: 'speculative', scope: 'clause', pattern: /\b(?:analysts?|observers|experts|investors|economists|industry\s+(?:watchers|sources|insiders))\s+(?:\w+\s+){0,2}(?:expect|predict|see|say|believe|think|warn|fear|estimate)s?\b/i },
  // Market bets and wagers are forecasts: "Wall Street is betting that the fab will not open until 2027".
  { id: 'en-spec-bet', effect: 'speculative', scope: 'clause', pattern: /\b(?:(?:is|are|were|was)\s+betting|bets?|wager(?:s|ing)?|(?:markets?|traders|investors)\s+(?:are\s+)?pricing\s+in)\s+(?:that|on)\b/i },
  // A temporal subordinate clause sets a time for the main clause, it reports nothing: "would
  // create 2,000 jobs once it opens", "when it is completed". (assess.ts lets a past verb through:
  // "when the plant opened in 2021" recaps an event.)
  // "When finished, the plants will …", "Once complete, it will": a reduced time clause points ahead.
  { id: 'en-cond-reduced', effect: 'conditional', scope: 'before', pattern: /(?:^|[,;]\s*)(?:once|when|until)\s+(?:fully\s+)?$/i },
  { id: 'en-cond-temporal', effect: 'conditional', scope: 'before', pattern: /\b(?:once|when|whenever|as\s+soon\s+as|by\s+the\s+time|until|till|before)\s+(?:(?!(?:and|or|but|will|would|could|should|can|may|might|to|said|says)\b)[A-Za-z][\w'’.-]*\s+){0,5}?(?:(?:is|are|gets?|has\s+been|have\s+been)\s+(?:fully\s+|finally\s+)?)?$/i },
  // "restart at Vogtle 3 & 4 very soon", "will open soon": not yet.
  { id: 'en-spec-soon', effect: 'speculative', scope: 'after', pattern: /^\s+(?:\S+\s+){0,6}?(?:very\s+|fairly\s+)?soon\b/i },
  { id: 'en-cond-after', effect: 'conditional', scope: 'after', pattern: /^\s+(?:\S+\s+){0,6}?(?:if|unless)\b/i },

  // ── permission, possibility and promises: someone else lets it happen, or it may ──
  // "Construction can resume", "is allowing construction … to resume", "not yet ready to let construction restart":
  // a court or agency permitting a step is not the step (DEVSET rule: court permission to resume is NONE).
  { id: 'en-spec-can', effect: 'speculative', scope: 'before', pattern: /\b(?:can|could|may|might)\s+(?:also\s+|now\s+|soon\s+|still\s+)?(?:begin\s+to\s+be\s+|be\s+)?(?:\S+\s+)?$/i },
  { id: 'en-spec-allow', effect: 'speculative', scope: 'clause', pattern: /\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|let(?:s|ting)?|clear(?:s|ed|ing)?\s+the\s+way\s+for)\s+(?:\S+\s+){0,8}?(?:to\s+)?(?:resume|restart|proceed|continue|begin|start)\b/i },
  { id: 'en-spec-unclear', effect: 'speculative', scope: 'clause', pattern: /\b(?:(?:it\s+)?(?:is|was|remains)\s+(?:not\s+|un)clear\s+(?:when|whether|if|how)|no\s+(?:specific\s+)?date\s+(?:for|has\s+been)|estimated\s+(?:that\s+)?(?:\S+\s+){0,3}would|appears?\s+to\s+be|seems?\s+to\s+be|moved\s+a\s+step\s+closer|minded\s+to|awaited|expected\s+(?:launch|release|opening|debut)|study\s+on)/i },
  { id: 'en-spec-unclear-when', effect: 'speculative', scope: 'sentence', pattern: /\b(?:is|was|remains|it's)\s+(?:not\s+(?:yet\s+)?|un)clear\s+(?:when|whether|if|how)\b/i },
  // "vowed last year to restart", "hopes to open": a promise or wish, not the step.
  { id: 'en-spec-promise', effect: 'speculative', scope: 'before', pattern: /\b(?:vowed|vows|pledged|pledges|promised|promises|hopes?|hoped|aims?|aimed|wants?|wanted|seeks?|sought)\s+(?:\S+\s+){0,10}?to\s+(?:\S+\s+)?$/i },
  // A step that was only the object of a ruling, a review or a study ("ruled that … had wrongly approved").
  { id: 'en-spec-wrongly', effect: 'negated', scope: 'before', pattern: /\b(?:wrongly|improperly|unlawfully|illegally)\s+$/i },

  // ── questions ──
  { id: 'en-question', effect: 'question', scope: 'sentence', pattern: /\?\s*["'”’)]?\s*$/ },
];
