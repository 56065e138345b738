/* The version-2 engine's monthly loop in C, for `npm run bench`: src/engine/run-model.ts for the
 * scenario run (every channel of the shock on, no base run to follow) and the blocks it calls
 * (adoption.ts, pricing.ts, task-demand.ts, demand.ts, normal.ts, training.ts, month-demand.ts,
 * compute-market.ts, market-clearing.ts, investment.ts), ported line by line in the same order of
 * operations, writing the same 23 series.
 * exp and log are the C library's (the engine uses its own deterministic ones), so results agree
 * to rounding, not bit for bit; built with -DDET_MATH it takes the engine's exp/log and agrees to the
 * bit (test/engine/c-reference.test.ts checks both).
 *
 * Input on stdin, one "name value…" per line: every parameter by its catalogue id, the tier
 * arrays ("tier.listPrice 37.5 2 0.4", …), "curve 0|1" (constant | reservation), the engine's
 * exported constants ("const.rentalSearchLimit 1e100", …), "minMs" of the timing batches and
 * "cpuClock 1|0" (time them on the process's CPU clock, or on the wall clock).
 * Output on stdout: "nsPerMonth X", the run's totals and, with "series 1", every series by month. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_TIERS 16
#define SECONDS_PER_HOUR 3600.0
#define ATANH_HALF 0.5493061443340549
#define SHORTAGE_EPSILON 1e-12
#define WIDEN 4.0
#define LN_TOLERANCE 1e-13
#define HOURS_TOLERANCE 1e-8
#define MAX_EVALUATIONS 200
#define FIRST_STEP 0.5
#define COBB_DOUGLAS_BAND 1e-9

/* Constants the engine exports, sent on stdin by c-reference.ts (so a change there reaches here). */
static double HOURS_PER_MONTH = 730.5, HOURS_PER_YEAR = 8766.0, RENTAL_SEARCH_LIMIT = 1e100;
static int HISTORY_MONTHS = 24;

#define LN2 0.6931471805599453

/* ---- parameters, by catalogue id ---- */
#define PARAMS(X)                                                                                        \
  X(horizonMonths) X(shockMonth) X(elasticity) X(reservationSigma) X(demandLagMonths)                    \
  X(substitutionElasticity) X(bassInnovationPerYear) X(bassImitationPerYear) X(adoptionStartShare)       \
  X(tasksPerUserGrowthPerYear) X(tokensPerTaskGrowthPerYear) X(tokensPerMonth) X(qualityGrowthPerYear)   \
  X(trendHalfLifeYears)                                                                                  \
  X(challengerShareMax) X(challengerFlopsRatio) X(challengerShareMonths) X(qualityShock)                 \
  X(incumbentResponse) X(flopsPerToken) X(gpuPeakFlops) X(inferenceUtilization)                          \
  X(algorithmicGainPerYear) X(hardwareGainPerYear) X(rentalPriceFloor) X(gpuCapexPerGpu)                 \
  X(costOfCapital) X(gpuLifetimeYears) X(fleetUtilization) X(maxUtilization) X(scarcityExponent)         \
  X(computeCostShare) X(priceStickinessMonths) X(initialUtilization) X(leadTimeMonths)                   \
  X(expectationMonths) X(profitabilityTilt) X(investmentAdjustmentMonths) X(supplyCeilingStart)          \
  X(supplyCeilingGrowthPerYear) X(datacenterCapexPerKw) X(powerPerH100eKw) X(demandGrowthExpectedStart)  \
  X(trainingGpuHoursPerMonth) X(trainingGrowthPerYear) X(trainingEfficiencyRatio)                        \
  X(trainingEfficiencyAdoption) X(trainingRebound) X(gpuScarcityPremiumMax)

typedef struct {
#define FIELD(name) double name;
  PARAMS(FIELD)
#undef FIELD
} Params;

typedef struct {
  int count;
  double listPrice[MAX_TIERS], tokenShare[MAX_TIERS], computeRatio[MAX_TIERS], tokensPerTask[MAX_TIERS];
  double quality[MAX_TIERS], paidShare[MAX_TIERS], qualityShock[MAX_TIERS];
} Tiers;

/* ---- series, in the order of SERIES_IDS (src/model/types.ts) ---- */
#define SERIES(X)                                                                                      \
  X(tokensDemanded) X(tokensServed) X(pricePaid) X(priceIndex) X(rentalPrice) X(userCost) X(utilization) \
  X(fleetH100e) X(capacityHours) X(inferenceHours) X(trainingHours) X(servedHours) X(demandedHours)     \
  X(orders) X(deliveries) X(supplyCeiling) X(gpuPrice) X(capex) X(capexChips) X(capexShell)            \
  X(computeValue) X(revenue) X(shortageShare) X(adoption)

typedef struct {
#define FIELD(name) double *name;
  SERIES(FIELD)
#undef FIELD
} Series;

static const char *SERIES_NAMES[] = {
#define NAME(name) #name,
    SERIES(NAME)
#undef NAME
};
enum { SERIES_COUNT = sizeof(SERIES_NAMES) / sizeof(SERIES_NAMES[0]) };

typedef struct {
  double servedHours, computeValue, capex, revenue, tokensServed, peakShortage, finalFleet;
  long evaluations;
} Totals;

/* ---- det-math.ts, with -DDET_MATH: the engine's own exp/log (table-driven, plain arithmetic), so that
 * test/engine/c-reference.test.ts can compare the C loop with the engine to the last bit, where the
 * model amplifies rounding (a market oscillating at full utilisation). Without it, the C library's
 * exp/log: the fastest, which is what the bench times. */
