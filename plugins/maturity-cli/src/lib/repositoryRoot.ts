import fs from 'fs';
import path from 'path';
import { CliError } from './errors';

/**
 * The folder that Location and placeholder targets must stay in: `--root`,
 * else the git top-level of the first input file (the nearest folder up from
 * it with a `.git` entry), else the current directory. Returned as a real
 * path (symbolic links resolved).
 */
export function resolveRepositoryRoot(
  rootOption: string | undefined,
  firstInput: string | undefined,
  cwd: string = process.cwd(),
): string {
  if (rootOption !== undefined) {
    let real: string;
    try {
      real = fs.realpathSync(path.resolve(cwd, rootOption));
    } catch {
      throw new CliError(`--root ${rootOption}: no such directory`);
    }
    if (!fs.statSync(real).isDirectory()) {
      throw new CliError(`--root ${rootOption}: not a directory`);
    }
    return real;
  }
  if (firstInput !== undefined) {
    const gitTop = gitTopLevel(path.resolve(cwd, firstInput));
    if (gitTop) return gitTop;
  }
  return fs.realpathSync(cwd);
}

/** The nearest folder at or above `file`'s folder holding `.git`, as a real path. */
function gitTopLevel(file: string): string | undefined {
  let dir: string;
  try {
    dir = fs.realpathSync(path.dirname(file));
  } catch {
    return undefined;
  }
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Whether `candidate` (absolute) is `root` or inside it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) &&
      relative !== '..' &&
      !path.isAbsolute(relative))
  );
}

/**
 * The real path of `absolute`: of the file itself when it exists, else of its
 * nearest existing ancestor joined with the rest (a missing file is reported
 * when it is read; a symbolic link on the way is still followed).
 */
export function realPathOf(absolute: string): string {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/**
 * Whether a target path resolved from an input file stays in the repository
 * root once `..` and symbolic links are resolved (`../../etc/passwd` and a
 * link to `/etc` both leave it). Nothing is read.
 */
export function staysInside(root: string, absolute: string): boolean {
  return isInside(root, realPathOf(absolute));
}
