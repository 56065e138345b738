import type { ParamId } from '../../models/schema';
import { bassStep } from './adoption';
import { historyMonths } from './calendar';
import { exp, log, monthly } from './engine-math';

/**
 * The paths no channel of the shock moves, month by month from the history start: adoption (Bass)
 * and the yearly trends — tasks per user, tokens per task, quality, compute per token (algorithms),
 * price per H100e (hardware) and the training budget. A run from the history start fills them
 * before its monthly loop; its counterfactuals read the same arrays instead of stepping them again.
 *
 * Damped trends: after the vintage the monthly growth rates of demand and of the training budget
 * shrink by `damping` each month (half-life trendHalfLifeYears), as a damped-trend forecast does.
 * Technology (hardware, algorithms) keeps its pace.
 */
export class TrendPaths {
  adoption: Float64Array;
  tasks: Float64Array;
  tokensPerTask: Float64Array;
  quality: Float64Array;
  algorithmic: Float64Array;
  hardware: Float64Array;
  training: Float64Array;

  constructor(months: number) {
    this.adoption = new Float64Array(months);
    this.tasks = new Float64Array(months);
    this.tokensPerTask = new Float64Array(months);
    this.quality = new Float64Array(months);
    this.algorithmic = new Float64Array(months);
    this.hardware = new Float64Array(months);
    this.training = new Float64Array(months);
  }

  /** Fills every path for `p` over `months` months (the arrays hold at least that many). */
  fill(p: Record<ParamId, number>, months: number): void {
    const tasksStep = monthly(p.tasksPerUserGrowthPerYear);
    const tokensPerTaskStep = monthly(p.tokensPerTaskGrowthPerYear);
    const qualityStep = monthly(p.qualityGrowthPerYear);
    const algorithmicStep = 1 / monthly(p.algorithmicGainPerYear);
    const hardwareStep = 1 / monthly(p.hardwareGainPerYear);
    const trainingStep = monthly(p.trainingGrowthPerYear);
    const damping = exp(-Math.LN2 / (12 * p.trendHalfLifeYears));
    // damping^k as exp(k · ln damping), ln taken once (what power(damping, k) computes each month).
    const lnDamping = log(damping);
    const dampFrom = historyMonths() + 2;
    const lnTasks = log(tasksStep);
    const lnTokensPerTask = log(tokensPerTaskStep);
    const lnQuality = log(qualityStep);
    const lnTraining = log(trainingStep);
    const bassP = p.bassInnovationPerYear / 12;
    const bassQ = p.bassImitationPerYear / 12;
    let adoption = p.adoptionStartShare;
    let tasks = 1;
    let tokensPerTask = 1;
    let quality = 1;
    let algorithmic = 1;
    let hardware = 1;
    let training = 1;
    for (let t = 0; t < months; t++) {
      this.adoption[t] = adoption;
      this.tasks[t] = tasks;
      this.tokensPerTask[t] = tokensPerTask;
      this.quality[t] = quality;
      this.algorithmic[t] = algorithmic;
      this.hardware[t] = hardware;
      this.training[t] = training;
      adoption = bassStep(adoption, bassP, bassQ);
      // After the vintage a damped trend's monthly growth rate is its first rate × damping^(months since).
      const damp = t >= dampFrom ? exp((t - dampFrom + 1) * lnDamping) : 1;
      tasks *= damp === 1 ? tasksStep : exp(lnTasks * damp);
      tokensPerTask *= damp === 1 ? tokensPerTaskStep : exp(lnTokensPerTask * damp);
      quality *= damp === 1 ? qualityStep : exp(lnQuality * damp);
      algorithmic *= algorithmicStep;
      hardware *= hardwareStep;
      training *= damp === 1 ? trainingStep : exp(lnTraining * damp);
    }
  }
}
