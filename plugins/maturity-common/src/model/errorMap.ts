import type { z } from 'zod';

/** Friendlier default messages than zod's, used for every model validation. */
export const modelErrorMap: z.ZodErrorMap = (issue, ctx) => {
  if (issue.code === 'invalid_type') {
    if (issue.received === 'undefined') {
      return { message: `required ${issue.expected} is missing` };
    }
    return { message: `expected ${issue.expected}, got ${issue.received}` };
  }
  return { message: ctx.defaultError };
};
