import type { ReactNode } from 'react';

const STYLE = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/**
 * Text for screen readers only.
 *
 * @public
 */
export function VisuallyHidden(props: { children: ReactNode }) {
  return <span style={STYLE}>{props.children}</span>;
}
