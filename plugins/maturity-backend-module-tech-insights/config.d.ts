import type { HumanDuration } from '@backstage/types';

export interface Config {
  maturity?: {
    /**
     * How the maturity backend reads facts from the TechInsights backend.
     */
    techInsights?: {
      /**
       * The most requests to TechInsights in flight at once, per batch of
       * entities. Defaults to 8.
       */
      concurrency?: number;
      /**
       * How long one request to TechInsights may take before the entities it
       * concerns are marked unavailable: milliseconds or a duration object,
       * e.g. `{ seconds: 10 }`. Defaults to 10 seconds.
       */
      timeout?: number | HumanDuration;
      /**
       * After this many failed requests in a row, the rest of the batch is
       * marked unavailable without calling TechInsights again. Defaults to 5.
       */
      maxConsecutiveFailures?: number;
    };
  };
}
