/* ctest: the encoder's z-score without a division per sample (zscore in stampenc.c) gives the
 * bits of (v - mean) / sd rounded once to float: on random values across exponents, on the
 * edges (0, NaN, overflow, subnormal quotients), and on values built to land within a few units
 * of a halfway point between two floats, where the product by the reciprocal and the quotient
 * round differently unless the division takes over there. */
#define STAMPENC_TEST_ZSCORE /* compiled on every core, not only where doubles are soft */
#include "../src/stampenc.c"

#include <math.h>

#include "check.h"

static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}
static double uniform(void) { return (double)(next() >> 11) * 0x1p-53; }             /* [0, 1) */
static double scaled(int lo, int hi) { return ldexp(uniform() * 2.0 - 1.0, lo + (int)(next() % (uint64_t)(hi - lo + 1))); }

static int same(float a, float b) {
    uint32_t x, y;
    memcpy(&x, &a, 4);
    memcpy(&y, &b, 4);
    return x == y || (a != a && b != b);
}

static unsigned wrong, product_differs;

/* the encoder's divisor and reciprocal for a stored std, as stampenc_init makes them */
static void one(double v, double mean, float sdf) {
    const double sd = sdf > 0.0f ? (double)sdf : 1.0, inv = sdf > 0.0f ? 1.0 / (double)sdf : 1.0;
    const float want = (float)((v - mean) / sd);
    if (!same(zscore(v, mean, sd, inv), want)) wrong++;
    if (!same((float)((v - mean) * inv), want)) product_differs++;
}

int main(void) {
    unsigned i;
    int k;
    for (i = 0; i < 2000000u; i++) one((double)(float)scaled(-30, 30), scaled(-30, 30), (float)fabs(scaled(-20, 20)));
    CHECK(wrong == 0);
    /* near halfway points: z is the midpoint m between a float and the next, and mean is chosen
     * so that v - mean is m sd to the last few bits of a double */
    for (i = 0; i < 200000u; i++) {
        const float f = (float)scaled(-20, 20), sd = (float)fabs(scaled(-10, 10)), v = (float)scaled(-10, 10);
        const double m = ((double)f + (double)nextafterf(f, INFINITY)) / 2.0;
        double mean = (double)v - m * (double)sd;
        for (k = 0; k < 4; k++) mean = nextafter(mean, -INFINITY);
        for (k = 0; k <= 8; k++) { /* mean, and so the quotient, a few units either side */
            one((double)v, mean, sd);
            mean = nextafter(mean, INFINITY);
        }
    }
    CHECK(wrong == 0);
    CHECK(product_differs > 0); /* the cases above do reach the division */
    /* edges: zero, the sign of zero, NaN, a zero std, huge and tiny quotients */
    one(0.0, 0.0, 1.0f);
    one(-0.0, 0.0, 2.0f);
    one(1.5, 1.5, 0.25f);
    one(NAN, 0.0, 1.0f);
    one(3.0, 1.0, 0.0f);
    one(1e38, -1e308, 1e-30f);
    one(1e-38, 0.0, 1e30f);
    one(1e-30, 0.0, 3e37f);
    one(1e-45, 0.0, 1e-45f);
    one(3.0e38, 0.0, 1.0e-38f);
    CHECK(wrong == 0);
    if (failures) {
        fprintf(stderr, "%u of the z-scores differ from the division\n", wrong);
        return 1;
    }
    printf("zscore: %u products would have rounded differently; every z-score equals the division's\n",
           product_differs);
    return 0;
}
