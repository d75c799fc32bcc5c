import type { EvidenceOutage } from '@devops-maturity/plugin-maturity-common';
import { createTranslate, Localizer } from '../translation/translate';
import zhCN from '../translation/zh-CN';
import {
  evidenceSourceName,
  formatOutageTime,
  outageText,
  sourceDownText,
  staleCheckText,
} from './staleEvidence';

const chinese: Localizer = {
  t: createTranslate(zhCN.messages as Record<string, string>, 'zh-CN'),
  language: 'zh-CN',
};

/** A local time on 7 Dec 2026. */
function at(hours: number, minutes: number, day = 7): string {
  return new Date(2026, 11, day, hours, minutes).toISOString();
}

const now = new Date(2026, 11, 7, 11, 5);

const outage: EvidenceOutage = {
  source: 'techInsights',
  since: at(10, 42),
  lastFailureAt: at(11, 0),
  lastSuccessAt: at(9, 30),
  message: 'connect ECONNREFUSED 127.0.0.1:7099',
  checks: 23,
};

describe('evidenceSourceName', () => {
  it('names the known sources for people and keeps other ids', () => {
    expect(evidenceSourceName('techInsights')).toBe('TechInsights');
    expect(evidenceSourceName('pushed')).toBe('CI (pushed)');
    expect(evidenceSourceName('sonarqube')).toBe('sonarqube');
    expect(evidenceSourceName('pushed', chinese)).toBe('CI（推送）');
  });
});

describe('formatOutageTime', () => {
  it('gives the time alone today and the date too on other days', () => {
    expect(formatOutageTime(at(10, 42), 'en', now)).toBe('10:42 AM');
    expect(formatOutageTime(at(22, 5, 6), 'en', now)).toBe(
      'Dec 6, 2026, 10:05 PM',
    );
    expect(formatOutageTime(at(10, 42), 'zh-CN', now)).toBe('10:42');
  });

  it('keeps a value that is no date as it is', () => {
    expect(formatOutageTime('soon', 'en', now)).toBe('soon');
  });
});

describe('outageText', () => {
  it('names the source, since when it is down and how old the results are', () => {
    expect(outageText(outage, undefined, now)).toBe(
      'TechInsights unreachable since 10:42 AM — 23 checks show results from 9:30 AM',
    );
    expect(outageText({ ...outage, checks: 1 }, undefined, now)).toBe(
      'TechInsights unreachable since 10:42 AM — 1 check shows its result from 9:30 AM',
    );
    expect(outageText(outage, chinese, now)).toBe(
      'TechInsights 自 10:42 起无法访问 — 23 个检查项显示 09:30 的结果',
    );
  });

  it('says "earlier results" when the source was never read', () => {
    const { lastSuccessAt, ...neverRead } = outage;
    expect(lastSuccessAt).toBeDefined();
    expect(outageText({ ...neverRead, source: 'pushed' }, undefined, now)).toBe(
      'CI (pushed) unreachable since 10:42 AM — 23 checks show earlier results',
    );
  });
});

describe('staleCheckText and sourceDownText', () => {
  it('mark a check with the time of its evidence and the source', () => {
    const marker = {
      source: 'techInsights',
      since: at(10, 42),
      evidenceAt: at(9, 30),
    };
    expect(staleCheckText(marker, undefined, now)).toBe(
      'result from 9:30 AM — TechInsights unreachable',
    );
    expect(staleCheckText(marker, chinese, now)).toBe(
      '09:30 的结果 — TechInsights 无法访问',
    );
    expect(
      staleCheckText({ ...marker, evidenceAt: undefined }, undefined, now),
    ).toBe('earlier result — TechInsights unreachable since 10:42 AM');
    expect(sourceDownText(outage, undefined, now)).toBe(
      'TechInsights unreachable since 10:42 AM',
    );
  });
});
