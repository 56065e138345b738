import type { ParameterDef } from '../schema';
import { noted } from '../sources/article-source';
import { DGX_H100_POWER, EPOCH_CHIP_COUNT, EPOCH_NVIDIA_STOCK, H100_SPEC } from '../sources/external-compute';
import {
  COWOS_CAPACITY,
  DATACENTER_BUILD_COST,
  GPU_LEAD_TIMES,
  GPU_RENTAL_PRICE,
  H100_COST_AND_PRICE,
  H100_STREET_PRICE_2023,
  NVIDIA_GROSS_MARGIN,
  MICROSOFT_LONG_LIVED,
  NVIDIA_DC_REVENUE,
} from '../sources/external-market';
import { Q000_FOUNDER_CARDS } from '../sources/quotes-000';
import { Q002_CAPEX } from '../sources/quotes-002';
import { Q003_SIX_COMPANY_CAPEX, Q003_STARGATE } from '../sources/quotes-003';
import { Q004_META_2025, Q004_META_GOOGLE_CAPEX } from '../sources/quotes-004';

/** What limits deliveries (chips, packaging, power), and what the building around a GPU costs. */
export const fleetSupplyParameters: ParameterDef[] = [
  {
    id: 'supplyCeilingStart',
    value: 150000,
    unit: 'H100e/month',
    mathUnit: 'GPU/month',
    min: 1e4,
    max: 1e7,
    step: 1000,
    scale: 'log',
    group: 'fleet',
    label: { en: 'Supply ceiling at the start', zh: '起始供给上限' },
    description: {
      en: 'Most H100e the industry can deliver in a month in January 2023 (chips, advanced packaging, memory, power), whatever is ordered. An absolute ceiling, not a cap relative to the fleet; it grows at supplyCeilingGrowthPerYear. Orders beyond it wait.',
      zh: '2023年1月全行业每月最多可交付的H100等效卡数(受芯片、先进封装、存储、电力限制),与订单多少无关。这是绝对上限而非相对机群的比例,按供给上限年增倍数增长;超出的订单需排队等待。',
    },
    sources: [
      NVIDIA_DC_REVENUE,
      {
        kind: 'derived',
        ref: 'Deliveries implied by NVIDIA’s data-centre revenue',
        date: '2025-02-26',
        arithmetic:
          '$35.6B in the quarter to 2025-01-26 ≈ $11.9B a month; at ~$35k of NVIDIA revenue per H100e (GPU, board and network) ≈ 340k H100e a month at the end of 2024. Two years back at 1.8× a year: 340k / 1.8² ≈ 105k a month from NVIDIA in early 2023; TPUs and other accelerators add to it: ~150k. Check: FY2024 revenue $47.5B / $35k ≈ 1.36M H100e in the supply-limited year to January 2024, 113k a month on average.',
        note: 'Revenue per H100e is a rough figure (H100 prices are second-hand); the calibration to 2023–24 may move the level.',
      },
      {
        ...EPOCH_NVIDIA_STOCK,
        note: 'TPUs may add compute comparable to NVIDIA’s: the ceiling covers all accelerators.',
      },
      { ...GPU_LEAD_TIMES, note: 'Lead times of 8–11 months in 2023: deliveries were at the ceiling.' },
      {
        ...Q000_FOUNDER_CARDS,
        note: 'Buying top-end cards, not demand, is what worries DeepSeek’s founder.',
      },
    ],
  },
  {
    id: 'supplyCeilingGrowthPerYear',
    value: 1.8,
    unit: '×/yr',
    min: 1,
    max: 5,
    step: 0.05,
    scale: 'log',
    group: 'fleet',
    label: { en: 'Supply ceiling growth', zh: '供给上限年增倍数' },
    description: {
      en: 'Factor by which the most H100e the industry can deliver in a month grows each year, as packaging, memory and power capacity are built out.',
      zh: '全行业每月最大可交付H100等效卡数每年增长的倍数,随先进封装、存储与电力产能扩建而提高。',
    },
    sources: [
      COWOS_CAPACITY,
      EPOCH_NVIDIA_STOCK,
      {
        ...Q003_SIX_COMPANY_CAPEX,
        note: '160 → 200 billion USD: ×1.25 from 2023 to 2024 for six companies.',
      },
      {
        ...Q002_CAPEX,
        note: '218 → at least 300 billion USD: ×1.38 from 2024 to FY2025 for the four giants.',
      },
      Q004_META_GOOGLE_CAPEX,
      { ...Q004_META_2025, note: 'Meta 38–40 → over 60 billion USD: ×1.5–1.6 from 2024 to 2025.' },
      {
        kind: 'derived',
        ref: 'Announced capex in H100e',
        date: '2025-02-13',
        arithmetic:
          'Capex grows ×1.25 (six companies, 2023→24, 003), ×1.38 (four giants, 2024→FY2025, 002) and ×1.5–1.6 (Meta, 2024→25, 004) a year in dollars; with 1.35× more H100e per dollar each year (hardwareGainPerYear) that is ×1.7–2.2 a year in H100e. TSMC doubled CoWoS packaging in 2024 and planned to again in 2025; Epoch counts the installed stock growing 2.3× a year from a low base. 1.8× a year.',
        note: 'Below the 2× of packaging because memory and power also bind.',
      },
    ],
  },
  {
    id: 'gpuScarcityPremiumMax',
    value: 2.5,
    unit: 'ratio',
    min: 1,
    max: 5,
    step: 0.05,
    scale: 'linear',
    group: 'fleet',
    label: { en: 'Most a GPU’s price can rise in a shortage', zh: 'GPU短缺时价格最高上浮倍数' },
    description: {
      en: 'When the GPUs firms want to order exceed what the chip-supply ceiling can deliver, their price rises over the list price (gpuCapexPerGpu) until the orders fit under the ceiling: a scarcity price, as in 2023–24. This is the most it may rise, as a multiple of the list price; if even this price leaves more orders than can be built, the orders are rationed at it. 1 = no scarcity price: orders are simply capped and GPUs cost the list price.',
      zh: '当企业想订购的GPU超过芯片供给上限所能交付的数量时,GPU价格会高于标价(每H100等效价格)上涨,直到订单落在上限之内:这是稀缺价格,与2023–24年的情形相同。本参数是其最高涨幅,以标价的倍数表示;若在此价格下订单仍超过可生产量,则按此价格配给。1 表示没有稀缺价格:订单只是被封顶,GPU按标价计价。',
    },
    sources: [
      NVIDIA_GROSS_MARGIN,
      H100_COST_AND_PRICE,
      H100_STREET_PRICE_2023,
      {
        ...GPU_RENTAL_PRICE,
        note: 'Rental at ~$8 an hour at the 2023 peak against ~$2 once supply caught up: the rent buyers bid into the GPU price.',
      },
      {
        ...GPU_LEAD_TIMES,
        note: 'Lead times of 8–11 months in 2023: the GPUs were allocated, and the price reflected it.',
      },
      {
        kind: 'derived',
        ref: 'NVIDIA’s price over its cost, before and during the shortage',
        date: '2025-02-26',
        arithmetic:
          'Price ÷ cost of goods = 1 / (1 − gross margin): 1 / 0.431 = 2.32 in fiscal 2023, before the shortage; 1 / 0.273 = 3.66 in fiscal 2024 and 1 / 0.25 = 4.0 in fiscal 2025. For the company as a whole (gaming included, at lower margins) the shortage raised prices over cost by ×1.6–1.7; the data-centre business alone, where the shortage was, by more. Street prices: ~$30,000 in the US and up to $70,000 in China in 2023 (×2.3, export curbs included), against an estimated $3,320 to build.',
      },
      {
        kind: 'assumption',
        ref: '×2.5',
        date: '2025-02-26',
        note: 'Judgement: a little above the highest premium reported (×2.3, street prices in China in 2023; ×1.6–1.7 on NVIDIA’s margins as a whole), so that the price can reach the peaks seen, but not an unbounded bidding war — beyond it buyers wait in the queue, as lead times of 8–11 months show they did.',
      },
    ],
  },
  {
    id: 'datacenterCapexPerKw',
    value: 10000,
    unit: 'USD/kW',
    mathUnit: 'USD/kW',
    min: 1000,
    max: 50000,
    step: 100,
    scale: 'log',
    group: 'fleet',
    label: { en: 'Data-centre capex per kW', zh: '每千瓦数据中心资本开支' },
    description: {
      en: 'Cost of the building, power supply and cooling per kW of IT load, paid as each H100e is delivered (× powerPerH100eKw). Capex = chips (deliveries × price per H100e) + this shell and power line, so it can be set beside announced capex of either definition.',
      zh: '每千瓦IT负载的建筑、供电与冷却成本,在每个H100等效卡交付时按(× 每H100等效功率)计入。资本开支 = 芯片(交付量 × 每H100等效价格)+ 这一机房与电力项,便于与不同口径的公告资本开支对照。',
    },
    sources: [
      DATACENTER_BUILD_COST,
      {
        ...MICROSOFT_LONG_LIVED,
        note: 'About half of AI capex goes to long-lived assets (land, buildings, power), the rest to servers.',
      },
      {
        kind: 'derived',
        ref: 'Shell and power per H100e',
        date: '2025-01-29',
        arithmetic:
          '1.4 kW × 10,000 USD/kW = 14,000 USD per H100e, against 30,000 for the chips: the shell is 32% of the 44,000 installed; Microsoft’s “roughly half” also counts land and leases.',
      },
      {
        ...Q002_CAPEX,
        note: '“投入AI数据中心”: announced AI capex includes buildings and power, not only chips.',
      },
      {
        ...Q003_STARGATE,
        note: 'Stargate is an infrastructure plan: data centres and power as much as chips.',
      },
    ],
  },
  {
    id: 'powerPerH100eKw',
    value: 1.4,
    unit: 'kW per H100e',
    mathUnit: 'kW',
    min: 0.3,
    max: 5,
    step: 0.05,
    scale: 'log',
    group: 'fleet',
    label: { en: 'Power per H100e', zh: '每H100等效功率' },
    description: {
      en: 'IT power one H100e draws with its share of server, network and storage. It turns delivered H100e into kW of data-centre capacity to be built (× datacenterCapexPerKw).',
      zh: '一个H100等效卡连同其分摊的服务器、网络与存储所需的IT功率。它把交付的H100等效卡换算为需建的数据中心千瓦容量(× 每千瓦数据中心资本开支)。',
    },
    sources: [
      H100_SPEC,
      DGX_H100_POWER,
      {
        kind: 'derived',
        ref: 'System power per GPU',
        date: '2023',
        arithmetic:
          '10.2 kW / 8 GPUs = 1.275 kW per H100 for the whole server (GPUs at 700 W each, CPUs, memory, fans); + ~10% for network switches and storage ≈ 1.4 kW.',
      },
      noted(EPOCH_CHIP_COUNT, '3.7 GW for 4.7M H100e = 0.79 kW each, at the chip level only.'),
    ],
  },
];
