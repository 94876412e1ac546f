import { COHESION } from "./groups/groups";
import type { ScoreModel } from "./match/scorer";

/**
 * The knobs of lineage. The model and the thresholds are calibrated by
 * `npm run lineage:eval -- --fit` on the labelled set (test/fixtures/lineage-pairs.json):
 * logistic regression over the four similarities of every judged candidate pair,
 * then the threshold with the best F1 on the sweep (ties to the higher one).
 * docs/lineage.md records the sweep. Change them only with a new run of it.
 */
export interface LineageParams {
  model: ScoreModel;
  /** A SAME_TASK_AS link needs at least this score. */
  sameTaskThreshold: number;
  /** From this score on, an item also links to its best match of its grain in the other plan when one-to-one gave it another (a plan stating a task twice). */
  bestMatchThreshold: number;
  /** A COVERS link (a section or box of one plan, an item of another) needs at least this score. */
  coversThreshold: number;
  /** Two groups merge only with links between them for this share of the smaller one's size (groups.ts). */
  cohesion: number;
  /** A task IMPLEMENTS an upstream task from this score on (same calibration; checked on test/fixtures/lineage). */
  implementsThreshold: number;
  /** At most this many peer plans (besides upstream and downstream ones) are compared with a loaded plan. */
  maxPeers: number;
}

export const LINEAGE_PARAMS: LineageParams = {
  model: { bias: -7.74, title: 10.96, body: 26.92, phrase: 3.83, context: 1.76 },
  sameTaskThreshold: 0.1,
  bestMatchThreshold: 0.1,
  coversThreshold: 0.3,
  cohesion: COHESION,
  implementsThreshold: 0.1,
  maxPeers: 12,
};

/** Stored on each plan with its content hash: lineage computed by older rules is recomputed. */
export const LINEAGE_VERSION = "10";
