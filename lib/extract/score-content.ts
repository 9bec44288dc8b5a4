/**
 * The generic fallback: finds the article body on a page whose markup we do not know,
 * by scoring elements on the text they hold.
 *
 * Each run of paragraph text scores by its length and punctuation; the score flows up to
 * the element holding the run and, fading, to a few ancestors. An element's total is
 * weighted by its tag and class/id words and cut by its link density. The best element
 * is widened to a wrapper when a wrapper collects more, and same-level siblings that look
 * like more of the story (a split body, a lone paragraph after an inline ad) join it.
 */
import { NEVER_TEXT_TAGS } from './boilerplate-rules';
import { type Element, isElement, parentElement, textData } from './dom';
import { hintWeight } from './hints';
import { BLOCK_TAGS, type TextStats, linkDensity, statsOfText } from './text-stats';

/** Runs shorter than this (weighted characters) are captions, labels or buttons, not paragraphs. */
const MIN_RUN_WEIGHT = 30;
/** How many ancestors above the holder receive a share of a run's score. */
const ANCESTOR_LEVELS = 4;

/**
 * Tags whose text is one paragraph: their score goes to the element around them. Text
 * directly in a `div`/`td` (br-separated Korean bodies, table layouts) scores for that element itself.
 */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
  'p', 'pre', 'blockquote', 'li', 'dd', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'figcaption', 'caption',
]);

/** A prior by tag: generic containers are good homes, list and heading items are not. */
const TAG_PRIOR: Readonly<Record<string, number>> = {
  article: 10, main: 5, div: 5, section: 3, td: 3, pre: 3, blockquote: 3,
  form: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, address: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

export interface ScoredBody {
  /** The elements of the body, in document order. */
  roots: Element[];
  /** The best element and its score, for callers that compare with other guesses. */
  top: Element;
  score: number;
}

interface Run {
  holder: Element;
  weight: number;
  commas: number;
  stops: number;
}

/** Collects the runs of inline text of every kept element below `root` (with its own stack: pages nest deeply). */
function collectRuns(root: Element, dropped: ReadonlySet<Element>, stats: ReadonlyMap<Element, TextStats>): Run[] {
  interface Frame {
    el: Element;
    run: Run;
    breaks: number;
    next: number;
  }
  const runs: Run[] = [];
  const open = (el: Element): Frame => ({ el, run: { holder: el, weight: 0, commas: 0, stops: 0 }, breaks: 0, next: 0 });
  const flush = (f: Frame): void => {
    if (f.run.weight >= MIN_RUN_WEIGHT) runs.push(f.run);
    f.run = { holder: f.el, weight: 0, commas: 0, stops: 0 };
  };
  const stack: Frame[] = [open(root)];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const kids = f.el.children;
    if (f.next >= kids.length) {
      flush(f);
      stack.pop();
      continue;
    }
    const child = kids[f.next++]!;
    const data = textData(child);
    if (data !== undefined) {
      if (data.trim()) f.breaks = 0;
      const t = statsOfText(data);
      f.run.weight += t.weight;
      f.run.commas += t.commas;
      f.run.stops += t.stops;
      continue;
    }
    if (!isElement(child) || child.type !== 'tag' || dropped.has(child) || NEVER_TEXT_TAGS.has(child.name)) continue;
    if (child.name === 'br') {
      if (++f.breaks >= 2) flush(f);
      continue;
    }
    const s = stats.get(child);
    if (!s) continue;
    if (BLOCK_TAGS.has(child.name) || s.hasBlock) {
      flush(f);
      stack.push(open(child));
    } else {
      f.breaks = 0;
      // An inline element is part of the run; its link text will be judged at the holder.
      f.run.weight += s.weight;
      f.run.commas += s.commas;
      f.run.stops += s.stops;
    }
  }
  return runs;
}

/** Score of one run: one point, one per comma, half per sentence end, one per 100 weighted characters (at most 3). */
function runScore(run: Run): number {
  return 1 + run.commas + run.stops * 0.5 + Math.min(3, Math.floor(run.weight / 100));
}

/**
 * Scores the page below `body` and returns the body's elements, or `null` when no
 * element holds a paragraph of text.
 *
 * @example
 * scoreContent(bodyEl, dropped, stats)?.roots
 */
