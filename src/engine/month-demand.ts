import type { SupplyCurve } from './compute-market';
import { constantCurve, type DemandIndex } from './demand';
import { exp, log } from './engine-math';
import { type CesWeights, cesShares, fixedShareIndex } from './task-demand';
import { trainingHours } from './training';
import type { BaseRecord, TierScratch } from './workspace';

/** What a counterfactual takes from the base run when cost pass-through or substitution is off. */
export interface BasePath {
  record: BaseRecord;
  priceIndex: Float64Array;
}

/**
 * One month's demand for H100e-hours as a function of the rental price r — the function the
 * clearing solves. List prices answer r through marginal cost (sticky, never below cost); tier
 * shares and the price index answer the prices (CES, task-demand.ts); tasks answer the index through
 * the demand curve and the adjustment lag; training spends its budget at r. The run sets this
 * month's inputs before the clearing; each evaluation leaves what it found in the fields below and
 * the tier prices and shares in the scratch arrays.
 *
 * A class rather than a closure over the run's variables: V8 keeps its fields at fixed offsets and
 * updates their doubles in place, where it boxes every double written to a closure variable.
 */
export class MonthDemand {
  // ---- this month, set by the run
  t = 0;
  eta = 0;
  /** Tasks a month before the price response: tasks0 · adoption · trend. */
  scale = 0;
  trainingBudget = 0;
  trainFactor = 1;
  /** Last month's demand index after the adjustment lag. */
  lagged = 1;
  /** Hours the installed fleet offers at full use (fleet × hours a month). */
  fleetHours = 0;
  // ---- what the last evaluation found
  lnIndex = 0;
  lag = 1;
  inference = 0;
  training = 0;
  tasks = 0;
  /** The rental price it was made at. */
  at = Number.NaN;
  demand = 0;
  /** The month whose token side the fields above hold (pass-through off: it does not move with r). */
  private tokensMonth = -1;

  /**
   * `followCost` / `followShares`: the base run's path, in a counterfactual where cost pass-through /
   * substitution is off; null where it is live.
   */
  constructor(
    private readonly tier: TierScratch,
    private readonly prevPrice: Float64Array,
    private readonly ces: CesWeights,
    private readonly demandCurve: DemandIndex,
    private readonly supply: SupplyCurve,
    private readonly theta: number,
    private readonly lagAlpha: number,
    private readonly followCost: BaseRecord | null,
    private readonly followShares: BasePath | null,
  ) {}

  /**
   * Demand for H100e-hours at rental price r, left in `demand` (not returned: a call V8 does not
   * inline would box a returned double on the heap, a few times a month per run).
   */
  evaluate(r: number): void {
    // With cost pass-through off, token prices follow the base run's costs, so everything but
    // training is the same at every trial price of the month: computed at the month's first.
    if (this.followCost !== null && this.tokensMonth === this.t) {
      const training = trainingHours(this.trainingBudget, r, this.trainFactor);
      this.training = training;
      this.at = r;
      this.demand = this.inference + training;
      return;
    }
    this.tokensMonth = this.t;
    const { h, other, k, q, mu, cost, price, pi, shares } = this.tier;
    const n = h.length;
    const row = this.t * n;
    const prevPrice = this.prevPrice;
    const theta = this.theta;
    const followCost = this.followCost;
    for (let i = 0; i < n; i++) {
      const c = followCost === null ? h[i] * r + other[i] : followCost.cost[row + i];
      cost[i] = c;
      const target = (1 + mu[i]) * c;
      const sticky = prevPrice[i] + theta * (target - prevPrice[i]);
      // Sticky, but never below marginal cost: no provider sells a token at a loss on compute.
      const pr = Math.max(sticky, c);
      price[i] = pr;
      pi[i] = (pr * k[i]) / q[i];
    }
    const lnIndex = this.followShares === null ? cesShares(this.ces, pi, shares) : this.baseWeighted(row);
    // The constant-elasticity curve inline: through the closure its double came back boxed.
    const d =
      this.demandCurve === constantCurve ? exp(-this.eta * lnIndex) : this.demandCurve(lnIndex, this.eta);
    // New uses take time to build (τ = demandLagMonths), but when prices rise the marginal uses
    // stop at once: the lag slows growth, never rationing by price.
    const lagged = this.lagged;
    const lag = d < lagged ? d : lagged + this.lagAlpha * (d - lagged);
    const tasks = this.scale * lag;
    let inference = 0;
    for (let i = 0; i < n; i++) inference += tasks * shares[i] * k[i] * h[i];
    inference *= 1e-6;
    const training = trainingHours(this.trainingBudget, r, this.trainFactor);
    this.lnIndex = lnIndex;
    this.lag = lag;
    this.inference = inference;
    this.training = training;
    this.tasks = tasks;
    this.at = r;
    this.demand = inference + training;
  }

  /**
   * Hours demanded minus hours the fleet offers on the supply curve, at rental price r. The supply
   * curve's utilisation (utilizationAt in compute-market.ts) is written out here, the same
   * operations: passed `power` as an argument, V8 would not inline it into the clearing's loop.
   */
  excessAt(r: number): number {
    this.evaluate(r);
    const curve = this.supply;
    let u = 0;
    if (r > curve.floor) {
      u = curve.normalUtilization * exp((1 / curve.exponent) * log((r - curve.floor) / curve.capital));
      if (u > curve.maxUtilization) u = curve.maxUtilization;
    }
    return this.demand - u * this.fleetHours;
  }

  /** ln Π with the base run's tier shares (substitution off): a base-weighted index. */
  private baseWeighted(row: number): number {
    const { pi, shares, baseShares, basePi } = this.tier;
    const base = this.followShares as BasePath;
    for (let i = 0; i < pi.length; i++) {
      baseShares[i] = base.record.taskShare[row + i];
      basePi[i] = base.record.taskPrice[row + i];
    }
    return log(fixedShareIndex(base.priceIndex[this.t], baseShares, basePi, pi, shares));
  }
}
