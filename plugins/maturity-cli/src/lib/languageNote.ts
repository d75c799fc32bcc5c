import type { CliIo } from './io';

/** Notes on stderr that the model does not provide the language asked for. */
export function noteLanguageFallback(
  io: CliIo,
  modelId: string,
  asked: string | undefined,
  served: string,
): void {
  if (asked === undefined) return;
  const primary = (tag: string) => tag.split('-')[0].toLowerCase();
  if (primary(asked) === primary(served)) return;
  io.stderr.write(
    `note: model ${modelId} has no '${asked}' texts; they are in '${served}'\n`,
  );
}