#ifdef DET_MATH
#include <stdint.h>
static double POW2[1074 + 1024];
#define POW2_OFFSET 1074
static void initPow2(void) {
  POW2[POW2_OFFSET] = 1;
  for (int e = 1; e <= 1023; e++) POW2[POW2_OFFSET + e] = POW2[POW2_OFFSET + e - 1] * 2;
  for (int e = -1; e >= -1074; e--) POW2[POW2_OFFSET + e] = POW2[POW2_OFFSET + e + 1] / 2;
}
/* det-math-tables.ts, sent on stdin by c-reference.ts ("table.EXP2_HI v0 v1 …"). */
static double EXP2_HI[256], EXP2_LO[256], INV_C[129], LN_C_HI[129], LN_C_LO[129];
static double INV_LN2_256, LN2_256_HI, LN2_256_LO, LN2_HI, LN2_LO;
#define SHIFTER 6755399441055744.0
#define SPLITTER 134217729.0
static double expKernel(double x, int *scale) {
  double kf = x * INV_LN2_256 + SHIFTER - SHIFTER;
  int k = (int)kf;
  int j = k & 255;
  double r = x - kf * LN2_256_HI - kf * LN2_256_LO;
  double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))));
  double t = EXP2_HI[j];
  *scale = k >> 8; /* arithmetic shift, as in JavaScript */
  return t + (t * p + EXP2_LO[j]);
}
static double detExp(double x) {
  int scale;
  if (x <= 708 && x >= -708) {
    double y = expKernel(x, &scale);
    return y * POW2[POW2_OFFSET + scale];
  }
  if (isnan(x)) return x;
  if (x > 709.782712893384) return INFINITY;
  if (x < -745.1332191019411) return 0;
  double y = expKernel(x, &scale);
  if (scale > 1023) return y * 2 * POW2[POW2_OFFSET + scale - 1];
  if (scale < -1022) return y * POW2[POW2_OFFSET + scale + 1000] * POW2[POW2_OFFSET - 1000];
  return y * POW2[POW2_OFFSET + scale];
}
static double detLog(double x) {
  int shift = 0;
  if (!(x >= 2.2250738585072014e-308 && x < INFINITY)) {
    if (isnan(x) || x < 0) return NAN;
    if (x == 0) return -INFINITY;
    if (x == INFINITY) return x;
    x *= 18014398509481984.0;
    shift = 54;
  }
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  int32_t word = (int32_t)(bits >> 32);
  int e = (word >> 20) - 1023;
  int j = (((word >> 12) & 255) + 1) >> 1;
  double c = 1 + j * 0.0078125;
  double d = x * POW2[POW2_OFFSET - e] - c;
  double inv = INV_C[j];
  double r = d * inv;
  double split = r * SPLITTER;
  double rHigh = split - (split - r);
  double dr = (d - c * rHigh - c * (r - rHigh)) * inv;
  double poly = r * r * (-0.5 + r * (1.0 / 3 + r * (-0.25 + r * (0.2 + r * (-1.0 / 6 + r * (1.0 / 7))))));
  double n = e - shift;
  double a = n * LN2_HI + LN_C_HI[j];
  double s = a + r;
  return s + (a - s + r + (poly + (dr + (n * LN2_LO + LN_C_LO[j]))));
}
/* Where each table of det-math-tables.ts goes, and how many numbers it holds. */
static double *detMathTable(const char *name, int *size) {
  struct { const char *name; double *values; int size; } tables[] = {
      {"EXP2_HI", EXP2_HI, 256}, {"EXP2_LO", EXP2_LO, 256}, {"INV_C", INV_C, 129},
      {"LN_C_HI", LN_C_HI, 129}, {"LN_C_LO", LN_C_LO, 129}, {"INV_LN2_256", &INV_LN2_256, 1},
      {"LN2_256_HI", &LN2_256_HI, 1}, {"LN2_256_LO", &LN2_256_LO, 1}, {"LN2_HI", &LN2_HI, 1},
      {"LN2_LO", &LN2_LO, 1}};
  for (unsigned i = 0; i < sizeof tables / sizeof tables[0]; i++) {
    if (strcmp(name, tables[i].name) == 0) {
      *size = tables[i].size;
      return tables[i].values;
    }
  }
  return NULL;
}
#define exp detExp
#define log detLog
#endif

/* Math.min / Math.max of two numbers as JavaScript has them (NaN if either is NaN). */
static double jsMin(double a, double b) { return isnan(a) || isnan(b) ? NAN : (a < b ? a : b); }
static double jsMax(double a, double b) { return isnan(a) || isnan(b) ? NAN : (a > b ? a : b); }

/* ---- engine-math.ts ---- */
/* The exponents 1, -1 and 1/2 exactly, as engine-math.ts takes them. */
static double power(double base, double exponent) {
  if (exponent == 1) return base;
  if (exponent == -1) return 1 / base;
  if (exponent == 0.5) return sqrt(base);
  return exp(exponent * log(base));
}
static double monthly(double yearly) { return exp(log(yearly) / 12); }
static double tanh_(double x) {
  if (x > 20) return 1;
  if (x < -20) return -1;
  double e = exp(-2 * fabs(x));
  double t = (1 - e) / (1 + e);
  return x < 0 ? -t : t;
}

/* ---- normal.ts (Cody's erfc), for the reservation curve ---- */
static const double A[] = {3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694,
                           0.18577770618460315};
static const double B[] = {23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171};
static const double C[] = {0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001,
                           881.952221241769,   1712.0476126340707, 2051.0783778260716, 1230.3393547979972,
                           2.1531153547440383e-8};
static const double D[] = {15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903,
                           3290.7992357334597, 4362.619090143247, 3439.3676741437216, 1230.3393548037495};
static const double P[] = {0.30532663496123236, 0.36034489994980445, 0.12578172611122926,
                           0.016083785148742275, 0.0006587491615298378, 0.016315387137302097};
static const double Q[] = {2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132,
                           0.0023352049762686918};
#define INV_SQRT_PI 0.5641895835477563

