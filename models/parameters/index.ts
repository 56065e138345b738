import { GROUP_IDS, type GroupId, type Localized, type ParameterDef, type ParamId } from '../schema';
import { computeParameters } from './compute';
import { demandParameters } from './demand';
import { fleetParameters } from './fleet';
import { priceParameters } from './price';
import { timeParameters } from './time';
import { trainingParameters } from './training';

const byGroup: Record<GroupId, ParameterDef[]> = {
  time: timeParameters,
  demand: demandParameters,
  price: priceParameters,
  compute: computeParameters,
  fleet: fleetParameters,
  training: trainingParameters,
};

/** Every catalogue parameter, grouped in GROUP_IDS order. */
export const parameters: ParameterDef[] = GROUP_IDS.flatMap((group) => byGroup[group]);

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
  { id: 'demand', label: { en: 'Demand', zh: '需求' } },
  { id: 'price', label: { en: 'Price & the DeepSeek shock', zh: '价格与DeepSeek冲击' } },
  { id: 'compute', label: { en: 'Compute', zh: '算力' } },
  { id: 'fleet', label: { en: 'GPUs & fleet', zh: 'GPU与机群' } },
  { id: 'training', label: { en: 'Training', zh: '训练' } },
];
