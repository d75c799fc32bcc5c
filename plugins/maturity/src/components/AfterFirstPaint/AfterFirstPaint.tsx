import { ReactNode, useEffect, useState } from 'react';

/**
 * Renders its children once the browser has had a frame to paint what was
 * rendered with it: for sections below the fold, rendered after what the
 * user looks at first instead of with it.
 */
export function AfterFirstPaint(props: { children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // the frame's callback runs before its paint; the timer after it
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted ? <>{props.children}</> : null;
}
