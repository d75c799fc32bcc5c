import { CircuitBreaker } from './CircuitBreaker';

describe('CircuitBreaker', () => {
  it('opens after the threshold of consecutive failures and stays open', () => {
    const breaker = new CircuitBreaker({ threshold: 3 });
    breaker.recordFailure('a');
    breaker.recordFailure('b');
    expect(breaker.isOpen).toBe(false);
    breaker.recordFailure('c');
    expect(breaker.isOpen).toBe(true);
    expect(breaker.openMessage).toBe('c');
    breaker.recordSuccess();
    breaker.recordFailure('d');
    expect(breaker.openMessage).toBe('c');
  });

  it('resets the count on success', () => {
    const breaker = new CircuitBreaker({ threshold: 2 });
    breaker.recordFailure('a');
    breaker.recordSuccess();
    breaker.recordFailure('b');
    expect(breaker.isOpen).toBe(false);
    breaker.recordFailure('c');
    expect(breaker.openMessage).toBe('c');
  });

  it('rejects a threshold below one', () => {
    expect(() => new CircuitBreaker({ threshold: 0 })).toThrow(RangeError);
  });
});
