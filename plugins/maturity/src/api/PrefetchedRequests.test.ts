import { PrefetchedRequests } from './PrefetchedRequests';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('PrefetchedRequests', () => {
  it('hands a request out once, to the first same key', async () => {
    const requests = new PrefetchedRequests();
    const send = jest.fn(async () => 'answer');
    requests.start('/a', send);
    requests.start('/a', send);
    expect(send).toHaveBeenCalledTimes(1);
    expect(requests.take('/b')).toBeUndefined();
    await expect(requests.take('/a')).resolves.toBe('answer');
    expect(requests.take('/a')).toBeUndefined();
  });

  it('keeps a request in flight however long it takes, an answer only for the reuse window', async () => {
    let now = 0;
    const requests = new PrefetchedRequests(() => now, 1000);
    const slow = deferred<string>();
    requests.start('/slow', () => slow.promise);
    requests.start('/fast', async () => 'fast');
    await Promise.resolve();
    now = 5000;
    expect(requests.has('/slow')).toBe(true);
    expect(requests.has('/fast')).toBe(false);
    slow.resolve('slow');
    await slow.promise;
    now = 5900;
    expect(requests.has('/slow')).toBe(true);
    now = 6100;
    expect(requests.take('/slow')).toBeUndefined();
  });

  it('hands a failure out as it is, and does not report it while untaken', async () => {
    const requests = new PrefetchedRequests();
    const failing = deferred<string>();
    requests.start('/fails', () => failing.promise);
    failing.reject(new Error('boom'));
    await failing.promise.catch(() => undefined);
    await expect(requests.take('/fails')).rejects.toThrow('boom');
  });

  it('forgets everything on clear', () => {
    const requests = new PrefetchedRequests();
    requests.start('/a', async () => 'a');
    requests.clear();
    expect(requests.take('/a')).toBeUndefined();
  });
});
