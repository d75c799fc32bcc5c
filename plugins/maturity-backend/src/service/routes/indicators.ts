import type {
  IndicatorList,
  IndicatorValue,
  MaturityIndicator,
} from '@devops-maturity/plugin-maturity-common';
import { isIndicatorMet } from '@devops-maturity/plugin-maturity-common';
import { NotFoundError } from '@backstage/errors';
import type express from 'express';
import type { ModelRegistry } from '../../model/ModelRegistry';
import type { MaturityStore } from '../../store/MaturityStore';
import type { StoredIndicatorValue } from '../../store/types';
import { parseGroupRefParam } from '../requestParsing';
import { modelText } from '../modelText';

/** How many days of history an indicator carries. */
export const INDICATOR_HISTORY_DAYS = 180;

const DAY_MS = 24 * 3600 * 1000;

/** What the indicator routes need. */
export interface IndicatorRoutesOptions {
  store: MaturityStore;
  models: ModelRegistry;
  /** Authenticates the request and authorises reading maturity data; throws otherwise. */
  readAccess(req: express.Request): Promise<unknown>;
  /** The current time (tests); the clock by default. */
  now?: () => Date;
}

/** One indicator's record from its stored daily values (oldest first). */
function indicatorValue(
  indicator: MaturityIndicator,
  days: readonly StoredIndicatorValue[],
): IndicatorValue {
  const latest = days[days.length - 1];
  const value = latest?.value ?? null;
  return {
    id: indicator.id,
    title: indicator.title,
    ...(indicator.description ? { description: indicator.description } : {}),
    unit: indicator.unit,
    target: indicator.target,
    direction: indicator.direction,
    ...(indicator.reference ? { reference: indicator.reference } : {}),
    value,
    met: isIndicatorMet(indicator, value),
    entityCount: latest?.entityCount ?? 0,
    noDataCount: latest?.noDataCount ?? 0,
    history: days.map(d => ({ date: d.day, value: d.value })),
  };
}

/**
 * `GET /indicators?model=&group=`: every indicator of a model for a group
 * (nested groups included) or the org, as stored by the last full runs.
 * An unknown model or group is 404, a malformed group ref 400.
 */
export function registerIndicatorRoutes(
  router: express.Router,
  options: IndicatorRoutesOptions,
): void {
  const { store, models, readAccess } = options;
  const now = options.now ?? (() => new Date());

  router.get('/indicators', async (req, res) => {
    await readAccess(req);
    const modelId = req.query.model as string | undefined;
    // an unknown model is a missing resource here, like GET /models/{id}
    const model = modelText(models, req, res, models.get(modelId).model.id);
    const groupRef =
      req.query.group === undefined
        ? null
        : parseGroupRefParam(req.query.group);
    const fromDay = new Date(
      now().getTime() - (INDICATOR_HISTORY_DAYS - 1) * DAY_MS,
    )
      .toISOString()
      .slice(0, 10);
    const stored = await store.getIndicatorValues({
      modelId: model.id,
      groupRef,
      fromDay,
    });
    if (!stored) {
      throw new NotFoundError(
        `No group ${groupRef} known to the maturity backend`,
      );
    }
    const byIndicator = new Map<string, StoredIndicatorValue[]>();
    for (const row of stored) {
      const list = byIndicator.get(row.indicatorId) ?? [];
      list.push(row);
      byIndicator.set(row.indicatorId, list);
    }
    const indicators = (model.indicators ?? []).map(indicator =>
      indicatorValue(indicator, byIndicator.get(indicator.id) ?? []),
    );
    const latestDay = stored.reduce<string | undefined>(
      (max, row) => (max === undefined || row.day > max ? row.day : max),
      undefined,
    );
    const computedAt =
      stored
        .filter(row => row.day === latestDay)
        .reduce<string | null>(
          (max, row) =>
            max === null || row.computedAt > max ? row.computedAt : max,
          null,
        ) ?? null;
    const body: IndicatorList = {
      modelId: model.id,
      groupRef,
      computedAt,
      indicators,
    };
    res.json(body);
  });
}
