import { CustomErrorBase } from '@backstage/errors';

/** Thrown when a check cannot be expressed as a TechInsights check; the message says why. */
export class Untranslatable extends CustomErrorBase {
  name = 'Untranslatable' as const;
}
