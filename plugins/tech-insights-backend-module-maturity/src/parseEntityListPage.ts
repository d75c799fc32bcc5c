import { ServiceUnavailableError } from '@backstage/errors';
import type {
  EntityListItem,
  EntityListPage,
} from '@devops-maturity/plugin-maturity-common';

/**
 * Checks that a `GET /entities` answer has the fields the facts are made of
 * and returns it typed; throws naming the first field that is missing or of
 * the wrong type (`items[3].domains.sre.level`), so that a garbled answer
 * publishes nothing rather than wrong facts.
 */
export function parseEntityListPage(body: unknown): EntityListPage {
  const page = body as Partial<EntityListPage> | null;
  if (!isObject(page) || !Array.isArray(page.items)) {
    throw invalid('items', 'an array');
  }
  if (page.nextCursor !== undefined && typeof page.nextCursor !== 'string') {
    throw invalid('nextCursor', 'a string');
  }
  page.items.forEach((item, index) => checkItem(item, `items[${index}]`));
  return page as EntityListPage;
}

function checkItem(item: unknown, at: string): void {
  if (!isObject(item)) throw invalid(at, 'an object');
  const entity = item as Partial<EntityListItem>;
  for (const field of ['entityRef', 'modelId', 'evaluatedAt'] as const) {
    if (typeof entity[field] !== 'string') {
      throw invalid(`${at}.${field}`, 'a string');
    }
  }
  if (Number.isNaN(Date.parse(entity.evaluatedAt!))) {
    throw invalid(`${at}.evaluatedAt`, 'a date-time');
  }
  if (!isLevel(entity.level)) {
    throw invalid(`${at}.level`, 'an integer from 0 to 5 or null');
  }
  if (!isScore(entity.score)) {
    throw invalid(`${at}.score`, 'a number from 0 to 1');
  }
  if (!isObject(entity.domains)) {
    throw invalid(`${at}.domains`, 'an object');
  }
  for (const [domainId, domain] of Object.entries(entity.domains)) {
    const where = `${at}.domains.${domainId}`;
    if (!isObject(domain)) throw invalid(where, 'an object');
    if (!isLevel(domain.level)) {
      throw invalid(`${where}.level`, 'an integer from 0 to 5 or null');
    }
    if (!isScore(domain.score)) {
      throw invalid(`${where}.score`, 'a number from 0 to 1');
    }
  }
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLevel(value: unknown): boolean {
  return (
    value === null ||
    (Number.isInteger(value) &&
      (value as number) >= 0 &&
      (value as number) <= 5)
  );
}

function isScore(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function invalid(field: string, expected: string): Error {
  return new ServiceUnavailableError(
    `GET /entities of the maturity backend answered a page whose ${field} is not ${expected}`,
  );
}
