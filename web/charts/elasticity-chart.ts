import type { PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ChartElement } from './chart-element';
import type { ElasticityChartSpec } from './chart-spec';
import { elasticityChartModel } from './elasticity-chart-vm';
import { elasticityChartStyles } from './elasticity-chart.styles';
import type { PlotModel } from './plot-model';

/**
 * The Jevons panel's curve: cumulative GPU spend against the demand elasticity with and without
 * the shock, the break-even elasticity as a vertical rule and the current setting as a point.
 * Arrow keys walk the read-out along the swept elasticities.
 */
@customElement('jv-elasticity-chart')
export class JvElasticityChart extends ChartElement {
  static override styles = elasticityChartStyles;

  @property({ attribute: false }) spec: ElasticityChartSpec | null = null;

  protected override buildModel(hidden: ReadonlySet<string>): PlotModel | null {
    return this.spec ? elasticityChartModel(this.spec, hidden) : null;
  }

  protected override specChanged(changed: PropertyValues): boolean {
    return changed.has('spec');
  }

  protected override specWords(): string {
    const s = this.spec;
    if (!s) return '';
    return [
      s.title,
      s.caption,
      s.xLabel,
      s.y.label,
      s.labels.scenario,
      s.labels.base,
      s.labels.mechanical,
      s.zeroLine,
    ].join('|');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jv-elasticity-chart': JvElasticityChart;
  }
}
