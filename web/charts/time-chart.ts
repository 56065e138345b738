import type { PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ChartElement } from './chart-element';
import type { TimeChartSpec } from './chart-spec';
import type { PlotModel } from './plot-model';
import { timeChartModel } from './time-chart-vm';
import { timeChartStyles } from './time-chart.styles';

/**
 * A chart over months or years: lines (log or linear), dashed baseline overlays, uncertainty bands,
 * grouped bars, announced-figure markers and shaded spans. Set `spec` (a new object per change);
 * fires `jv-series-toggle` when the reader switches a series in the legend.
 */
@customElement('jv-time-chart')
export class JvTimeChart extends ChartElement {
  static override styles = timeChartStyles;

  @property({ attribute: false }) spec: TimeChartSpec | null = null;

  protected override buildModel(hidden: ReadonlySet<string>): PlotModel | null {
    return this.spec ? timeChartModel(this.spec, hidden) : null;
  }

  protected override specChanged(changed: PropertyValues): boolean {
    return changed.has('spec');
  }

  protected override specWords(): string {
    const s = this.spec;
    if (!s) return '';
    const words = [s.title, s.caption, s.xAxisLabel, s.y.label, s.y2?.label, ...s.series.map((x) => x.label)];
    return [...words, ...(s.notes ?? [])].join('|');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-time-chart': JvTimeChart;
  }
}
