/**
 * Confidence from measurement: each sieve pass's precision on the real development set, as
 * `npm run eval:passes -- --write` recorded it in pass-precision.json (counts only, no text).
 * Small counts are smoothed, (right + 1) / (decided + 2), so a pass seen on 3 quotes is not 1.0;
 * a pass never seen there has no figure and the hand-set CONFIDENCE of its method stands.
 */
import measured from './pass-precision.json';

/** What one pass decided on the real set. */
export interface PassCount { decided: number; right: number; wrong: number }

/** The figures file: per stage, per pass name. */
export interface PassPrecisionFile { about: string; cuePasses: Record<string, PassCount>; speakerPasses: Record<string, PassCount> }

/** Reported speech is not labelled on the real set: its measured figure is lowered by this much. */
export const REPORTED_SPEECH_PENALTY = 0.1;

/** The smoothed precision of a count: (right + 1) / (decided + 2), rounded to 3 places. */
export function smoothedPrecision(c: PassCount): number {
  return Math.round(((c.right + 1) / (c.decided + 2)) * 1000) / 1000;
}

/**
 * The confidence of a quote whose person `speakerPass` decided from the phrase `cuePass` found:
 * the lower of the two passes' measured figures (both have to be right), lowered for reported
 * speech; `fallback` when neither pass was measured.
 */
export function measuredConfidence(
  speakerPass: string, cuePass: string | null, reported: boolean, fallback: number,
  figures: PassPrecisionFile = measured as PassPrecisionFile,
): number {
  const seen = [figures.speakerPasses[speakerPass], cuePass ? figures.cuePasses[cuePass] : undefined].filter((c): c is PassCount => !!c && c.decided > 0);
  if (!seen.length) return fallback;
  const figure = Math.min(...seen.map(smoothedPrecision));
  return Math.max(0, Math.round((figure - (reported ? REPORTED_SPEECH_PENALTY : 0)) * 1000) / 1000);
}
