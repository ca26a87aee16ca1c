// The heading of the screen shown: the page moves focus here when the screen changes, so a screen reader says where
// the user is.
import type { ComponentChildren } from 'preact';

export const SCREEN_TITLE = 'screen-title';

export function ScreenHeading({ children }: { children: ComponentChildren }) {
  return (
    <h2 id={SCREEN_TITLE} tabIndex={-1}>
      {children}
    </h2>
  );
}
