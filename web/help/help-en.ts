import type { HelpTexts } from './help-types';

/** The help in English: how to read the model and the glossary (the first-visit guide: guide-texts.ts). */
export const helpEn: HelpTexts = {
  howToTitle: 'How to read this model',
  howTo: [
    {
      id: 'conditional',
      heading: 'A conditional forecast, not a prediction',
      paragraphs: [
        'Every figure on the page answers one question: if these assumptions hold, what does the DeepSeek shock do to the demand for GPUs? Nobody knows how strongly use answers price, how fast quality grows or how quickly cheaper models spread, so the model does not pick one answer for you. It makes each assumption a number you can see, trace to its source and change.',
        'Read the verdict as “under these assumptions”. When a number looks wrong to you, move it and watch which way the verdict goes: that is the argument the articles were having, made explicit.',
      ],
    },
    {
      id: 'levers',
      heading: 'The three levers of the shock',
      paragraphs: [
        'Efficiency: a token and a training run need less compute (DeepSeek’s mixture of experts uses 37 B active parameters; V3 trained on about 7% of Llama 3’s GPU-hours). This is the saving the Jevons paradox is about.',
        'Quality: frontier-class quality reaches the cheap, open tier (R1 “比肩” o1). Tasks move between tiers, which changes how much compute each task needs.',
        'Competition: incumbents cut their markups. Prices fall without saving any compute, so the model reports this as a price effect, never as rebound.',
        'Each lever has its own sliders in “The DeepSeek shock” and “Training” groups; set one to 0 to switch it off and see what the others do alone.',
      ],
    },
    {
      id: 'bases',
      heading: 'The verdict, the rebound and the three bases',
      paragraphs: [
        'The model runs three worlds: without the shock (base), with the engineering saving only and no market answer (mechanical), and with the shock and the market’s full answer (scenario). The rebound R = (scenario − mechanical) ÷ (base − mechanical) is the share of the saving the market takes back. Below 0 is super-conservation, 0 to 1 partial rebound, about 1 full rebound, above 1 backfire: the Jevons paradox, where the shock raises the total.',
        'The total is measured on three bases: compute served (H100-equivalent hours actually used), the value of that compute (rental price × hours) and capex (GPUs and data centres bought). They can disagree: more hours at a lower rental price, or a fleet held at the chip-supply ceiling either way. The headline is compute served to the end of the run; the table gives 12 and 24 months too.',
        'The break-even elasticity is the market elasticity at which the shock leaves the total unchanged. Your elasticity above it means the extra use outruns the saving.',
      ],
    },
    {
      id: 'why',
      heading: 'Why: the decomposition',
      paragraphs: [
        'The waterfall splits the change against the world without the shock into six channels: efficiency (less compute per token), pass-through price (cheaper compute makes cheaper tokens, and more are used), tier substitution (the quality lever moves tasks between tiers), competition (markup cuts), capacity price (the rental price moves) and investment (the fleet bought changes). Each channel’s share is averaged over every order in which the channels could be switched on, so the bars add up exactly to the total.',
      ],
    },
    {
      id: 'curve',
      heading: 'Which demand curve to believe',
      paragraphs: [
        'With constant elasticity, use answers price in the same proportion at every price, so a cheaper and better service keeps adding demand without limit. With reservation prices, each possible use has a price above which nobody pays for it; demand saturates once the cheap uses are served. Neither is known from data published by February 2025. The choice moves the verdict and the probability of backfire a great deal, so read the answer under both before quoting either.',
      ],
    },
    {
      id: 'cautions',
      heading: 'Cautions',
      paragraphs: [
        'Constant elasticity compounds: quality that doubles every year with an elasticity of 1 or more means demand that doubles every year for ever. The warnings (tokens per person per day, spend against world GDP) say when a run has left the world.',
        'The levels of the model (tokens, prices, fleet in 2023) are set by hand from the sources until the calibration to the 2023–24 observations lands. Read the levels as orders of magnitude and the verdict as conditional on them.',
        'The probability of backfire comes from Monte Carlo over distributions that are themselves judgements, each with its reasoning. It says how the verdict spreads over those judgements, not how likely the world is to turn out one way.',
      ],
    },
  ],
  defaultsHeading: 'Where the defaults come from',
  defaultsLead:
    'Every default rests on at least one source published by 28 February 2025, the articles’ time; later sources are kept as marked context only. The Sources badge beside each slider quotes every one. The levers and the numbers the verdict turns on:',
  glossaryTitle: 'Glossary',
  glossary: [
    {
      id: 'backfire',
      term: 'Backfire (the Jevons paradox)',
      definition:
        'The shock raises the total it was expected to save: rebound R above 1. Using compute more efficiently ends up using more compute.',
    },
    {
      id: 'rebound',
      term: 'Rebound R',
      definition:
        '(with the shock − mechanical saving) ÷ (without the shock − mechanical saving), each cumulated from the shock: the share of the engineering saving the market takes back.',
    },
    {
      id: 'full',
      term: 'Full rebound',
      definition: 'R close to 1: the market takes back the whole saving and the total is about unchanged.',
    },
    {
      id: 'partial',
      term: 'Partial rebound',
      definition:
        'R between 0 and 1: the market takes back part of the saving; the shock still saves on balance.',
    },
    {
      id: 'super',
      term: 'Super-conservation',
      definition: 'R below 0: the total falls by more than the engineering saving alone.',
    },
    {
      id: 'undefined',
      term: 'Rebound undefined',
      definition:
        'The shock saves nothing on that basis before the market answers (for example a pure markup cut, or capex held at the chip-supply ceiling either way), so there is nothing to rebound from.',
    },
    {
      id: 'mechanical',
      term: 'Mechanical saving (shock, demand held)',
      definition:
        'The world with the shock’s lower compute per token and per training run, but the tasks, prices and rental price of the world without it: the saving an engineer would compute before the market answers.',
    },
    {
      id: 'base',
      term: 'Base run (no shock)',
      definition:
        'The same scenario with every lever of the shock off. The verdict and the dashed lines compare against it unless you pick another baseline.',
    },
    {
      id: 'elasticity',
      term: 'Market elasticity η',
      definition:
        'How strongly the number of tasks answers their quality-adjusted price: 1% cheaper tasks mean about η% more of them.',
    },
    {
      id: 'breakEven',
      term: 'Break-even elasticity η*',
      definition:
        'The market elasticity at which the shock leaves the total on a basis unchanged. Above it, backfire; below it, the shock saves.',
    },
    {
      id: 'sigma',
      term: 'Substitution elasticity σ',
      definition:
        'How readily users move between the frontier, mainstream and commodity tiers when their relative prices change.',
    },
    {
      id: 'served',
      term: 'Compute served',
      definition:
        'H100-equivalent hours actually used for inference and training each month: the first basis of the verdict.',
    },
    {
      id: 'value',
      term: 'Value of compute',
      definition:
        'Rental price × hours served: what the compute used would earn at the market’s rental price.',
    },
    {
      id: 'capex',
      term: 'Capex',
      definition: 'GPUs delivered × their price, plus the data-centre shell and power around them.',
    },
    {
      id: 'h100e',
      term: 'H100e',
      definition:
        'H100-equivalent: GPUs counted by their throughput relative to an NVIDIA H100, as Epoch counts installed compute.',
    },
    {
      id: 'rental',
      term: 'Rental price',
      definition:
        'The price of an H100e-hour that clears the market each month: low when GPUs stand idle, high when they are full.',
    },
    {
      id: 'channels',
      term: 'Channels of the decomposition',
      definition:
        'Efficiency, pass-through price, tier substitution, competition, capacity price and investment: the six ways the shock moves the total, adding up to the change.',
    },
    {
      id: 'probability',
      term: 'Probability of backfire',
      definition:
        'The share of Monte Carlo samples, drawn from the uncertain parameters’ distributions, whose headline rebound is above full, with its 95% interval.',
    },
    {
      id: 'baseline',
      term: 'Dashed baseline',
      definition:
        'What the dashed lines on every chart show: the world without the shock, a preset or a saved scenario. The verdict panel gives its totals beside the current ones.',
    },
    {
      id: 'window',
      term: 'Window',
      definition:
        'The months over which totals are cumulated: 12 and 24 months from the shock, and to the end of the run.',
    },
    {
      id: 'vintage',
      term: 'Vintage',
      definition:
        'The date the sources behind the defaults were published by: 28 February 2025. Nothing published later sets a number.',
    },
  ],
};
