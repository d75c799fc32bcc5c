import type {
  CampaignEntityProgress,
  CampaignTarget,
} from '@devops-maturity/plugin-maturity-common';
import {
  CampaignProgressHead,
  CampaignProgressSnapshot,
  CampaignSnapshotEntity,
} from '../CampaignProgressSnapshot';

/**
 * A snapshot over entities given with their whole progress (tests): the
 * snapshot holds them compact and reads their remaining checks back through
 * `readChecks`, which records the refs of every read.
 */
export function snapshotOf(
  head: CampaignProgressHead,
  entities: Array<{ progress: CampaignEntityProgress; teams: string[] }>,
): { snapshot: CampaignProgressSnapshot; reads: string[][] } {
  const byRef = new Map(entities.map(e => [e.progress.entityRef, e.progress]));
  const targets: CampaignTarget[] = [];
  for (const { progress } of entities) {
    for (const t of progress.targets) {
      if (!targets.some(x => x.domain === t.domain)) {
        targets.push({ domain: t.domain, level: t.target });
      }
    }
  }
  const compact: CampaignSnapshotEntity[] = entities.map(
    ({ progress, teams }) => ({
      entityRef: progress.entityRef,
      kind: progress.kind,
      ...(progress.title ? { title: progress.title } : {}),
      ...(progress.owner ? { ownerRef: progress.owner } : {}),
      levels: Object.fromEntries(
        progress.targets.map(t => [t.domain, t.level]),
      ),
      meets: progress.meets,
      remainingCheckCount: progress.remainingChecks.length,
      teams,
    }),
  );
  const reads: string[][] = [];
  const snapshot = new CampaignProgressSnapshot(head, compact, {
    targets,
    remainingChecks: async list => {
      reads.push(list.map(e => e.entityRef));
      return new Map(
        list.map(e => [e.entityRef, byRef.get(e.entityRef)!.remainingChecks]),
      );
    },
  });
  return { snapshot, reads };
}
