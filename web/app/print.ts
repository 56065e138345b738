/** What a chart element offers for drawing while off screen (time charts and the elasticity curve). */
interface Drawable extends Element {
  drawNow?: () => Promise<void>;
}

/**
 * Draws every chart under `root`, shadow roots included, even those off screen that put off
 * their drawing: a printout or a PDF must not show an empty or outdated plot.
 */
export async function drawEveryChart(root: ParentNode): Promise<void> {
  const found: Drawable[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll<Drawable>('*')) {
      if (el.localName === 'jv-time-chart' || el.localName === 'jv-elasticity-chart') found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  await Promise.all(found.map((chart) => chart.drawNow?.()));
}
