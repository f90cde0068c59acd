/**
 * Where the objective marker's distance label ("15 m") goes, in screen px: above the
 * arrow while it hovers over a waypoint on screen; off screen under the arrow, unless that
 * would reach into the screen's covered bottom (the touch controls: THROW, DROP, the
 * stick), then on the arrow's other side, above it. Returns the label's top edge.
 */
export function markerLabelTop(arrowY: number, onScreen: boolean, arrowSize: number, labelHeight: number, coveredFrom: number): number {
  if (onScreen) return arrowY - arrowSize - 26;
  const below = arrowY + arrowSize + 6;
  if (below + labelHeight <= coveredFrom) return below;
  return arrowY - arrowSize - 6 - labelHeight;
}