export function scoreContent(
  body: Element,
  dropped: ReadonlySet<Element>,
  stats: ReadonlyMap<Element, TextStats>,
): ScoredBody | null {
  const scores = new Map<Element, number>();
  // Points from text alone, without the tag and class priors: siblings must earn their place.
  const earned = new Map<Element, number>();
  const add = (el: Element, points: number): void => {
    const prior = scores.get(el);
    scores.set(el, (prior ?? (TAG_PRIOR[el.name] ?? 0) + hintWeight(el)) + points);
    earned.set(el, (earned.get(el) ?? 0) + points);
  };

  for (const run of collectRuns(body, dropped, stats)) {
    const points = runScore(run);
    let holder: Element | undefined = PARAGRAPH_TAGS.has(run.holder.name) ? parentElement(run.holder) : run.holder;
    for (let level = 0; holder && level <= ANCESTOR_LEVELS; level++) {
      add(holder, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
      if (holder === body) break;
      holder = parentElement(holder);
    }
  }
  if (scores.size === 0) return null;

  const final = new Map<Element, number>();
  for (const [el, score] of scores) final.set(el, score * (1 - linkDensity(stats.get(el))));
  const ranked = [...final.entries()].sort((a, b) => b[1] - a[1]);
  let [top, topScore] = ranked[0]!;

  top = widen(top, topScore, ranked, final, stats, body);
  topScore = final.get(top) ?? topScore;
  const earnedFinal = new Map<Element, number>();
  for (const [el, points] of earned) earnedFinal.set(el, points * (1 - linkDensity(stats.get(el))));
  return { roots: withSiblings(top, earnedFinal, stats, dropped), top, score: topScore };
}

/** Moves from the best element to a wrapper when the evidence says the story is wider. */
function widen(
  top: Element,
  topScore: number,
  ranked: ReadonlyArray<readonly [Element, number]>,
  final: ReadonlyMap<Element, number>,
  stats: ReadonlyMap<Element, TextStats>,
  body: Element,
): Element {
  // Several strong candidates under one wrapper: a body split into sections.
  const strong = ranked.slice(1, 6).filter(([, s]) => s >= topScore * 0.75).map(([el]) => el);
  if (strong.length >= 2) {
    const ancestor = commonAncestor([top, ...strong]);
    if (ancestor && ancestor !== body && ancestor.name !== 'html') top = ancestor;
  }
  // A wrapper that outscores the best element collects the story's parts (a body split in
  // sections gives each section full points and the wrapper half of all of them); one that
  // scores far lower ends the climb.
  let best = top;
  const start = final.get(top) ?? topScore;
  for (let parent = parentElement(best); parent && parent !== body && parent.name !== 'html'; parent = parentElement(parent)) {
    const score = final.get(parent);
    if (score === undefined) continue;
    if (score < start / 3) break;
    if (score > start) {
      best = parent;
      break;
    }
  }
  // A wrapper that adds no text is the same body; take it so the sibling search sees the real neighbours.
  for (let parent = parentElement(best); parent && parent !== body && parent.name !== 'html'; parent = parentElement(parent)) {
    const inner = stats.get(best)?.weight ?? 0;
    const outer = stats.get(parent)?.weight ?? 0;
    if (outer > inner) break;
    best = parent;
  }
  return best;
}

function commonAncestor(elements: readonly Element[]): Element | undefined {
  const chain = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let n: Element | undefined = el; n; n = parentElement(n)) out.unshift(n);
    return out;
  };
  const chains = elements.map(chain);
  let ancestor: Element | undefined;
  for (let i = 0; ; i++) {
    const node = chains[0]![i];
    if (!node || chains.some((c) => c[i] !== node)) return ancestor;
    ancestor = node;
  }
}

/** The top element plus the siblings that continue it (judged on the points their text earned), in document order. */
function withSiblings(
  top: Element,
  earned: ReadonlyMap<Element, number>,
  stats: ReadonlyMap<Element, TextStats>,
  dropped: ReadonlySet<Element>,
): Element[] {
  const parent = parentElement(top);
  if (!parent) return [top];
  // Compared on earned points: a sibling with a fifth of the top's prose is more of the story.
  const topEarned = earned.get(top) ?? 0;
  const threshold = Math.max(5, topEarned * 0.2);
  const topClass = top.attribs['class'];
  const roots: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling) || sibling.type !== 'tag' || dropped.has(sibling)) continue;
    if (sibling === top) {
      roots.push(top);
      continue;
    }
    const s = stats.get(sibling);
    if (!s || s.weight === 0) continue;
    let score = earned.get(sibling) ?? 0;
    if (topClass && sibling.attribs['class'] === topClass) score += topEarned * 0.2;
    if (score >= threshold) {
      roots.push(sibling);
      continue;
    }
    if (sibling.name === 'p' || (!s.hasBlock && !NEVER_TEXT_TAGS.has(sibling.name))) {
      const density = linkDensity(s);
      if (s.weight > 80 && density < 0.25) roots.push(sibling);
      else if (s.weight > 0 && density === 0 && s.stops > 0) roots.push(sibling);
    }
  }
  return roots;
}
