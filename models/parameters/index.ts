import { withFittedValues } from '../calibration/apply-fit';
import { GROUP_IDS, type GroupId, type Localized, type ParameterDef, type ParamId } from '../schema';
import { computeParameters } from './compute';
import { demandParameters } from './demand';
import { fleetParameters } from './fleet';
import { marketParameters } from './market';
import { shockParameters } from './shock';
import { tierParameters } from './tiers';
import { timeParameters } from './time';
import { trainingParameters } from './training';

const byGroup: Record<GroupId, ParameterDef[]> = {
  time: timeParameters,
  demand: demandParameters,
  tiers: tierParameters,
  shock: shockParameters,
  compute: computeParameters,
  market: marketParameters,
  fleet: fleetParameters,
  training: trainingParameters,
};

/**
 * Every catalogue parameter, grouped in GROUP_IDS order. The calibrated ones carry the fitted value
 * as their default, their hand-set value as `prior` and a source that names the fit.
 */
export const parameters: ParameterDef[] = GROUP_IDS.flatMap((group) => byGroup[group]).map(withFittedValues);

/** Lookup by id. Built from `parameters`; the catalogue test checks each PARAM_ID appears exactly once. */
export const parameterById = Object.fromEntries(parameters.map((p) => [p.id, p])) as Record<
  ParamId,
  ParameterDef
>;

export interface GroupInfo {
  id: GroupId;
  label: Localized;
}

/** Slider groups with their display names, in the order the app shows them. */
export const groups: GroupInfo[] = [
  { id: 'time', label: { en: 'Time', zh: '时间' } },
  { id: 'demand', label: { en: 'Demand for tasks', zh: '任务需求' } },
  { id: 'tiers', label: { en: 'Model tiers', zh: '模型档位' } },
  { id: 'shock', label: { en: 'The DeepSeek shock', zh: 'DeepSeek冲击' } },
  { id: 'compute', label: { en: 'Compute per token', zh: '每token算力' } },
  { id: 'market', label: { en: 'Compute market & prices', zh: '算力市场与价格' } },
  { id: 'fleet', label: { en: 'GPUs, fleet & investment', zh: 'GPU、机群与投资' } },
  { id: 'training', label: { en: 'Training', zh: '训练' } },
];
