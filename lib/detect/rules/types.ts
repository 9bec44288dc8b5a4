/**
 * Shapes of the rule data (cue lists, polarity and modality lists, entity lists). The
 * rules are plain data so a linguist can read and extend them without touching the
 * matcher; the matcher compiles them once per detector.
 */
import type { Status } from '../../core/types';

/**
 * How a cue shows up in a clause: `verb` (a predicate: 무산됐다, was scrapped), `noun`
 * (a bare noun that names the step and may be the theme of another cue: 출시가 늦어져,
 * the launch of), `ceremony` (착공식, groundbreaking: an event noun whose holding is the step).
 */
export type CueForm = 'verb' | 'noun' | 'ceremony';

/**
 * One status cue. A cue is found where one of its `anchors` occurs (a literal, matched
 * case-insensitively in English), and then `pattern` must match from that position
 * (sticky). The optional context tests run on the text before and after the match in the
 * same sentence.
 */
export interface CueRule {
  /** Stable id for debugging and tests (`ko-cancel-musan`). */
  id: string;
  status: Status;
  /** Literal prefixes of `pattern`: where the matcher starts trying it. */
  anchors: readonly string[];
  /** Regex source matched at an anchor (sticky). Groups are not used. */
  pattern: string;
  form: CueForm;
  /** 0..1: how sure a match is of this status when all else is plain (ambiguous words lower). */
  weight: number;
  /** Must match the text right before the anchor (tested on up to 24 characters). */
  before?: RegExp;
  /** Must not match the text right before the anchor (미출시, 비공개, 무중단). */
  notBefore?: RegExp;
  /** Must match the text right after the match (tested on up to 24 characters). */
  after?: RegExp;
  /** Must not match the text right after the match (취소 소송, launched an investigation). */
  notAfter?: RegExp;
  /**
   * The status when the attached project is a facility (data center, plant, fab): "unveiled
   * a $10 billion data center" announces it, "unveiled HyperCLOVA X" launches it.
   */
  facilityStatus?: Status;
  /**
   * The match holds its subject and auxiliaries ("Construction of the plant will begin"), so
   * the modality markers are also looked for inside it.
   */
  spansSubject?: boolean;
  /** Why the entry looks the way it does, where the morphology is not obvious. */
  note?: string;
}

/** A status cue found in a sentence. */
export interface CueHit {
  rule: CueRule;
  status: Status;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  form: CueForm;
}

/** What a contextual marker does to the cue it governs. */
export type MarkerEffect =
  | 'negated'
  | 'speculative'
  | 'conditional'
  | 'question'
  | 'planned'
  | 'decided'
  | 'past'
  | 'present'
  | 'reaffirmed'
  | 'past-plan'
  | 'lateness'
  | 'hedged'
  | 'adnominal-background'
  /** The step is only the start of a duration ("two years after breaking ground"): never an event. */
  | 'reference-point'
  | 'state';

/**
 * Where a marker is looked for: `after` the cue up to its clause end (Korean endings and
 * auxiliaries follow the stem), `before` it from its clause start (English auxiliaries and
 * negators precede the verb), the whole `clause`, or the whole `sentence`.
 */
export type MarkerScope = 'after' | 'before' | 'clause' | 'sentence';

/** A contextual marker: a regex, where it is tested, and its effect. */
export interface MarkerRule {
  id: string;
  effect: MarkerEffect;
  scope: MarkerScope;
  pattern: RegExp;
  note?: string;
}
