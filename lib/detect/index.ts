/**
 * Status-event detection (DESIGN sections 2, 3 and 6): Korean and English news text in,
 * status events of watchlist and discovered projects out. Pure: no I/O, no clock.
 */
export type { DetectInput, Detector, DetectorOptions } from './detector';
export { createDetector } from './detector';
export type { Mention } from './entities';
export { createEntityIndex, findMentions } from './entities';
export { splitClauses } from './clauses';
export { cueMatcher } from './cues';
export { discoveredProjectId, normaliseName } from './normalize';