static double erfc_(double x) {
  double y = fabs(x), result;
  if (y <= 0.46875) {
    double ysq = y > 1.11e-16 ? y * y : 0, num = A[4] * ysq, den = ysq;
    for (int i = 0; i < 3; i++) {
      num = (num + A[i]) * ysq;
      den = (den + B[i]) * ysq;
    }
    return 1 - (x * (num + A[3])) / (den + B[3]);
  }
  if (y <= 4) {
    double num = C[8] * y, den = y;
    for (int i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    result = (num + C[7]) / (den + D[7]);
  } else {
    if (y >= 27) return x > 0 ? 0 : 2;
    double ysq = 1 / (y * y), num = P[5] * ysq, den = ysq;
    for (int i = 0; i < 4; i++) {
      num = (num + P[i]) * ysq;
      den = (den + Q[i]) * ysq;
    }
    result = (ysq * (num + P[4])) / (den + Q[4]);
    result = (INV_SQRT_PI - result) / y;
  }
  double ysq = trunc(y * 16) / 16, del = (y - ysq) * (y + ysq);
  result *= exp(-ysq * ysq) * exp(-del);
  return x < 0 ? 2 - result : result;
}
static double normalTail(double z) { return 0.5 * erfc_(z * 0.7071067811865476); }
static double normalDensity(double z) { return 0.3989422804014327 * exp(-0.5 * z * z); }
static double normalHazard(double z) {
  if (z > 37) return z + 1 / z;
  return normalDensity(z) / normalTail(z);
}
static double inverseHazard(double target) {
  double lo = -40, hi = target + 2 > 2 ? target + 2 : 2;
  for (int i = 0; i < 200 && hi - lo > 1e-13 * (1 + fabs(hi)); i++) {
    double mid = 0.5 * (lo + hi);
    if (normalHazard(mid) < target) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/* ---- demand.ts ---- */
typedef struct {
  int curve; /* 0 constant, 1 reservation */
  double sigma, cachedEps, z0, tail0;
} DemandCurve;

static double demandIndex(DemandCurve *d, double lnX, double eps) {
  if (d->curve == 0) return exp(-eps * lnX);
  if (eps != d->cachedEps) {
    d->cachedEps = eps;
    d->z0 = eps * d->sigma > 1e-12 ? inverseHazard(eps * d->sigma) : -INFINITY;
    d->tail0 = d->z0 == -INFINITY ? 1 : normalTail(d->z0);
  }
  if (d->z0 == -INFINITY) return 1;
  return normalTail(d->z0 + lnX / d->sigma) / d->tail0;
}

/* ---- task-demand.ts ---- */
typedef struct {
  int n, cobbDouglas;
  double weights[MAX_TIERS], lnWeights[MAX_TIERS], start[MAX_TIERS], sigma;
} Ces;

static void cesWeights(Ces *ces, int n, const double *taskShares, const double *pi0, double sigma) {
  ces->n = n;
  ces->sigma = sigma;
  ces->cobbDouglas = fabs(1 - sigma) < COBB_DOUGLAS_BAND;
  for (int i = 0; i < n; i++) {
    ces->start[i] = pi0[i];
    ces->weights[i] = ces->cobbDouglas || taskShares[i] == 0 ? taskShares[i]
                                                              : taskShares[i] * exp((sigma - 1) * log(pi0[i]));
  }
  for (int i = 0; i < n; i++) ces->lnWeights[i] = ces->weights[i] > 0 ? log(ces->weights[i]) : -INFINITY;
}

/* Task shares into `shares`; returns ln Π (in logs, scaled by the largest term). */
static double cesShares(const Ces *ces, const double *pi, double *shares) {
  int n = ces->n;
  const double *w = ces->weights;
  if (ces->cobbDouglas) {
    double lnIndex = 0;
    for (int i = 0; i < n; i++) {
      shares[i] = w[i];
      if (w[i] > 0) lnIndex += w[i] * log(pi[i] / ces->start[i]);
    }
    return lnIndex;
  }
  double oneMinusSigma = 1 - ces->sigma, total = 0, largest = -INFINITY;
  for (int i = 0; i < n; i++) {
    double lnTerm = w[i] > 0 ? ces->lnWeights[i] + oneMinusSigma * log(pi[i]) : -INFINITY;
    shares[i] = lnTerm;
    if (lnTerm > largest) largest = lnTerm;
  }
  for (int i = 0; i < n; i++) {
    double term = shares[i] == -INFINITY ? 0 : exp(shares[i] - largest);
    shares[i] = term;
    total += term;
  }
  double inv = 1 / total;
  for (int i = 0; i < n; i++) shares[i] *= inv;
  return (largest + log(total)) / oneMinusSigma;
}

/* ---- compute-market.ts ---- */
typedef struct {
  double floor, capital, normalUtilization, maxUtilization, exponent;
} SupplyCurve;

static double rentalAt(const SupplyCurve *c, double u) {
  if (c->exponent == 0) return c->floor + c->capital;
  if (u <= 0) return c->floor;
  return c->floor + c->capital * power(u / c->normalUtilization, c->exponent);
}
static double capitalCostPerHour(double price, double interest, double life, double normalU, double hoursPerYear) {
  return (price * (interest + 1 / life)) / (hoursPerYear * normalU);
}
static double utilizationAt(const SupplyCurve *c, double r) {
  if (r <= c->floor) return 0;
  double u = c->normalUtilization * power((r - c->floor) / c->capital, 1 / c->exponent);
  return u < c->maxUtilization ? u : c->maxUtilization;
}

/* ---- the month's state the clearing closure reads and writes (run-model.ts) ---- */
typedef struct {
  int n;
  double h[MAX_TIERS], other[MAX_TIERS], k[MAX_TIERS], q[MAX_TIERS], mu[MAX_TIERS], cost[MAX_TIERS];
  double price[MAX_TIERS], prevPrice[MAX_TIERS], pi[MAX_TIERS], shares[MAX_TIERS];
  Ces ces;
  DemandCurve demand;
  SupplyCurve curve;
  double theta, eta, lagged, lagAlpha, scale, trainingBudget, trainFactor, fleetHours;
  /* What the last evaluation of demand found (run-model.ts's `last`). */
  double lastLnIndex, lastLagged, lastInference, lastTraining, lastTasks, lastAt, lastDemand;
} Month;

static double demandAt(Month *m, double r) {
  int n = m->n;
  for (int i = 0; i < n; i++) {
    double c = m->h[i] * r + m->other[i];
    m->cost[i] = c;
    double target = (1 + m->mu[i]) * c;
    double sticky = m->prevPrice[i] + m->theta * (target - m->prevPrice[i]);
    /* Sticky, but never below marginal cost. */
    double pr = jsMax(sticky, c);
    m->price[i] = pr;
    m->pi[i] = (pr * m->k[i]) / m->q[i];
  }
  double lnIndex = cesShares(&m->ces, m->pi, m->shares);
  double d = demandIndex(&m->demand, lnIndex, m->eta);
  /* The lag slows growth, never rationing by price: a fall in demand is at once. */
  double lag = d < m->lagged ? d : m->lagged + m->lagAlpha * (d - m->lagged);
  double tasks = m->scale * lag;
  double inference = 0;
  for (int i = 0; i < n; i++) inference += tasks * m->shares[i] * m->k[i] * m->h[i];
  inference *= 1e-6;
  double training = (m->trainingBudget / r) * m->trainFactor; /* training.ts */
  m->lastLnIndex = lnIndex;
  m->lastLagged = lag;
  m->lastInference = inference;
  m->lastTraining = training;
  m->lastTasks = tasks;
  m->lastAt = r;
  m->lastDemand = inference + training;
  return m->lastDemand;
}

static double excessAt(Month *m, double r) { return demandAt(m, r) - utilizationAt(&m->curve, r) * m->fleetHours; }

/* MarketClearing (compute-market.ts): one solver per run, which learns the market's slope from
 * month to month. Newton step from last month's price with the slope expected from the last two
 * months', accepted within the tolerance, else geometric widening
 * until the root is bracketed, then Illinois regula falsi, in x = ln r. */
typedef struct {
  double rental;
  int rationed;
  long evaluations, budget;
  double slope, lastX, lastG, prevX, prevG, slopeBefore;
} Clearing;

static double clearingG(Clearing *cl, Month *m, double x) {
  cl->evaluations++;
  double value = excessAt(m, exp(x));
  cl->prevX = cl->lastX;
  cl->prevG = cl->lastG;
  cl->lastX = x;
  cl->lastG = value;
  return value;
}

static double towardsFloor(double x, double step, double lnFloor, double floor) {
  double down = x - fabs(step);
  if (down > lnFloor) return down;
  return log(0.5 * (exp(x) + floor));
}

static void clearingDone(Clearing *cl, double x, int rationed) {
  cl->rental = exp(x);
  cl->rationed = rationed;
}

/* searchStart (compute-market.ts): last month's price moved on along the last three months' path. */
static double searchStart(double last, double before, double beforeThat) {
  double change = last / before;
  double previousChange = before / beforeThat;
  if (!(change > 0.5 && change < 2 && previousChange > 0.5 && previousChange < 2)) return last;
  double projected = change * (change / previousChange);
  return projected > 0.5 && projected < 2 ? last * projected : last;
}

/* widened (compute-market.ts): the next step towards a bracket, by the secant, at most WIDEN times. */
static double widened(double step, double nearX, double gNear, double farX, double gFar) {
  double approach = fabs(gFar) - fabs(gNear);
  double ahead = approach > 0 ? (fabs(gNear) * fabs(nearX - farX)) / approach : INFINITY;
  double size = fabs(step);
  double next = ahead > 0 && ahead < WIDEN * size ? 1.1 * ahead + 1e-9 : WIDEN * size;
  return step > 0 ? next : -next;
}

/* expectedSlope (market-clearing.ts): last month's slope carried on along its trend. */
static double expectedSlope(double last, double before) {
  double next = 2 * last - before;
  double ratio = next / last;
  return ratio > 0.5 && ratio < 2 ? next : last;
}

/* cleared (market-clearing.ts): next month's slope from the last two evaluations, then done. */
static void clearingCleared(Clearing *cl, double x, double scale) {
  if (scale > 0 && cl->prevX != cl->lastX) {
    double slope = (cl->lastG - cl->prevG) / (cl->lastX - cl->prevX) / scale;
    if (slope < 0 && isfinite(slope)) {
      cl->slopeBefore = cl->slope;
      cl->slope = slope;
    }
  }
  clearingDone(cl, x, 0);
}

static void clearingSolve(Clearing *cl, Month *m, double guess, double floor, double limit, double scale,
                          double rationAt) {
  cl->budget = cl->evaluations + MAX_EVALUATIONS;
  double lnFloor = floor > 0 ? log(floor) : -INFINITY;
  double lnLimit = log(limit);
  double x0 = guess > floor ? log(guess) : log(floor + 1e-6);
  if (x0 > lnLimit) x0 = lnLimit;
  double g0 = clearingG(cl, m, x0);
  double tolerance = HOURS_TOLERANCE * (scale > 0 ? scale : fabs(g0));
  if (fabs(g0) <= tolerance) {
    clearingDone(cl, x0, 0);
    return;
  }
  double step = -g0 / (expectedSlope(cl->slope, cl->slopeBefore) * (scale > 0 ? scale : 1));
  if (!(fabs(step) <= FIRST_STEP)) step = step > 0 ? FIRST_STEP : -FIRST_STEP;
  if (fabs(step) < 1e-9) step = step > 0 ? 1e-9 : -1e-9;
  double a, ga, b, gb;
  if (g0 > 0) {
    a = x0;
    ga = g0;
    b = jsMin(x0 + step, lnLimit);
    gb = clearingG(cl, m, b);
    while (gb > tolerance && b < lnLimit && cl->evaluations < cl->budget) {
      step = widened(step, b, gb, a, ga);
      a = b;
      ga = gb;
      b = jsMin(b + step, lnLimit);
      gb = clearingG(cl, m, b);
    }
    if (gb > tolerance || (gb > 0 && b >= lnLimit)) {
      /* no price clears: ration at r(ū) */
      cl->rental = rationAt;
      cl->rationed = 1;
      return;
    }
    if (gb >= -tolerance) {
      clearingCleared(cl, b, scale);
      return;
    }
  } else {
    b = x0;
    gb = g0;
    a = towardsFloor(x0, step, lnFloor, floor);
    ga = clearingG(cl, m, a);
    while (ga < -tolerance && cl->evaluations < cl->budget) {
      step = widened(step, a, ga, b, gb);
      b = a;
      gb = ga;
      a = towardsFloor(a, step, lnFloor, floor);
      ga = clearingG(cl, m, a);
    }
    if (fabs(ga) <= tolerance) {
      clearingCleared(cl, a, scale);
      return;
    }
  }
  int side = 0;
  double c = ga == 0 ? a : b;
  double gc = ga == 0 ? 0 : gb;
  while (gc != 0 && b - a > LN_TOLERANCE && cl->evaluations < cl->budget) {
    c = (a * gb - b * ga) / (gb - ga);
    if (!(c > a && c < b)) c = 0.5 * (a + b);
    gc = clearingG(cl, m, c);
    if (gc > 0) {
      a = c;
      ga = gc;
      if (side == 1) gb *= 0.5;
      side = 1;
    } else {
      b = c;
      gb = gc;
      if (side == -1) ga *= 0.5;
      side = -1;
    }
    if (fabs(gc) <= tolerance) break;
  }
  clearingCleared(cl, c, scale);
}

/* ---- run-model.ts, every channel on ---- */
static Totals runModel(const Params *p, const Tiers *tiers, int curveCode, int T, Series *s, Month *m,
                       double *deliveries, double *atPremium) {
  int n = tiers->count;
  int shockAt = HISTORY_MONTHS + (int)p->shockMonth;
  double rampRate = p->challengerShareMonths > 0 ? ATANH_HALF / p->challengerShareMonths : INFINITY;
  double rampStep = isfinite(rampRate) ? tanh_(rampRate) : 1;

  double tasksStep = monthly(p->tasksPerUserGrowthPerYear);
  double tokensPerTaskStep = monthly(p->tokensPerTaskGrowthPerYear);
  double qualityStep = monthly(p->qualityGrowthPerYear);
  double algorithmicStep = 1 / monthly(p->algorithmicGainPerYear);
  double hardwareStep = 1 / monthly(p->hardwareGainPerYear);
  double trainingStep = monthly(p->trainingGrowthPerYear);
  double ceilingStep = monthly(p->supplyCeilingGrowthPerYear);
  /* damped trends after the vintage, as run-model.ts */
  double damping = exp(-LN2 / (12 * p->trendHalfLifeYears));
  int dampFrom = HISTORY_MONTHS + 2;
  const double lnTasks = log(tasksStep), lnTokensPerTask = log(tokensPerTaskStep), lnQuality = log(qualityStep),
               lnTraining = log(trainingStep);
  double bassP = p->bassInnovationPerYear / 12, bassQ = p->bassImitationPerYear / 12;
  m->n = n;
  m->lagAlpha = p->demandLagMonths > 0 ? 1 - exp(-1 / p->demandLagMonths) : 1;
  m->theta = p->priceStickinessMonths > 0 ? 1 - exp(-1 / p->priceStickinessMonths) : 1;
  double retireShare = 1 / (p->gpuLifetimeYears * 12);
  m->demand.curve = curveCode;
  m->demand.sigma = p->reservationSigma;
  m->demand.cachedEps = NAN;

  double h0[MAX_TIERS], taskShare0[MAX_TIERS], other0[MAX_TIERS], markup[MAX_TIERS], pi0[MAX_TIERS];
  double frontierHours = (p->flopsPerToken * 1e6) / (p->gpuPeakFlops * p->inferenceUtilization * SECONDS_PER_HOUR);
  double shareSum = 0, tasksPerToken = 0;
  for (int i = 0; i < n; i++) shareSum += tiers->tokenShare[i];
  for (int i = 0; i < n; i++) {
    h0[i] = frontierHours * tiers->computeRatio[i];
    taskShare0[i] = tiers->tokenShare[i] / shareSum / tiers->tokensPerTask[i];
    tasksPerToken += taskShare0[i];
  }
  for (int i = 0; i < n; i++) taskShare0[i] /= tasksPerToken;
  double tasks0 = p->tokensPerMonth * tasksPerToken / 1;

  double normalU = p->fleetUtilization, maxU = p->maxUtilization;
  int elasticSupply = p->scarcityExponent == 0;
  SupplyCurve supply = {p->rentalPriceFloor,
                        capitalCostPerHour(p->gpuCapexPerGpu, p->costOfCapital, p->gpuLifetimeYears, normalU,
                                           HOURS_PER_YEAR),
                        normalU, maxU, p->scarcityExponent};
  double u0 = elasticSupply ? normalU : jsMin(p->initialUtilization, maxU);
  double r0 = rentalAt(&supply, u0);
  double inferenceHours0 = 0;
  for (int i = 0; i < n; i++) {
    double computeCost = h0[i] * r0;
    other0[i] = (computeCost * (1 - p->computeCostShare)) / p->computeCostShare;
    double c = computeCost + other0[i];
    double mk = c > 0 ? tiers->listPrice[i] / c - 1 : 0;
    markup[i] = mk > 0 ? mk : 0;
    pi0[i] = (tiers->listPrice[i] * tiers->tokensPerTask[i]) / tiers->quality[i];
    inferenceHours0 += tasks0 * taskShare0[i] * tiers->tokensPerTask[i] * h0[i] * 1e-6;
  }
  cesWeights(&m->ces, n, taskShare0, pi0, p->substitutionElasticity);
  double budget0 = p->trainingGpuHoursPerMonth * r0;
  double trainingExponent = 1 - p->trainingRebound;
  double fullUseFactor = elasticSupply ? 1 : power(maxU / normalU, p->scarcityExponent);
  double fleet = (inferenceHours0 + p->trainingGpuHoursPerMonth) / (u0 * HOURS_PER_MONTH);

  /* investment */
  int L = p->leadTimeMonths > 1 ? (int)p->leadTimeMonths : 1;
  double expectationMonths = p->expectationMonths, tilt = p->profitabilityTilt;
  double adjustment = p->investmentAdjustmentMonths;
  for (int j = 0; j < T + L + 1; j++) deliveries[j] = 0;
  double expectedGrowth = log(p->demandGrowthExpectedStart) / 12;
  double ceiling = p->supplyCeilingStart;
  {
    double c = ceiling;
    for (int j = 0; j < L && j < T + L + 1; j++) {
      double steady = fleet * (retireShare + expectedGrowth) * exp(expectedGrowth * j);
      deliveries[j] = steady > 0 ? jsMin(steady, c) : 0;
      c *= ceilingStep;
    }
  }
  double pending = 0;
  for (int j = 1; j < L; j++) pending += deliveries[j];
  /* deliveries weighted by the scarcity premium of their orders; those placed before the start paid list */
  for (int j = 0; j < T + L + 1; j++) atPremium[j] = deliveries[j];
  double premiumMax = p->gpuScarcityPremiumMax;
  double survivalOverLead = power(1 - retireShare, L);
  double ceilingGrowthOverLead = power(ceilingStep, L);
  double shellPerH100e = p->datacenterCapexPerKw * p->powerPerH100eKw;

  for (int i = 0; i < n; i++) m->prevPrice[i] = tiers->listPrice[i];
  double adoption = p->adoptionStartShare, adoption0 = adoption;
  m->lagged = 1;
  m->lastLagged = 1;
  m->lastAt = NAN;
  Clearing clearing = {0, 0, 0, 0, -1, NAN, 0, NAN, 0, NAN};
  double tasksTrend = 1, tokensPerTaskTrend = 1, qualityTrend = 1, algorithmicTrend = 1, hardwareTrend = 1;
  double trainingTrend = 1, ramp = 0, lastRental = r0, prevRental = r0, prevPrevRental = r0, prevDemandHours = 0;
  m->curve = supply;

  Totals tot = {0, 0, 0, 0, 0, 0, 0, 0};
  for (int t = 0; t < T; t++) {
    if (t > shockAt) ramp = (ramp + rampStep) / (1 + ramp * rampStep);
    else if (t == shockAt && rampStep == 1) ramp = 1;
    double effRamp = ramp;
    m->eta = p->elasticity;

    double efficiencyFactor = 1 - p->challengerShareMax * (1 - p->challengerFlopsRatio) * effRamp;
    double qualityRamp = ramp;
    double frontierQuality = tiers->quality[0] * qualityTrend;
    for (int i = 0; i < n; i++) {
      m->h[i] = h0[i] * algorithmicTrend * efficiencyFactor;
      m->other[i] = other0[i] * algorithmicTrend;
      m->k[i] = tiers->tokensPerTask[i] * tokensPerTaskTrend;
      double qi = tiers->quality[i] * qualityTrend;
      m->q[i] = qi + tiers->qualityShock[i] * p->qualityShock * qualityRamp * (frontierQuality - qi);
      m->mu[i] = markup[i] * (1 - p->incumbentResponse * ramp);
    }
    m->scale = tasks0 * (adoption / adoption0) * tasksTrend;
    m->trainingBudget = budget0 * trainingTrend;
    double trainEff = 1 - p->trainingEfficiencyAdoption * (1 - p->trainingEfficiencyRatio) * effRamp;
    m->trainFactor = trainEff == 1 || trainingExponent == 0 ? 1 : power(trainEff, trainingExponent);

    double priceH100e = p->gpuCapexPerGpu * hardwareTrend;
    double rentalFloor = p->rentalPriceFloor * hardwareTrend;
    double capital = capitalCostPerHour(priceH100e, p->costOfCapital, p->gpuLifetimeYears, normalU, HOURS_PER_YEAR);
    m->curve.floor = rentalFloor;
    m->curve.capital = capital;
    double userCost = rentalFloor + capital;

    double rental, demanded;
    int rationed = 0;
    if (elasticSupply) {
      rental = userCost;
      demanded = demandAt(m, rental);
      fleet = demanded / (normalU * HOURS_PER_MONTH);
      m->fleetHours = fleet * HOURS_PER_MONTH;
    } else {
      m->fleetHours = fleet * HOURS_PER_MONTH;
      clearingSolve(&clearing, m, searchStart(lastRental, prevRental, prevPrevRental), rentalFloor,
                    RENTAL_SEARCH_LIMIT, m->fleetHours, rentalFloor + capital * fullUseFactor);
      rationed = clearing.rationed;
      rental = clearing.rental;
      /* The solver's last evaluation is usually at the root; evaluate again only when it is not. */
      demanded = rental == m->lastAt ? m->lastDemand : demandAt(m, rental);
    }
    double fleetHours = m->fleetHours;
    double capacity = elasticSupply ? demanded : maxU * fleetHours;
    double served = rationed || demanded > capacity ? capacity : demanded;
    double servedShare = demanded > 0 ? served / demanded : 1;
    double shortage = 1 - servedShare > SHORTAGE_EPSILON ? 1 - servedShare : 0;
    double utilization = fleetHours > 0 ? served / fleetHours : 0;
    prevPrevRental = prevRental;
    prevRental = lastRental;
    lastRental = rental;

    double tokensDemanded = 0, revenue = 0;
    for (int i = 0; i < n; i++) {
      double tokens = m->lastTasks * m->shares[i] * m->k[i];
      tokensDemanded += tokens;
      double tokensServed = tokens * servedShare;
      revenue += tiers->paidShare[i] * m->price[i] * tokensServed * 1e-6;
      m->prevPrice[i] = m->price[i];
    }
    double tokensServed = tokensDemanded * servedShare;
    double value = rental * served;

    double delivered = elasticSupply ? jsMax(0, fleet - (t > 0 ? s->fleetH100e[t - 1] * (1 - retireShare) : fleet))
                                     : deliveries[t];
    double orders = 0, premium = 1;
    if (!elasticSupply) {
      if (t > 0 && prevDemandHours > 0 && demanded > 0) {
        expectedGrowth = expectedGrowth + (log(demanded / prevDemandHours) - expectedGrowth) / expectationMonths;
      }
      double ceilingAtDelivery = ceiling * ceilingGrowthOverLead;
      double tiltFactor = tilt == 0 ? 1 : power(rental / userCost, tilt);
      double desired =
          (demanded * exp(expectedGrowth * L) * tiltFactor) / (normalU * HOURS_PER_MONTH);
      double projected = fleet * survivalOverLead + pending;
      double o = desired * retireShare + (desired - projected) / adjustment;
      orders = !(o > 0) ? 0 : (o < ceilingAtDelivery ? o : ceilingAtDelivery);
      /* investment.ts scarcityPremium: the GPU price ÷ list at which orders wanted meet the ceiling */
      if (o > ceilingAtDelivery && premiumMax > 1) {
        double capitalShare = capital / userCost;
        if (tilt == 0 || !(capitalShare > 0)) {
          premium = premiumMax;
        } else {
          double costAtCap = 1 + capitalShare * (premiumMax - 1);
          double desiredAtCap = desired * power(costAtCap, -tilt);
          double wantedAtCap = desiredAtCap * retireShare + (desiredAtCap - projected) / adjustment;
          if (!(wantedAtCap < ceilingAtDelivery)) {
            premium = premiumMax;
          } else {
            double cleared = (ceilingAtDelivery + projected / adjustment) / (retireShare + 1 / adjustment);
            double costRatio = power(desired / cleared, 1 / tilt);
            double pr = 1 + (costRatio - 1) / capitalShare;
            premium = pr < 1 ? 1 : pr > premiumMax ? premiumMax : pr;
          }
        }
      }
      deliveries[t + L] += orders;
      atPremium[t + L] += orders * premium;
      pending += orders - (L > 1 ? deliveries[t + 1] : orders);
    }
    double chipCapex = (elasticSupply ? delivered : atPremium[t]) * priceH100e;
    double shellCapex = delivered * shellPerH100e * hardwareTrend;

    s->tokensDemanded[t] = tokensDemanded;
    s->tokensServed[t] = tokensServed;
    s->pricePaid[t] = tokensServed > 0 ? (revenue * 1e6) / tokensServed : 0;
    s->priceIndex[t] = exp(m->lastLnIndex);
    s->rentalPrice[t] = rental;
    s->userCost[t] = userCost;
    s->utilization[t] = utilization;
    s->fleetH100e[t] = fleet;
    s->capacityHours[t] = capacity;
    s->inferenceHours[t] = m->lastInference * servedShare;
    s->trainingHours[t] = m->lastTraining * servedShare;
    s->servedHours[t] = served;
    s->demandedHours[t] = demanded;
    s->orders[t] = orders;
    s->deliveries[t] = delivered;
    s->supplyCeiling[t] = ceiling;
    s->gpuPrice[t] = priceH100e * premium;
    s->capexChips[t] = chipCapex;
    s->capexShell[t] = shellCapex;
    s->capex[t] = chipCapex + shellCapex;
    s->computeValue[t] = value;
    s->revenue[t] = revenue;
    s->shortageShare[t] = shortage;
    s->adoption[t] = adoption;

    if (t >= shockAt) {
      tot.servedHours += served;
      tot.computeValue += value;
      tot.capex += chipCapex + shellCapex;
      tot.revenue += revenue;
      tot.tokensServed += tokensServed;
    }
    if (shortage > tot.peakShortage) tot.peakShortage = shortage;

    m->lagged = m->lastLagged;
    prevDemandHours = demanded;
    /* adoption.ts */
    double next = adoption + (bassP + bassQ * adoption) * (1 - adoption);
    adoption = next > 1 ? 1 : next;
    /* a damped trend's monthly rate is its first rate × damping^(months since the vintage) */
    double damp = t >= dampFrom ? power(damping, t - dampFrom + 1) : 1;
    tasksTrend *= damp == 1 ? tasksStep : exp(lnTasks * damp);
    tokensPerTaskTrend *= damp == 1 ? tokensPerTaskStep : exp(lnTokensPerTask * damp);
    qualityTrend *= damp == 1 ? qualityStep : exp(lnQuality * damp);
    algorithmicTrend *= algorithmicStep;
    hardwareTrend *= hardwareStep;
    trainingTrend *= damp == 1 ? trainingStep : exp(lnTraining * damp);
    ceiling *= ceilingStep;
    if (!elasticSupply) fleet = fleet * (1 - retireShare) + deliveries[t + 1];
  }
  tot.finalFleet = fleet;
  tot.evaluations = clearing.evaluations;
  return tot;
}

/* ---- input ---- */
static int setParam(Params *p, const char *name, double value) {
#define SET(field)                   \
  if (strcmp(name, #field) == 0) {   \
    p->field = value;                \
    return 1;                        \
  }
  PARAMS(SET)
#undef SET
  return 0;
}

static double *tierField(Tiers *t, const char *name) {
  if (strcmp(name, "tier.listPrice") == 0) return t->listPrice;
  if (strcmp(name, "tier.tokenShare") == 0) return t->tokenShare;
  if (strcmp(name, "tier.computeRatio") == 0) return t->computeRatio;
  if (strcmp(name, "tier.tokensPerTask") == 0) return t->tokensPerTask;
  if (strcmp(name, "tier.quality") == 0) return t->quality;
  if (strcmp(name, "tier.paidShare") == 0) return t->paidShare;
  if (strcmp(name, "tier.qualityShock") == 0) return t->qualityShock;
  return NULL;
}

/* The process's CPU time (as the bench's default clock) or wall time ("cpuClock 0"). */
static int cpuClock = 1;
static double now(void) {
  struct timespec ts;
  clock_gettime(cpuClock ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(void) {
#ifdef DET_MATH
  initPow2();
#endif
  Params p;
  memset(&p, 0, sizeof p);
  Tiers tiers;
  memset(&tiers, 0, sizeof tiers);
  int curve = 0, printSeries = 0;
  double minMs = 100;
  static char line[65536];
  while (fgets(line, sizeof line, stdin)) {
    char name[128];
    int used = 0;
    if (sscanf(line, "%127s%n", name, &used) != 1) continue;
    char *rest = line + used;
    if (strncmp(name, "table.", 6) == 0) {
#ifdef DET_MATH
      int size = 0;
      double *table = detMathTable(name + 6, &size);
      if (!table) {
        fprintf(stderr, "c-loop: unknown table %s\n", name);
        return 2;
      }
      int count = 0, k;
      double v;
      while (count < size && sscanf(rest, "%lf%n", &v, &k) == 1) {
        table[count++] = v;
        rest += k;
      }
#endif
      continue;
    }
    double *field = tierField(&tiers, name);
    if (field) {
      int count = 0, k;
      double v;
      while (count < MAX_TIERS && sscanf(rest, "%lf%n", &v, &k) == 1) {
        field[count++] = v;
        rest += k;
      }
      tiers.count = count;
      continue;
    }
    double value;
    if (sscanf(rest, "%lf", &value) != 1) {
      fprintf(stderr, "c-loop: no value for %s\n", name);
      return 2;
    }
    if (strcmp(name, "curve") == 0) curve = (int)value;
    else if (strcmp(name, "series") == 0) printSeries = (int)value;
    else if (strcmp(name, "minMs") == 0) minMs = value;
    else if (strcmp(name, "cpuClock") == 0) cpuClock = (int)value;
    else if (strcmp(name, "const.hoursPerMonth") == 0) HOURS_PER_MONTH = value;
    else if (strcmp(name, "const.hoursPerYear") == 0) HOURS_PER_YEAR = value;
    else if (strcmp(name, "const.historyMonths") == 0) HISTORY_MONTHS = (int)value;
    else if (strcmp(name, "const.rentalSearchLimit") == 0) RENTAL_SEARCH_LIMIT = value;
    else if (!setParam(&p, name, value)) {
      fprintf(stderr, "c-loop: unknown parameter %s\n", name);
      return 2;
    }
  }
  int T = HISTORY_MONTHS + (int)p.horizonMonths;
  Series s;
  double *storage = calloc((size_t)SERIES_COUNT * T, sizeof(double));
  double **columns = (double **)&s;
  for (int i = 0; i < SERIES_COUNT; i++) columns[i] = storage + (size_t)i * T;
  double *deliveries = calloc((size_t)T + 64, sizeof(double));
  double *atPremium = calloc((size_t)T + 64, sizeof(double));
  Month m;
  memset(&m, 0, sizeof m);

  Totals tot = runModel(&p, &tiers, curve, T, &s, &m, deliveries, atPremium);
  /* Timing: batches of at least minMs / 4, the median of seven. */
  int batch = 1;
  for (;;) {
    double t0 = now();
    for (int i = 0; i < batch; i++) runModel(&p, &tiers, curve, T, &s, &m, deliveries, atPremium);
    if (now() - t0 >= minMs * 1e6 / 4) break;
    batch *= 2;
  }
  double times[7];
  for (int r = 0; r < 7; r++) {
    double t0 = now();
    for (int i = 0; i < batch; i++) tot = runModel(&p, &tiers, curve, T, &s, &m, deliveries, atPremium);
    times[r] = (now() - t0) / batch / T;
  }
  qsort(times, 7, sizeof times[0], compare);
  printf("nsPerMonth %.3f\n", times[3]);
  printf("months %d\n", T);
  printf("cumulativeServedHours %.17g\n", tot.servedHours);
  printf("cumulativeComputeValue %.17g\n", tot.computeValue);
  printf("cumulativeCapex %.17g\n", tot.capex);
  printf("cumulativeRevenue %.17g\n", tot.revenue);
  printf("cumulativeTokensServed %.17g\n", tot.tokensServed);
  printf("peakShortageShare %.17g\n", tot.peakShortage);
  printf("finalFleetH100e %.17g\n", tot.finalFleet);
  printf("clearingEvaluations %ld\n", tot.evaluations);
  if (printSeries) {
    for (int i = 0; i < SERIES_COUNT; i++) {
      printf("series.%s", SERIES_NAMES[i]);
      for (int t = 0; t < T; t++) printf(" %.17g", columns[i][t]);
      printf("\n");
    }
  }
  free(storage);
  free(deliveries);
  free(atPremium);
  return 0;
}
