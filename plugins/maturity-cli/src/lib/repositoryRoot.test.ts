import fs from 'fs';
import os from 'os';
import path from 'path';
import { resolveRepositoryRoot, staysInside } from './repositoryRoot';

describe('repository root', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'root-')));
    fs.mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'repo', 'services', 'a'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.symlinkSync(
      path.join(dir, 'elsewhere'),
      path.join(dir, 'repo', 'services', 'link'),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is --root, else the git top-level of the first file, else the current directory', () => {
    const file = path.join(dir, 'repo', 'services', 'a', 'catalog-info.yaml');
    expect(resolveRepositoryRoot(undefined, file, dir)).toBe(
      path.join(dir, 'repo'),
    );
    expect(resolveRepositoryRoot('repo/services', file, dir)).toBe(
      path.join(dir, 'repo', 'services'),
    );
    expect(
      resolveRepositoryRoot(
        undefined,
        path.join(dir, 'elsewhere', 'x.yaml'),
        dir,
      ),
    ).toBe(dir);
    expect(() => resolveRepositoryRoot('nope', file, dir)).toThrow(
      '--root nope: no such directory',
    );
  });

  it('keeps targets inside, missing ones included, and refuses .. and links that leave it', () => {
    const root = path.join(dir, 'repo');
    expect(staysInside(root, path.join(root, 'services', 'a', 'x.yaml'))).toBe(
      true,
    );
    expect(staysInside(root, path.join(root, 'missing', 'x.yaml'))).toBe(true);
    expect(staysInside(root, path.resolve(root, '../../etc/passwd'))).toBe(
      false,
    );
    expect(
      staysInside(root, path.join(root, 'services', 'link', 'x.yaml')),
    ).toBe(false);
    expect(staysInside(root, `${root}-other/x.yaml`)).toBe(false);
  });
});
