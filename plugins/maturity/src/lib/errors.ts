/** Whether an error is a backend answer with status 404. */
export function isNotFoundError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { statusCode?: number }).statusCode === 404 ||
      (error as { name?: string }).name === 'NotFoundError')
  );
}

/** The most helpful message of an error, the backend's own when there is one. */
export function errorMessage(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const cause = (error as { cause?: { message?: string } }).cause;
  return cause?.message || (error as Error).message || String(error);
}
