import type { ParameterDef } from '../schema';
import { ASSUMED, noted } from '../sources/article-source';
import { DEEPSEEK_DAY6, DEEPSEEK_V3_REPORT, DGX_H100_POWER, H100_SPEC } from '../sources/external-compute';
import {
  FED_FUNDS_2023,
  GPU_RENTAL_PRICE,
  H100_PRICE,
  SERVER_USEFUL_LIVES,
} from '../sources/external-market';
import { USER_COST_CHECK } from '../sources/levels';
import { Q001_GPU_HOURS, Q001_TRAINING_COST } from '../sources/quotes-001';
import { Q002_PRETRAINING } from '../sources/quotes-002';
import { marketPricingParameters } from './market-pricing';

/** The compute market: what an H100e costs to own and run, and the utilisation at which its rent is normal. */
export const marketParameters: ParameterDef[] = [
  {
    id: 'rentalPriceFloor',
    value: 0.5,
    unit: 'USD/H100e-hour',
    mathUnit: 'USD/GPUh',
    min: 0,
    max: 5,
    step: 0.01,
    scale: 'linear',
    timeVarying: true,
    group: 'market',
    label: { en: 'Rental price floor', zh: '租赁价格下限' },
    description: {
      en: 'The short-run floor of the rental price of an H100e-hour in January 2023: power and operations, what an idle GPU saves by not running. It falls with hardwareGainPerYear, as the price per H100e and the data-centre shell per H100e do: a newer chip gives more H100e per server, per kW and per hour of staff. With spare capacity the rental price falls towards it; at normal utilisation it reaches the user cost of capital; near full utilisation a scarcity premium comes on top.',
      zh: '2023年1月每H100等效小时租赁价格的短期下限:电力与运维,即GPU闲置时省下的成本。它与每H100等效价格及每H100等效机房成本一样随硬件年增倍数下降:新一代芯片在每台服务器、每千瓦、每小时运维人力上提供更多H100等效算力。产能富余时租价向它回落;在正常利用率下升至资本使用成本;接近满负荷时再加上稀缺溢价。',
    },
    sources: [
      H100_SPEC,
      DGX_H100_POWER,
      {
        kind: 'derived',
        ref: 'Power and operations per H100e-hour',
        date: '2023',
        arithmetic:
          'Power: 1.4 kW per H100e (10.2 kW per 8-GPU system plus network) × 1.2 for cooling × 0.08 USD/kWh = 0.13 USD/h. Operations (staff, maintenance, spares, network and colocation services): ~0.3–0.4 USD/h. Together ≈ 0.5 USD per H100e-hour.',
        note: 'The electricity price and the operations cost are assumptions; both vary by site.',
      },
      {
        ...GPU_RENTAL_PRICE,
        note: 'Rental fell from ~$8 to ~$2 as supply caught up, still well above this floor.',
      },
    ],
  },
  {
    id: 'gpuCapexPerGpu',
    value: 30000,
    unit: 'USD per H100e',
    mathUnit: 'USD',
    min: 5000,
    max: 200000,
    step: 500,
    scale: 'log',
    timeVarying: true,
    group: 'market',
    label: { en: 'Price per H100e at start', zh: '起始每H100等效价格' },
    description: {
      en: 'What one H100-equivalent of new accelerators costs in January 2023, with its share of server and network; the data-centre shell and power are costed per kW (datacenterCapexPerKw). It falls with hardwareGainPerYear; capex = deliveries × this price, and the user cost of an H100e-hour is built on it.',
      zh: '2023年1月购买一个H100等效新加速卡的价格,含其分摊的服务器与网络;机房建筑与电力按千瓦另计(每千瓦数据中心资本开支)。它随硬件年增倍数下降;资本开支 = 交付量 × 此价格,每H100等效小时的资本使用成本也以它为基础。',
    },
    sources: [
      H100_PRICE,
      {
        kind: 'derived',
        ref: 'Lower half of the reported range',
        date: '2024',
        arithmetic:
          'Reported H100 prices of $25k–40k; the largest buyers paid the lower end, and the shell and power are not included here: 30,000 USD per H100e.',
      },
      USER_COST_CHECK,
      { ...Q001_TRAINING_COST, note: '5.58 million USD for 2.788 million GPU-hours: 2 USD per GPU-hour.' },
      Q001_GPU_HOURS,
      { ...Q002_PRETRAINING, note: '557.6万美元 is the same figure unrounded: 5.576e6 / 2.788e6 = 2.000.' },
      DEEPSEEK_V3_REPORT,
    ],
  },
  {
    id: 'costOfCapital',
    value: 0.1,
    unit: '/yr',
    min: 0,
    max: 0.5,
    step: 0.005,
    scale: 'linear',
    timeVarying: true,
    group: 'market',
    label: { en: 'Cost of capital', zh: '资本成本' },
    description: {
      en: 'Yearly return owners require on the money tied up in GPUs. With depreciation (1 / gpuLifetimeYears) it makes the user cost of capital: price per H100e × (cost of capital + depreciation) spread over the hours rented at normal utilisation. The rental price settles there when the fleet is normally used.',
      zh: '所有者对投入GPU资金要求的年回报率。它与折旧(1 / GPU使用年限)一起构成资本使用成本:每H100等效价格 ×(资本成本 + 折旧)分摊到正常利用率下的出租小时。机群正常使用时,租价稳定在这一水平。',
    },
    sources: [
      { ...FED_FUNDS_2023, note: 'The riskless part: short rates of 5¼–5½% through 2023–24.' },
      {
        kind: 'assumption',
        ref: '10% a year',
        date: ASSUMED,
        note: 'A riskless 4–5% plus a premium for an asset whose rent is volatile and whose technology ages fast: hyperscalers borrow for less, GPU clouds pay more.',
      },
      USER_COST_CHECK,
    ],
  },
  {
    id: 'gpuLifetimeYears',
    value: 5,
    unit: 'years',
    mathUnit: 'year',
    min: 1,
    max: 10,
    step: 1,
    scale: 'linear',
    integer: true,
    group: 'market',
    label: { en: 'GPU lifetime', zh: 'GPU使用年限' },
    description: {
      en: 'Years an H100e stays in the fleet before it retires. Retired capacity must be re-ordered if it is still needed, and depreciation of 1 / lifetime a year is part of the user cost.',
      zh: 'H100等效卡在机群中服役的年数,到期退役;若仍需要这部分产能则须重新订购。每年 1 / 使用年限 的折旧计入资本使用成本。',
    },
    sources: [
      {
        ...SERVER_USEFUL_LIVES,
        note: 'Accounting lives of 5–6 years, moving down for AI servers as the technology ages faster.',
      },
      {
        kind: 'assumption',
        ref: 'Five years',
        date: ASSUMED,
        note: 'Between Amazon’s new 5 years and Microsoft’s 6 for servers, and shorter than 6 because each GPU generation brings far more compute per dollar (hardwareGainPerYear).',
      },
      USER_COST_CHECK,
    ],
  },
  {
    id: 'fleetUtilization',
    value: 0.7,
    unit: 'share',
    min: 0.1,
    max: 1,
    step: 0.01,
    scale: 'linear',
    group: 'market',
    label: { en: 'Normal utilisation', zh: '正常利用率' },
    description: {
      en: 'Normal utilisation u_n: the share of the fleet’s hours in use at which the rental price equals the long-run user cost. Below it GPUs stand idle and the rental price falls towards the floor; above it a scarcity premium rises as utilisation nears maxUtilization.',
      zh: '正常利用率 u_n:机群小时中被使用的比例达到此值时,租价等于长期资本使用成本。低于它时GPU闲置,租价向下限回落;高于它时随利用率逼近最高利用率,稀缺溢价上升。',
    },
    sources: [
      {
        kind: 'assumption',
        ref: '0.7',
        date: ASSUMED,
        note: 'A fleet is sized for its peak hours, and needs spare capacity for maintenance, failures and new customers; 70% busy is where owners neither cut rents to fill idle GPUs nor ration them.',
      },
      USER_COST_CHECK,
      noted(
        DEEPSEEK_DAY6,
        'DeepSeek’s average 226.75 of 278 peak nodes = 0.82, with idle night-time nodes moved to training: a well-run fleet is busy 70–80% of the time.',
      ),
    ],
  },
  ...marketPricingParameters,
];
