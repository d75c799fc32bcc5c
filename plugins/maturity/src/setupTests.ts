import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// jsdom has no ResizeObserver; recharts' ResponsiveContainer needs one.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) {
  (globalThis as any).ResizeObserver = ResizeObserverStub;
}

// On a loaded 2-core machine a render with the whole app takes seconds: the
// defaults (1 s for findBy/waitFor, 5 s per test) made correct tests fail.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);
