/* The engine's monthly loop (scenario mode, constant elasticity) in C, for `npm run bench`:
 * the same equations and stores as src/engine/run-model.ts, so the bench can show how close the
 * TypeScript engine comes to native code. Parameters arrive on argv in the order of PARAMS in
 * scripts/bench/c-reference.ts; prints "<ns per month> <cumulative GPU spend demanded>". */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { NSERIES = 17 };

static double run(const double *a, int T, double **s) {
  double shockMonth = a[0], shareMax = a[1], shareMonths = a[2], ratio = a[3], response = a[4];
  double P0 = a[5], decline = a[6], Q0 = a[7], eps = a[8], lag = a[9], ceiling = a[10], mid = a[11];
  double taskGrowth = a[12], flops0 = a[13], flopsRatio = a[14], algo = a[15], peak = a[16], util = a[17];
  double hw = a[18], cost = a[19], training0 = a[20], trainingGrowth = a[21], trainingRatio = a[22];
  double adopt = a[23], capexPerGpu = a[24], lifetime = a[25], fleetUtil = a[26], fleetGrowth = a[27];
  double rampStep = shareMonths > 0 ? tanh(0.5493061443340549 / shareMonths) : 1;
  double priceStep = 1 / pow(decline, 1.0 / 12), trendStep = pow(decline, eps / 12);
  double tokensStep = pow(taskGrowth, 1.0 / 12), flopsStep = 1 / pow(algo, 1.0 / 12);
  double invHwStep = 1 / pow(hw, 1.0 / 12), trainingStep = pow(trainingGrowth, 1.0 / 12);
  double fleetStep = pow(fleetGrowth, 1.0 / 12), retire = 1 / (lifetime * 12);
  double k = 4 / mid, sigma0 = 1 / (1 + exp(k * mid)), adoptScale = (ceiling - 1) / (1 - sigma0);
  double adoptExp = exp(k * mid), adoptExpStep = exp(-k), alpha = lag > 0 ? 1 - exp(-1 / lag) : 1;
  double invPeak = 1 / (peak * 3600), hoursPerGpu = 730.5 * fleetUtil;
  double fleet = (Q0 * flops0 / (peak * util * 3600) + training0) / hoursPerGpu;
  double priceInc = P0, tasks = 1, flopsInc = flops0, invHw = 1, trainingTrend = training0, tokens = Q0;
  double trend = 1, lastMix = 1, mixPower = 1, ramp = 0, cum = 0;
  for (int t = 0; t < T; t++) {
    if (t > shockMonth) ramp = (ramp + rampStep) / (1 + ramp * rampStep);
    else if (t == shockMonth && rampStep == 1) ramp = 1;
    double share = shareMax * ramp, incFactor = 1 - response * (1 - ratio) * ramp;
    double mix = (1 - share) * incFactor + share * ratio, price = priceInc * mix;
    double adoption = 1 + adoptScale * (1 / (1 + adoptExp) - sigma0);
    adoptExp *= adoptExpStep;
    if (mix != lastMix) { lastMix = mix; mixPower = exp(-eps * log(mix)); }
    tokens += (Q0 * trend * mixPower * adoption * tasks - tokens) * alpha;
    trend *= trendStep;
    double flops = flopsInc * (1 - share * (1 - flopsRatio));
    double inf = tokens * flops * invPeak * invHw / util;
    double tr = trainingTrend * (1 - adopt * (1 - trainingRatio) * ramp);
    double needed = (inf + tr) / hoursPerGpu, survivors = fleet * (1 - retire), cap = fleet * fleetStep;
    double next = needed < survivors ? survivors : fmin(needed, cap), bought = next - survivors;
    fleet = next;
    double capacity = fleet * hoursPerGpu, trServed = fmin(tr, capacity), infServed = fmin(inf, capacity - trServed);
    double unserved = inf - infServed, shortage = unserved > 1e-12 * inf ? unserved / inf : 0;
    double served = shortage == 0 ? tokens : tokens * (infServed / inf);
    double spend = (infServed + trServed) * cost, revenue = price * served * 1e-6;
    double v[NSERIES] = {priceInc * incFactor, ratio * priceInc, price, share, tokens, served, shortage, flops, inf,
                         tr, needed, fleet, capacity, spend, bought * capexPerGpu, revenue,
                         revenue > 0 ? 1 - infServed * cost / revenue : 0};
    for (int i = 0; i < NSERIES; i++) s[i][t] = v[i];
    cum += (inf + tr) * cost;
    priceInc *= priceStep; tasks *= tokensStep; flopsInc *= flopsStep; invHw *= invHwStep; trainingTrend *= trainingStep;
  }
  return cum;
}

int main(int argc, char **argv) {
  if (argc < 30) { fprintf(stderr, "usage: c-loop T p0 … p27\n"); return 2; }
  int T = atoi(argv[1]);
  double a[28];
  for (int i = 0; i < 28; i++) a[i] = atof(argv[i + 2]);
  double *s[NSERIES];
  for (int i = 0; i < NSERIES; i++) s[i] = malloc(sizeof(double) * T);
  double cum = run(a, T, s);
  struct timespec t0, t1;
  double best = 1e30;
  for (int r = 0; r < 7; r++) {
    int n = 20000;
    volatile double sink = 0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < n; i++) sink += run(a, T, s);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ns = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / n / T;
    if (ns < best) best = ns;
  }
  printf("%.3f %.17g\n", best, cum);
  return 0;
}
