/**
 * Slide-only blocks of a chapter, as the reading view sees them: nothing. The presenter maps the same names to
 * its own components (components/present/deck-components.tsx); the reading view must not change.
 */
import type { ReactNode } from 'react';

/** `<Slide>`: a section's slide form (key points, a diagram, code with the lines that matter). */
export function Slide(_props: { title?: string; layout?: string; children?: ReactNode }) {
  return null;
}

/** `<Show block="..." />`: a block of the chapter shown on a slide (only ever inside a Slide). */
export function Show(_props: { block: string; lines?: string; highlight?: string }) {
  return null;
}
