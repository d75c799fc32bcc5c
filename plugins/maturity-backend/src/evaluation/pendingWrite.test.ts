import { settle, unwrap } from './pendingWrite';

describe('pending page writes', () => {
  it('give the changed entities of a write that succeeded', async () => {
    expect(unwrap(await settle(Promise.resolve({ changedEntities: 3 })))).toBe(
      3,
    );
  });

  it('keep a failure until it is collected, then throw it', async () => {
    const failure = new Error('connection lost');
    const settled = await settle(Promise.reject(failure));
    expect(() => unwrap(settled)).toThrow(failure);
  });
});
