import type { ParameterDef } from '../schema';
import { ASSUMED } from '../sources/article-source';
import { BIG_FOUR_CAPEX, GPU_LEAD_TIMES, GPU_RENTAL_PRICE } from '../sources/external-market';
import { EPOCH_NVIDIA_STOCK } from '../sources/external-compute';
import { START_FLEET_CHECK } from '../sources/levels';
import { Q000_FOUNDER_CARDS } from '../sources/quotes-000';
import { Q002_BURNING_MONEY, Q002_CAPEX } from '../sources/quotes-002';
import { Q003_MICROSOFT_80B, Q003_SIX_COMPANY_CAPEX } from '../sources/quotes-003';
import { Q004_META_2025, Q004_META_GOOGLE_CAPEX } from '../sources/quotes-004';
import { fleetSupplyParameters } from './fleet-supply';

/** Investment: the fleet at the start, and how orders follow expected demand and profitability. */
export const fleetParameters: ParameterDef[] = [
  {
    id: 'initialUtilization',
    value: 0.85,
    unit: 'share',
    min: 0.1,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'fleet',
    label: { en: 'Utilisation at the start', zh: '起始利用率' },
    description: {
      en: 'Utilisation of the fleet in January 2023. It sets the starting fleet: the compute demanded then (inference and training) divided by this share of the month’s hours. Above normal utilisation (0.7), so the rental price starts above the user cost, as in the GPU shortage of 2023.',
      zh: '2023年1月机群的利用率。它确定起始机群规模:当时所需算力(推理与训练)除以当月小时数的这一比例。高于正常利用率(0.7),因此租价一开始就高于资本使用成本,与2023年的GPU短缺一致。',
    },
    sources: [
      { ...GPU_RENTAL_PRICE, note: 'Rental at ~$8 an hour at the 2023 peak: GPUs were scarce.' },
      { ...GPU_LEAD_TIMES, note: 'Lead times of 8–11 months in 2023: demand ran ahead of the fleet.' },
      START_FLEET_CHECK,
      {
        kind: 'assumption',
        ref: '0.85',
        date: ASSUMED,
        note: 'Between normal (0.7) and maximum (0.95) utilisation: a tight market with a scarcity premium, but still serving.',
      },
    ],
  },
  {
    id: 'leadTimeMonths',
    value: 9,
    unit: 'months',
    mathUnit: 'month',
    min: 0,
    max: 36,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'fleet',
    label: { en: 'Delivery lead time', zh: '交付周期' },
    description: {
      en: 'Months from an order to working capacity in the fleet. The first months of a run deliver orders placed before it, and after the shock the fleet keeps growing on orders placed before anyone had heard of R1.',
      zh: '从下单到形成机群可用产能的月数。运行初期交付的是此前已下的订单;冲击之后,机群仍会按R1出现之前下的订单继续增长。',
    },
    sources: [
      GPU_LEAD_TIMES,
      {
        ...Q002_CAPEX,
        note: 'At least $300B for fiscal 2025, planned before R1: the capacity arriving in 2025 was ordered before the shock.',
      },
      {
        ...Q004_META_2025,
        note: 'Meta’s 2025 budget, announced days after R1, was set on plans made earlier.',
      },
      Q000_FOUNDER_CARDS,
      {
        kind: 'assumption',
        ref: '9 months',
        date: ASSUMED,
        note: 'Chip lead times of 3–11 months (longest in 2023), plus installation, with data-centre shells planned further ahead.',
      },
      {
        kind: 'assumption',
        ref: 'Uncertainty',
        date: ASSUMED,
        note: 'Uncertainty: triangular 3 … 9 … 18 months (rounded to whole months): from chips on the shelf going into existing halls to capacity that waits for new buildings and power.',
      },
    ],
    uncertainty: { dist: 'triangular', min: 3, mode: 9, max: 18 },
  },
  {
    id: 'demandGrowthExpectedStart',
    value: 2.5,
    unit: '×/yr',
    min: 1,
    max: 10,
    step: 0.1,
    scale: 'log',
    group: 'fleet',
    label: { en: 'Expected demand growth at the start', zh: '起始预期需求增速' },
    description: {
      en: 'The yearly growth of compute demand that investors expect in January 2023, before they have seen any: it sizes the orders already in the pipeline at the start and is the first value of the adaptive expectation that later orders follow.',
      zh: '2023年1月投资者在尚未观察到数据之前所预期的算力需求年增长倍数:它决定起始时已在途订单的规模,也是此后订单所依据的适应性预期的初值。',
    },
    sources: [
      {
        ...EPOCH_NVIDIA_STOCK,
        note: 'The stock of NVIDIA compute had grown ~2.3× a year since 2019: the trend an investor in early 2023 would extrapolate.',
      },
      {
        kind: 'assumption',
        ref: 'A little above the trend',
        date: ASSUMED,
        note: '2.5× a year: the 2.3× trend of the installed stock, nudged up for the attention ChatGPT drew at the turn of 2023. It shapes only the first months; the expectation then adapts to the growth the model itself produces.',
      },
    ],
  },
  {
    id: 'expectationMonths',
    value: 12,
    unit: 'months',
    mathUnit: 'month',
    min: 1,
    max: 60,
    step: 1,
    scale: 'linear',
    group: 'fleet',
    label: { en: 'Expectation horizon', zh: '预期形成期' },
    description: {
      en: 'Averaging time of the adaptive expectations behind orders: the demand growth investors expect is an exponential average of the growth they have seen over about this many months. Shorter = orders react faster to a change in demand, including the shock.',
      zh: '订单背后适应性预期的平均时间:投资者预期的需求增长是过去约这么多个月所见增长的指数平均。越短,订单对需求变化(包括冲击)的反应越快。',
    },
    sources: [
      {
        ...Q004_META_GOOGLE_CAPEX,
        note: 'Microsoft and Amazon expect capex to keep rising in 2025: plans extrapolate the growth seen.',
      },
      { ...Q003_SIX_COMPANY_CAPEX, note: 'Capex up from about 160 to 200 billion USD in a year.' },
      {
        ...BIG_FOUR_CAPEX,
        note: 'Capex plans are guided a year at a time, in the fourth-quarter reports.',
      },
      {
        kind: 'assumption',
        ref: '12 months',
        date: ASSUMED,
        note: 'Budgets are set yearly and revised quarterly; a year of observed growth shapes next year’s orders.',
      },
    ],
  },
  {
    id: 'profitabilityTilt',
    value: 1,
    unit: '–',
    min: 0,
    max: 5,
    step: 0.05,
    scale: 'linear',
    group: 'fleet',
    label: { en: 'Profitability tilt', zh: '盈利倾斜' },
    description: {
      en: 'How strongly orders lean on profitability, the rental price against the user cost: 0 = orders follow expected demand only; larger values add orders while renting out GPUs pays more than they cost and cut them while it pays less.',
      zh: '订单对盈利性(租价相对于资本使用成本)的倚重程度:0 表示订单只跟随预期需求;数值越大,出租GPU收益高于成本时加单越多,低于成本时减单越多。',
    },
    sources: [
      {
        ...Q002_BURNING_MONEY,
        note: 'Investors ask whether the spending pays: returns, not only demand, weigh on capex.',
      },
      {
        ...Q004_META_2025,
        note: 'Meta raised its budget right after R1: spending follows expected returns on AI.',
      },
      {
        ...GPU_RENTAL_PRICE,
        note: 'Rents fell from ~$8 to ~$2 in 2024 while capex kept rising: demand expectations outweighed the fall in rents.',
      },
      {
        kind: 'assumption',
        ref: 'Tilt 1',
        date: ASSUMED,
        note: 'A neutral middle: profitability matters, but as 2024 showed it does not dominate expected demand.',
      },
    ],
  },
  {
    id: 'investmentAdjustmentMonths',
    value: 6,
    unit: 'months',
    mathUnit: 'month',
    min: 1,
    max: 36,
    step: 1,
    scale: 'linear',
    group: 'fleet',
    label: { en: 'Order adjustment time', zh: '订单调整时间' },
    description: {
      en: 'Months over which orders close the gap between the capacity expected to be needed one lead time ahead and the capacity installed and on order. Shorter = orders chase demand harder, and overshoot more when demand turns.',
      zh: '订单弥合“一个交付周期后预期所需产能”与“已装机及在途产能”之间差距所用的月数。越短,订单追逐需求越紧,需求转向时超调也越大。',
    },
    sources: [
      {
        ...Q003_MICROSOFT_80B,
        note: 'A budget for the year that matches a year’s cash flow: commitments are spread over quarters.',
      },
      BIG_FOUR_CAPEX,
      {
        kind: 'assumption',
        ref: '6 months',
        date: ASSUMED,
        note: 'Capex guidance is revised every quarter and commitments are spread over a couple of quarters.',
      },
    ],
  },
  ...fleetSupplyParameters,
];
