/**
 * A level an evaluation changed and the store wrote as a history row: a
 * domain level (`domainId`) or the overall level (`domainId` null) of one
 * entity under one model.
 */
export interface LevelChange {
  entityRef: string;
  modelId: string;
  /** The domain; `null` for the overall level. */
  domainId: string | null;
  /** The level before; `null` on a first evaluation or when it did not apply. */
  from: number | null;
  /** The new level; `null` when it no longer applies. */
  to: number | null;
  /** When the change was recorded (ISO date-time, the history row's time). */
  at: string;
  /** The catalog facts stored with the entity's results. */
  entity: {
    kind: string;
    namespace: string;
    name: string;
    title?: string;
    /** The owning group; absent for groups and unowned entities. */
    ownerRef?: string;
  };
}

/** The run that wrote a list of level changes. */
export interface LevelChangeRun {
  runId: string;
}

/**
 * Reacts to the level changes of a run, after they were committed. The
 * runner calls it once per committed batch; an error is logged and never
 * fails the run.
 */
export interface LevelChangeListener {
  /** Names the listener in logs. */
  readonly id: string;
  onLevelChanges(
    changes: readonly LevelChange[],
    run: LevelChangeRun,
  ): Promise<void>;
}
