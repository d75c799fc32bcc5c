import { InputError } from '@backstage/errors';
import type { CampaignEntityFilter } from '@devops-maturity/plugin-maturity-common';
import type express from 'express';
import type {
  CampaignEntityPageQuery,
  CampaignEntitySelection,
} from '../../campaigns/CampaignProgressSnapshot';
import { integerParam, parseGroupRefParam } from '../requestParsing';

const FILTERS: CampaignEntityFilter[] = ['all', 'behind', 'meeting'];

/** The most entities a progress page holds. */
export const MAX_ENTITY_LIMIT = 1000;
/** The entities of a progress page when `entityLimit` is absent. */
export const DEFAULT_ENTITY_LIMIT = 100;

/** `entityFilter`, `team` and `q` of a request; 400 naming the parameter. */
export function parseEntitySelection(
  query: express.Request['query'],
): CampaignEntitySelection {
  const { entityFilter, team, q } = query;
  if (
    entityFilter !== undefined &&
    !FILTERS.includes(entityFilter as CampaignEntityFilter)
  ) {
    throw new InputError(
      `Invalid entityFilter '${String(entityFilter)}': expected ${FILTERS.join(
        ', ',
      )}`,
    );
  }
  if (q !== undefined && typeof q !== 'string') {
    throw new InputError('Invalid q: expected one string');
  }
  const search = q?.trim();
  return {
    filter: (entityFilter as CampaignEntityFilter | undefined) ?? 'all',
    ...(team !== undefined ? { team: parseGroupRefParam(team, 'team') } : {}),
    ...(search ? { q: search } : {}),
  };
}

/** The selection and `entityOffset`/`entityLimit` of a progress request. */
export function parseEntityPageQuery(
  query: express.Request['query'],
): CampaignEntityPageQuery {
  return {
    ...parseEntitySelection(query),
    offset: integerParam(query.entityOffset, 'entityOffset', 0, 1e9) ?? 0,
    limit:
      integerParam(query.entityLimit, 'entityLimit', 1, MAX_ENTITY_LIMIT) ??
      DEFAULT_ENTITY_LIMIT,
  };
}
