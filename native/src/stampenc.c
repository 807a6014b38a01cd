/* stampenc: see include/stampenc.h. C99, no allocation, no globals (only const tables).
 *
 * The arithmetic is docs/MODEL.md, "Encoding", the format docs/FORMAT.md (version 2); the Python
 * reference is codec/stampcodec/runtime/encoder.py and container.py. The numeric kernels live in
 * stampenc_kernels.inc, compiled once per arithmetic path (float, double). */
#include "stampenc.h"

#if defined(STAMPENC_NO_SIMD) && !defined(STAMPENC_NO_AVX)
#define STAMPENC_NO_AVX /* no SIMD at all: not the AVX copies either */
#endif

#include <math.h>
#include <string.h>

#include "stampdec.h" /* stampdec_crc32: one CRC for both directions */

#define STATE_MAGIC 0x53544e45u /* "ENTS" */
#define FIXED_HEADER 37
#define FLAG_RATE 0x04
#define FLAG_MEAN64 0x10
#define FRAME_MASK 0x01
#define FRAME_MASK_SHARED 0x04
#define EC_INCREMENT 16u
#define EC_LIMIT 8192u
#define EC_MAX_SYMBOLS 4096u
#define EC_TOP (1u << 24)
#define EC_GROUP 16u
#define VALUE_LIMIT 1e38 /* the format's sample limit: the std is stored as float32 */
#define FACTOR_ONE 16u   /* resampling factor 1, in sixteenths */
#define FACTOR_MAX 4080u /* 255 */

struct stampenc {
    uint32_t magic;
    const stampenc_model *m;
    uint16_t channels, rows, ca, hop;
    uint8_t arith, entropy, normalization, flushed;
    uint8_t bits; /* ceil(log2 V) */
    uint32_t block, frame_samples, held;
    uint64_t pushed;
    double sample_rate, time_origin;
    /* byte offsets from the state's start, so a state may be moved with memcpy */
    uint32_t mean_at;   /* double[C] */
    uint32_t std_at;    /* float[C] */
    uint32_t inv_at;    /* double[C]: 1 / the divisor of the z-score */
    uint32_t factor_at; /* uint16[C]: each channel's resampling factor F = 16 r */
    uint32_t kernel_at; /* uint32[C]: where each channel's decimation kernel is (0: F = 16) */
    uint32_t full_at;   /* float[F]: a channel at its full rate before decimation (0: none resampled) */
    uint32_t frame_at;  /* float[F C]: normalized samples as pushed, NaN = missing */
    uint32_t tokens_at; /* uint16[rows x tokens per frame row]: scale-major, then row, then time */
    uint32_t coder_at;  /* uint16[V counts + V/16 group sums] */
    uint32_t row_at;    /* float[Ca F]: the row being encoded, gaps filled and padded */
    uint32_t work_at;   /* the kernels' workspace (real-typed) */
    uint32_t row_tokens[STAMPENC_MAX_SCALES]; /* tokens of one row at scale s in a full frame */
};

static size_t align8(size_t n) { return (n + 7u) & ~(size_t)7u; }
static void *at(const stampenc *e, uint32_t off) { return (void *)((uint8_t *)(uintptr_t)e + off); }

#define TILE 4u  /* tokens that share each weight load (stampenc_kernels.inc) */
#define BLOCK 8u /* tokens per pipeline block: a 256-sample frame's finest scale in one */

/* Rows of the correlation and hidden rings: a block, the two rows its 3-tap neighbours reach back
 * to, and one more for the last block, whose h1 stage also takes the token the previous block left
 * (so BLOCK + 1 hidden rows are written while the two before them are still to be read); or a
 * frame's whole finest scale when that is one block (no wrap, so no spare rows). */
static size_t ring_rows(const stampenc_model *m, uint32_t frame) {
    const size_t n = frame / ((size_t)m->scales[m->n_scales - 1u] * (m->atom_length / 2u)); /* coarse to fine */
    return n <= BLOCK ? (n ? n : 1u) : BLOCK + 3u;
}

/* A zero row, read where a convolution tap or a tile position falls outside the tokens. */
static size_t zero_len(const stampenc_model *m) {
    size_t n = m->n_atoms > m->hidden ? m->n_atoms : m->hidden;
    return n > m->atom_length ? n : m->atom_length;
}

#include "stampenc_panels.inc"

/* Workspace, in REAL units, for frames of F samples: |codeword|^2 (V), a zero row, one codeword
 * waveform (Ca L), the correlation and hidden rings (ring_rows() x (K + H)), a tile's second
 * hidden rows and activations (4 H + 4 K), the reconstruction (Ca F), the pooled residual with
 * L/4 zeros each side, later the overlap-add line (Ca (F + L/2)); the double path also a double
 * copy of the row (Ca F), which the float path reads in place, its packed weights (after |c|^2),
 * a tile's codeword scores (4 V) and every codeword's waveform (V Ca L). */
static size_t work_reals(const stampenc_model *m, uint32_t frame, int f64) {
    size_t ca = m->atom_channels, f = frame, l = m->atom_length;
    return (size_t)m->codebook_size + zero_len(m) + ca * l + ring_rows(m, frame) * ((size_t)m->n_atoms + m->hidden) +
           TILE * ((size_t)m->hidden + m->n_atoms) + ca * f + ca * (f + l / 2u) +
           (f64 ? ca * f + (packed_floats(m) + 1u) / 2u + TILE * (size_t)m->codebook_size +
                      (size_t)m->codebook_size * ca * l
                : 0u);
}

/* --- numeric kernels, one copy per path -------------------------------------------------- */

#ifndef STAMPENC_NO_F32
/* A portable erf for the float path: exp by range reduction and a polynomial, erfc by the
 * Chebyshev fit of Numerical Recipes (fractional error < 1.2e-7). Only +, *, / and bit moves,
 * so every IEEE-754 single-precision unit computes the same bits, and no libm is needed. */
static float exp_f32(float x) {
    float r, p, scale;
    int32_t k;
    uint32_t bits;
    if (x < -87.0f) return 0.0f;
    if (x > 88.0f) x = 88.0f;
    k = (int32_t)(x * 1.44269504f + (x < 0.0f ? -0.5f : 0.5f)); /* nearest integer to x / ln 2 */
    r = x - (float)k * 0.693145752f; /* ln 2 in two parts: the first exact in float */
    r = r - (float)k * 1.42860677e-6f;
    p = 1.0f + r * (1.0f + r * (0.5f + r * (0.166666672f + r * (0.0416666679f + r * (0.00833333377f +
                                                                                     r * 0.00138888892f)))));
    bits = (uint32_t)(k + 127) << 23; /* 2^k, -126 <= k <= 127 here; no libm needed */
    memcpy(&scale, &bits, 4);
    return p * scale;
}

static float erf_f32(float x) {
    float z = x < 0.0f ? -x : x, t = 1.0f / (1.0f + 0.5f * z), c;
    c = t * exp_f32(-z * z - 1.26551223f +
                    t * (1.00002368f +
                         t * (0.37409196f +
                              t * (0.09678418f +
                                   t * (-0.18628806f +
                                        t * (0.27886807f +
                                             t * (-1.13520398f +
                                                  t * (1.48851587f + t * (-0.82215223f + t * 0.17087277f)))))))));
    return x < 0.0f ? c - 1.0f : 1.0f - c;
}

#endif
#ifndef STAMPENC_NO_F32
static float gelu_f32(float x) { return 0.5f * x * (1.0f + erf_f32(x * 0.707106781f)); }
static void gelu_row_f32(float *x, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) x[i] = gelu_f32(x[i]);
}
#endif
#ifndef STAMPENC_NO_F64
/* erf in double without libm's, which costs 11-17 ns an element on x86-64 (scipy's was 15% of
 * the numpy encoder's time). Two generated tables (stampenc_erf.inc, from scripts/gen_erf_table.py):
 * for |t| < 1/2, where about 90% of the encoder's inputs fall, the Maclaurin series in t^2, which
 * has no lookups and vectorizes; beyond, the degree-9 Taylor polynomial about the nearest
 * sixteenth. Truncation below 1.5e-17 relative, so within about one ulp of the true erf. Only +
 * and * (and fabs, copysign), so with -ffp-contract=off every IEEE-754 double unit gives the same
 * bits, vectorized or not. */
#include "stampenc_erf.inc"
#define ERF_BATCH 32u /* elements per pass: enough independent Horner chains to hide the latency */
#define INV_SQRT2 (1.0 / sqrt(2.0)) /* numpy's 1.0 / math.sqrt(2.0): both correctly rounded */

/* 1/2 <= |z|, or NaN. t - c is exact (Sterbenz: c/2 <= t <= 2c). */
#ifdef __GNUC__
__attribute__((always_inline)) /* also into the AVX copy: calling out of it was 4x slower at -O2 */
#endif
static inline double erf_far(double z) {
    const double t = fabs(z), c = t < ERF_LIMIT ? t : ERF_LIMIT; /* NaN: the limit, then passed on */
    const int i = (int)(c * 16.0 + 0.5);
    const double *a = ERF_TAYLOR[i], d = c - (double)i * 0.0625;
    double v = a[9];
    int k;
    for (k = 8; k >= 0; k--) v = v * d + a[k];
    return t < ERF_LIMIT ? copysign(v, z) : t >= ERF_LIMIT ? copysign(1.0, z) : z;
}

/* GELU as torch computes it (approximate='none'), in the numpy reference's order of operations:
 * (0.5 x) (1 + erf(x / sqrt 2)). n <= ERF_BATCH. */
#ifdef __GNUC__
/* GCC and Clang: the series in explicit four-lane vectors, so that it runs vectorized at any
 * optimization level (two SSE2 operations per vector, one AVX operation in the copy below). */
typedef double erf_v4 __attribute__((vector_size(32)));
typedef double erf_v4u __attribute__((vector_size(32), aligned(8), may_alias)); /* loads and stores */
typedef long long erf_m4 __attribute__((vector_size(32)));                      /* lane masks */
#define ERF_VECS (ERF_BATCH / 4u)

__attribute__((always_inline)) static inline void gelu_batch(double *x, size_t n) {
    double buf[ERF_BATCH], e[ERF_BATCH];
    erf_v4 xv[ERF_VECS], z[ERF_VECS], s[ERF_VECS], v[ERF_VECS];
    erf_m4 far = {0, 0, 0, 0}; /* lanes with t^2 >= 1/4 or NaN */
    const double *src = x;
    size_t q;
    int k;
    if (n < ERF_BATCH) { /* a short last batch: the rest of the lanes compute erf(0) */
        memcpy(buf, x, n * sizeof *x);
        memset(buf + n, 0, (ERF_BATCH - n) * sizeof *x);
        src = buf;
    }
    for (q = 0; q < ERF_VECS; q++) {
        xv[q] = *(const erf_v4u *)(src + 4u * q);
        z[q] = xv[q] * INV_SQRT2;
        s[q] = z[q] * z[q];
        far |= (erf_m4)(s[q] >= ERF_SPLIT * ERF_SPLIT) | (erf_m4)(s[q] != s[q]);
    }
    for (q = 0; q < ERF_VECS; q++) { /* one vector's chain in a register; out-of-order cores overlap the next */
        erf_v4 acc = s[q] * ERF_SERIES[11] + ERF_SERIES[10];
        for (k = 9; k >= 0; k--) acc = acc * s[q] + ERF_SERIES[k];
        v[q] = acc * z[q];
    }
    if (far[0] != 0 || far[1] != 0 || far[2] != 0 || far[3] != 0) {
        memcpy(e, v, sizeof e);
        for (q = 0; q < ERF_BATCH; q++) {
            const double zq = src[q] * INV_SQRT2;
            if (!(zq * zq < ERF_SPLIT * ERF_SPLIT)) e[q] = erf_far(zq);
        }
        memcpy(v, e, sizeof e);
    }
    if (n == ERF_BATCH) {
        for (q = 0; q < ERF_VECS; q++) *(erf_v4u *)(x + 4u * q) = 0.5 * xv[q] * (1.0 + v[q]);
    } else {
        for (q = 0; q < ERF_VECS; q++) v[q] = 0.5 * xv[q] * (1.0 + v[q]);
        memcpy(x, v, n * sizeof *x);
    }
}
#else
static void gelu_batch(double *x, size_t n) {
    size_t q;
    for (q = 0; q < n; q++) {
        const double z = x[q] * INV_SQRT2, s = z * z;
        double v = ERF_SERIES[11];
        int k;
        if (s < ERF_SPLIT * ERF_SPLIT) { /* the vector version's test: the same lanes take the series */
            for (k = 10; k >= 0; k--) v = v * s + ERF_SERIES[k];
            v *= z;
        } else {
            v = erf_far(z);
        }
        x[q] = 0.5 * x[q] * (1.0 + v);
    }
}
#endif

static void gelu_batches(double *x, size_t n) {
    size_t i;
    for (i = 0; i < n; i += ERF_BATCH) gelu_batch(x + i, n - i < ERF_BATCH ? n - i : ERF_BATCH);
}

#if defined(__GNUC__) && defined(__x86_64__) && !defined(STAMPENC_NO_AVX)
/* The same operations four lanes wide (no FMA: the same bits), chosen at run time. */
__attribute__((target("avx"))) static void gelu_batches_avx(double *x, size_t n) {
    size_t i;
    for (i = 0; i < n; i += ERF_BATCH) gelu_batch(x + i, n - i < ERF_BATCH ? n - i : ERF_BATCH);
}
#endif

void stampenc_gelu(double *x, size_t n) {
#if defined(__GNUC__) && defined(__x86_64__) && !defined(STAMPENC_NO_AVX)
    if (__builtin_cpu_supports("avx")) {
        gelu_batches_avx(x, n);
        return;
    }
#endif
    gelu_batches(x, n);
}
#endif

/* SSE2 (every x86-64) for the four-way dot products of stampenc_kernels.inc: the same lanes, so
 * the same bits as the portable loops. STAMPENC_NO_SIMD leaves it out. */
#if defined(__SSE2__) && !defined(STAMPENC_NO_SIMD)
#define STAMPENC_SSE2 1
#include <emmintrin.h>

#ifndef STAMPENC_NO_F32
static float hsum_f32(__m128 v) { /* (s0 + s1) + (s2 + s3) */
    float l[4];
    _mm_storeu_ps(l, v);
    return (l[0] + l[1]) + (l[2] + l[3]);
}

static void dot4_sse2_f32(const float *w, const float *const *x, size_t n, float *out) {
    __m128 s0 = _mm_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    size_t i;
    for (i = 0; i < n; i += 4) {
        __m128 a = _mm_loadu_ps(w + i);
        s0 = _mm_add_ps(s0, _mm_mul_ps(a, _mm_loadu_ps(x[0] + i)));
        s1 = _mm_add_ps(s1, _mm_mul_ps(a, _mm_loadu_ps(x[1] + i)));
        s2 = _mm_add_ps(s2, _mm_mul_ps(a, _mm_loadu_ps(x[2] + i)));
        s3 = _mm_add_ps(s3, _mm_mul_ps(a, _mm_loadu_ps(x[3] + i)));
    }
    out[0] = hsum_f32(s0);
    out[1] = hsum_f32(s1);
    out[2] = hsum_f32(s2);
    out[3] = hsum_f32(s3);
}

#endif

#ifndef STAMPENC_NO_F64
static double hsum_f64(__m128d lo, __m128d hi) { /* lanes 0, 1 and 2, 3 */
    double l[4];
    _mm_storeu_pd(l, lo);
    _mm_storeu_pd(l + 2, hi);
    return (l[0] + l[1]) + (l[2] + l[3]);
}

#if defined(__GNUC__) && defined(__x86_64__) && !defined(STAMPENC_NO_AVX)
/* AVX holds the four double lanes in one register: the same sums, twice the width. Chosen at run
 * time (GCC and Clang), so the library still runs on any x86-64. */
#include <immintrin.h>
#define STAMPENC_AVX 1

__attribute__((target("avx"))) static void dot4_avx_f64(const float *w, const double *const *x, size_t n,
                                                         double *out) {
    __m256d s[4];
    double l[4];
    size_t i, q;
    for (q = 0; q < 4; q++) s[q] = _mm256_setzero_pd();
    for (i = 0; i < n; i += 4) {
        __m256d a = _mm256_cvtps_pd(_mm_loadu_ps(w + i));
        for (q = 0; q < 4; q++) s[q] = _mm256_add_pd(s[q], _mm256_mul_pd(a, _mm256_loadu_pd(x[q] + i)));
    }
    for (q = 0; q < 4; q++) {
        _mm256_storeu_pd(l, s[q]);
        out[q] = (l[0] + l[1]) + (l[2] + l[3]);
    }
}

/* With FMA (Haswell on): fused multiply-adds and two accumulators per vector, so eight chains hide
 * the adder's latency. The double path's sums then differ from the other x86 paths' in the last
 * bits, which only matters at exact ties (its tokens are the numpy encoder's, whose BLAS fuses too). */
__attribute__((target("avx2,fma"))) static void dot4_fma_f64(const float *w, const double *const *x, size_t n,
                                                              double *out) {
    __m256d s[4], t[4];
    double l[4];
    size_t i = 0, q;
    for (q = 0; q < 4; q++) s[q] = t[q] = _mm256_setzero_pd();
    for (; i + 8 <= n; i += 8) {
        __m256d a = _mm256_cvtps_pd(_mm_loadu_ps(w + i)), b = _mm256_cvtps_pd(_mm_loadu_ps(w + i + 4));
        for (q = 0; q < 4; q++) {
            s[q] = _mm256_fmadd_pd(a, _mm256_loadu_pd(x[q] + i), s[q]);
            t[q] = _mm256_fmadd_pd(b, _mm256_loadu_pd(x[q] + i + 4), t[q]);
        }
    }
    for (; i < n; i += 4) {
        __m256d a = _mm256_cvtps_pd(_mm_loadu_ps(w + i));
        for (q = 0; q < 4; q++) s[q] = _mm256_fmadd_pd(a, _mm256_loadu_pd(x[q] + i), s[q]);
    }
    for (q = 0; q < 4; q++) {
        _mm256_storeu_pd(l, _mm256_add_pd(s[q], t[q]));
        out[q] = (l[0] + l[1]) + (l[2] + l[3]);
    }
}
#else
#define STAMPENC_AVX 0
#endif

static void dot4_sse2_f64(const float *w, const double *const *x, size_t n, double *out) {
    __m128d lo[4], hi[4];
    size_t i, q;
#if STAMPENC_AVX
    if (__builtin_cpu_supports("fma") && __builtin_cpu_supports("avx2")) {
        dot4_fma_f64(w, x, n, out);
        return;
    }
    if (__builtin_cpu_supports("avx")) {
        dot4_avx_f64(w, x, n, out);
        return;
    }
#endif
    for (q = 0; q < 4; q++) lo[q] = hi[q] = _mm_setzero_pd();
    for (i = 0; i < n; i += 4) {
        __m128 a = _mm_loadu_ps(w + i);
        __m128d al = _mm_cvtps_pd(a), ah = _mm_cvtps_pd(_mm_movehl_ps(a, a));
        for (q = 0; q < 4; q++) {
            lo[q] = _mm_add_pd(lo[q], _mm_mul_pd(al, _mm_loadu_pd(x[q] + i)));
            hi[q] = _mm_add_pd(hi[q], _mm_mul_pd(ah, _mm_loadu_pd(x[q] + i + 2)));
        }
    }
    for (q = 0; q < 4; q++) out[q] = hsum_f64(lo[q], hi[q]);
}
#endif /* STAMPENC_NO_F64 */
#else
#define STAMPENC_SSE2 0
#endif

#ifndef STAMPENC_NO_F32
#define REAL float
#define REAL_IS_DOUBLE 0
#define KN(name) name##_f32
#define GELU_ROW gelu_row_f32
#include "stampenc_kernels.inc"
#undef REAL
#undef REAL_IS_DOUBLE
#undef KN
#undef GELU_ROW
#endif
#ifndef STAMPENC_NO_F64
#define REAL double
#define REAL_IS_DOUBLE 1
#define KN(name) name##_f64
#define GELU_ROW stampenc_gelu
#include "stampenc_kernels.inc"
#undef REAL
#undef REAL_IS_DOUBLE
#undef KN
#undef GELU_ROW
#endif
#include "stampenc_fixed.inc"

/* --- errors, sizes, init ------------------------------------------------------------------ */

const char *stampenc_strerror(int code) {
    switch (code) {
    case STAMPENC_OK: return "ok";
    case STAMPENC_ERR_ARG: return "invalid argument";
    case STAMPENC_ERR_MODEL: return "inconsistent model tables, or none for the arithmetic path asked for";
    case STAMPENC_ERR_CONFIG: return "a configuration the format or the model cannot take";
    case STAMPENC_ERR_CAPACITY: return "output buffer too small";
    case STAMPENC_ERR_VALUE: return "an infinite sample, or one past +-1e38";
    case STAMPENC_ERR_STATE: return "called out of order";
    case STAMPENC_ERR_UNSUPPORTED: return "an arithmetic path left out of this build";
    default: return "unknown error";
    }
}

uint32_t stampenc_version(void) { return STAMPENC_VERSION; }

static int model_ok(const stampenc_model *m) {
    unsigned i;
    if (!m || m->n_scales < 1 || m->n_scales > STAMPENC_MAX_SCALES || m->atom_length < 4 || m->atom_length % 4 ||
        m->codebook_size < 2 || m->atom_channels < 1 || m->n_atoms < 1 || m->hidden < 1 || m->mode > 1)
        return 0;
    if (m->mode == 0 && m->atom_channels != 1) return 0;
    for (i = 0; i < m->n_scales; i++)
        if (m->scales[i] < 1 || m->scales[0] % m->scales[i] || (i && m->scales[i] >= m->scales[i - 1])) return 0;
    return 1;
}

static int has_float(const stampenc_model *m) {
    return m->dictionary && m->w0 && m->b0 && m->w1 && m->b1 && m->w2 && m->b2 && m->codebook;
}

/* The fixed tables are complete, and no int32 sum can overflow: at most 3 x max(K, H) or Ca L
 * products of an int8 and an int16 each (< 2^22). */
static int has_fixed(const stampenc_model *m) {
    const stampenc_fixed *f = m->fixed;
    size_t terms = 3u * (m->n_atoms > m->hidden ? m->n_atoms : m->hidden), i;
    if (!f || !f->dictionary || !f->w0 || !f->w1 || !f->w2 || !f->codebook || !f->b0 || !f->b1 || !f->b2 ||
        !f->rq0 || !f->rq1 || !f->rq2 || !f->sh0 || !f->sh1 || !f->sh2 || !f->code_sq || !f->cb_mult ||
        !f->wave_mult || !f->gelu || f->sh_c < 1 || f->sh_c > 62 || f->sh_wave < 1 || f->sh_wave > 62)
        return 0;
    if (terms < (size_t)m->atom_channels * m->atom_length) terms = (size_t)m->atom_channels * m->atom_length;
    if (terms > 500u || m->n_atoms % 4u || m->hidden % 4u) return 0; /* dot lengths in whole groups of four */
    for (i = 0; i < m->hidden; i++)
        if (f->sh0[i] < 1 || f->sh0[i] > 62 || f->sh1[i] < 1 || f->sh1[i] > 62) return 0;
    for (i = 0; i < m->n_atoms; i++)
        if (f->sh2[i] < 1 || f->sh2[i] > 62) return 0;
    return 1;
}

static uint32_t block_of(const stampenc_model *m) { return (uint32_t)m->scales[0] * (m->atom_length / 2u); }

/* --- resampled channels (docs/FORMAT.md, "Resampling": the encoder's half) ---------------- */

static uint16_t factor_of(const stampenc_config *c, uint16_t i) { return c->factors ? c->factors[i] : (uint16_t)FACTOR_ONE; }

/* the first channel with channel i's factor: channels that share a factor share its kernel */
static uint16_t first_with_factor(const stampenc_config *c, uint16_t i) {
    uint16_t j = 0;
    while (factor_of(c, j) != factor_of(c, i)) j++;
    return j;
}

static int any_resampled(const stampenc_config *c) {
    uint16_t i;
    for (i = 0; i < c->channels; i++)
        if (factor_of(c, i) != FACTOR_ONE) return 1;
    return 0;
}

/* A factor's kernel: the sums of each phase's weights (double[16]), their reciprocals in float
 * (float[16]), then g(j / 16) for j = 0..8F (float). */
#define KERNEL_INV 128u /* bytes before the reciprocals */
#define KERNEL_G 192u   /* bytes before g */
static size_t kernel_bytes(uint32_t f) { return align8(KERNEL_G + 4u * (8u * (size_t)f + 1u)); }

/* Samples a frame of m samples codes at factor F: ceil(16 m / F). */
static uint32_t coded_length(uint32_t m, uint32_t f) { return (uint32_t)((16u * (uint64_t)m + f - 1u) / f); }

/* The kernel's pieces at init, without libm (bare-metal builds link none) and with no division
 * in their loops (a soft-float division costs a Cortex-M about 500 instructions):
 *   i0_of_square(q) = I0(2 sqrt(q)) = sum_k q^k / (k!)^2 to k = 30 (past k = 20 the terms are
 *   below 1e-17 relative for the window's q <= 9);
 *   sin_pi(y) = sin(pi y), y brought within 1/2 of zero (sin(pi y) = (-1)^k sin(pi (y - k))),
 *   then the Taylor series to x^21 (below 1e-17 for |x| <= pi / 2). */
static const double INV_SQUARES[31] = {
    0.0, 1.0, 1.0 / 4.0, 1.0 / 9.0, 1.0 / 16.0, 1.0 / 25.0, 1.0 / 36.0, 1.0 / 49.0, 1.0 / 64.0, 1.0 / 81.0,
    1.0 / 100.0, 1.0 / 121.0, 1.0 / 144.0, 1.0 / 169.0, 1.0 / 196.0, 1.0 / 225.0, 1.0 / 256.0, 1.0 / 289.0,
    1.0 / 324.0, 1.0 / 361.0, 1.0 / 400.0, 1.0 / 441.0, 1.0 / 484.0, 1.0 / 529.0, 1.0 / 576.0, 1.0 / 625.0,
    1.0 / 676.0, 1.0 / 729.0, 1.0 / 784.0, 1.0 / 841.0, 1.0 / 900.0};
static const double INV_SIN_STEPS[11] = { /* 1 / ((2i) (2i + 1)) */
    0.0, 1.0 / 6.0, 1.0 / 20.0, 1.0 / 42.0, 1.0 / 72.0, 1.0 / 110.0, 1.0 / 156.0, 1.0 / 210.0, 1.0 / 272.0,
    1.0 / 342.0, 1.0 / 420.0};

static double i0_of_square(double q) {
    double term = 1.0, sum = 1.0;
    unsigned k;
    for (k = 1; k <= 30u; k++) {
        term *= q * INV_SQUARES[k];
        sum += term;
    }
    return sum;
}

static double sin_pi(double y) {
    const int32_t k = (int32_t)(y + (y >= 0.0 ? 0.5 : -0.5)); /* |y| <= 8 here */
    const double x = 3.14159265358979323846 * (y - (double)k), x2 = x * x;
    double term = x, sum = x;
    unsigned i;
    for (i = 1; i <= 10u; i++) {
        term *= -x2 * INV_SIN_STEPS[i];
        sum += term;
    }
    return k % 2 ? -sum : sum;
}

/* stampcodec.resample.decimate's low-pass at factor r = F / 16: a Kaiser-windowed sinc (beta 6,
 * cutoff 0.9 / (2 r) cycles per sample, half-length 8 r). A coded sample stands at a multiple of
 * 1/16 and its taps at integers, so every tap is the kernel g at some j / 16, |j| <= 8F: one
 * table of 8F + 1 values serves every output, and each output's weights sum to its phase's
 * total (its time mod 1, in sixteenths), by which it is divided, as decimate normalizes. The
 * window I0(beta sqrt(1 - u^2)) / I0(beta) is i0_of_square((beta / 2)^2 (1 - u^2)): no root. */
static void make_kernel(uint32_t f, uint8_t *table) {
    const double r = (double)f / 16.0, cutoff = 0.9 / (2.0 * r), inv_half = 1.0 / (8.0 * r), inv_pi = 0.31830988618379067154,
                 inv_i0_beta = 1.0 / i0_of_square(9.0);
    const int32_t width = (int32_t)(f + 1u) / 2, reach = 8 * (int32_t)f; /* ceil(8 r) taps either side */
    double *norm = (double *)(void *)table;
    float *inv = (float *)(void *)(table + KERNEL_INV), *g = (float *)(void *)(table + KERNEL_G);
    int32_t j, k;
    for (j = 0; j <= reach; j++) {
        const double dt = (double)j * 0.0625, x = 2.0 * cutoff * dt, u = dt * inv_half, a = 1.0 - u * u;
        const double sinc = j == 0 ? 1.0 : sin_pi(x) * inv_pi / x;
        g[j] = (float)(2.0 * cutoff * sinc * i0_of_square(9.0 * (a > 0.0 ? a : 0.0)) * inv_i0_beta);
    }
    for (j = 0; j < 16; j++) {
        double sum = 0.0;
        for (k = -width - 1; k <= width; k++) {
            const int32_t at_j = j + 16 * k, mag = at_j < 0 ? -at_j : at_j;
            if (mag <= reach) sum += (double)g[mag];
        }
        norm[j] = sum;
        inv[j] = (float)(1.0 / sum);
    }
}

static int32_t floor_div16(int32_t v) { return v >= 0 ? v / 16 : -((15 - v) / 16); }

/* The n = ceil(16 m / F) coded samples of a row of m: sample i is the kernel's weighted mean of
 * the row around time i F / 16, the frame's edges mirrored (x1 x0 | x0 .. x[m-1] | x[m-1] x[m-2],
 * as often as the taps reach), the taps summed in time order. The double path sums in double, as
 * numpy does (so its coded samples agree with numpy's to the float kernel's rounding); the float
 * and fixed-point paths in float, which an M4F's FPU does in hardware (double is soft float there).
 * Away from the edges the taps need no mirror, and the kernel index falls by 16 a tap up to the
 * sample's time and rises after it: two plain loops. */
#define DECIMATE_TAPS(ACC, T)                                                                                      \
    do {                                                                                                           \
        if (lo >= 0 && hi < len) {                                                                                 \
            const int32_t mid = base < hi ? base : hi;                                                             \
            for (t = lo; t <= mid; t++) ACC += (T)g[time - 16 * t] * (T)x[t];                                      \
            for (; t <= hi; t++) ACC += (T)g[16 * t - time] * (T)x[t];                                             \
        } else {                                                                                                   \
            for (t = lo; t <= hi; t++) {                                                                           \
                const int32_t j = time - 16 * t;                                                                   \
                int32_t u = t;                                                                                     \
                while (u < 0 || u >= len) u = u < 0 ? -u - 1 : 2 * len - 1 - u;                                    \
                ACC += (T)g[j < 0 ? -j : j] * (T)x[u];                                                             \
            }                                                                                                      \
        }                                                                                                          \
    } while (0)
static void decimate_row(const float *x, uint32_t m, uint32_t f, const uint8_t *table, int in_double, float *out) {
    const double *norm = (const double *)(const void *)table;
    const float *inv = (const float *)(const void *)(table + KERNEL_INV), *g = (const float *)(const void *)(table + KERNEL_G);
    /* 32-bit throughout (times < 16 m <= 2^24): no 64-bit division, a library call on a Cortex-M */
    const int32_t width = (int32_t)(f + 1u) / 2, reach = 8 * (int32_t)f, len = (int32_t)m;
    const uint32_t n = coded_length(m, f);
    uint32_t i;
    for (i = 0; i < n; i++) {
        const int32_t time = (int32_t)(i * f), base = time >> 4, phase = time & 15; /* in sixteenths */
        /* decimate's taps base - width .. base + width + 1, less those past the kernel's reach */
        const int32_t lo = base - width > -floor_div16(reach - time) ? base - width : -floor_div16(reach - time),
                      hi = base + width + 1 < floor_div16(time + reach) ? base + width + 1 : floor_div16(time + reach);
        int32_t t;
        if (in_double) {
            double acc = 0.0;
            DECIMATE_TAPS(acc, double);
            out[i] = (float)(acc / norm[phase]);
        } else {
            float acc = 0.0f;
            DECIMATE_TAPS(acc, float);
            out[i] = acc * inv[phase];
        }
    }
}
#undef DECIMATE_TAPS

static int config_ok(const stampenc_model *m, const stampenc_config *c) {
    uint16_t i;
    uint32_t b = block_of(m);
    if (!c || c->channels < 1 || c->frame_samples < b || c->frame_samples % b ||
        c->frame_samples > STAMPENC_MAX_FRAME_SAMPLES ||
        (uint64_t)c->frame_samples * c->channels > STAMPENC_MAX_FRAME_VALUES || c->arithmetic > STAMPENC_Q ||
        c->normalization > 1 || c->entropy > 1)
        return 0;
    if (m->mode == 1 && c->channels != m->atom_channels) return 0;
    if (c->arithmetic == STAMPENC_Q ? !has_fixed(m) : !has_float(m)) return 0; /* the path's tables */
    if (c->normalization == 1) {
        if (!c->mean || !c->std) return 0;
        for (i = 0; i < c->channels; i++)
            if (!(fabs(c->mean[i]) <= 1e308) || !(c->std[i] >= 0.0f) || !(c->std[i] <= 3.4e38f)) return 0;
    }
    if (c->sample_rate != 0.0 && !(c->sample_rate > 0.0 && c->sample_rate <= 1e300 && fabs(c->time_origin) <= 1e300))
        return 0;
    if (c->factors)
        for (i = 0; i < c->channels; i++)
            if (c->factors[i] < FACTOR_ONE || c->factors[i] > FACTOR_MAX || (m->mode == 1 && c->factors[i] != c->factors[0]))
                return 0;
    return 1;
}

typedef struct {
    size_t mean, std, inv, factor, kernel, tables, full, frame, tokens, coder, row, work, total;
} layout;

static layout plan(const stampenc_model *m, const stampenc_config *c) {
    layout l;
    size_t rows = m->mode == 0 ? c->channels : 1u, tokens = 0, real = c->arithmetic == STAMPENC_F64 ? 8u : 4u;
    unsigned i;
    for (i = 0; i < m->n_scales; i++) tokens += c->frame_samples / ((size_t)m->scales[i] * (m->atom_length / 2u));
    l.mean = align8(sizeof(struct stampenc));
    l.std = l.mean + align8(8u * c->channels);
    l.inv = l.std + align8(4u * c->channels);
    l.factor = l.inv + align8(8u * c->channels);
    l.kernel = l.factor + align8(2u * c->channels);
    l.tables = l.kernel + align8(4u * c->channels);
    l.full = l.tables;
    for (i = 0; i < c->channels; i++) /* one kernel per distinct factor */
        if (factor_of(c, (uint16_t)i) != FACTOR_ONE && first_with_factor(c, (uint16_t)i) == i)
            l.full += kernel_bytes(factor_of(c, (uint16_t)i));
    l.frame = l.full + (any_resampled(c) ? align8(4u * (size_t)c->frame_samples) : 0u);
    l.tokens = l.frame + align8(4u * (size_t)c->frame_samples * c->channels);
    l.coder = l.tokens + align8(2u * tokens * rows);
    l.row = l.coder + align8(2u * ((size_t)m->codebook_size + (m->codebook_size + EC_GROUP - 1u) / EC_GROUP));
    l.work = l.row + align8(4u * (size_t)m->atom_channels * c->frame_samples);
    l.total = l.work + align8(c->arithmetic == STAMPENC_Q ? work_bytes_q(m, c->frame_samples)
                                                         : real * work_reals(m, c->frame_samples, c->arithmetic == STAMPENC_F64));
    return l;
}

size_t stampenc_state_size(const stampenc_model *m, const stampenc_config *c) {
    layout l;
    if (!model_ok(m) || !config_ok(m, c)) return 0;
    l = plan(m, c);
    return l.total > 0xFFFFFFFFu ? 0 : l.total;
}

int stampenc_init(stampenc *e, size_t bytes, const stampenc_model *m, const stampenc_config *c) {
    layout l;
    uint16_t i;
    unsigned s;
    if (!e || ((uintptr_t)e % STAMPENC_STATE_ALIGN)) return STAMPENC_ERR_ARG;
    if (bytes >= sizeof(uint32_t)) e->magic = 0; /* a failed init leaves no usable stream behind */
    if (!model_ok(m)) return STAMPENC_ERR_MODEL;
    if (c && c->arithmetic <= STAMPENC_Q && (c->arithmetic == STAMPENC_Q ? !has_fixed(m) : !has_float(m)))
        return STAMPENC_ERR_MODEL; /* the tables of the path asked for are missing */
    if (!config_ok(m, c)) return STAMPENC_ERR_CONFIG;
#ifdef STAMPENC_NO_F64
    if (c->arithmetic == STAMPENC_F64) return STAMPENC_ERR_UNSUPPORTED;
#endif
#ifdef STAMPENC_NO_F32
    if (c->arithmetic == STAMPENC_F32) return STAMPENC_ERR_UNSUPPORTED;
#endif
    l = plan(m, c);
    if (bytes < l.total) return STAMPENC_ERR_ARG;
    memset(e, 0, sizeof(*e));
    e->m = m;
    e->channels = c->channels;
    e->rows = m->mode == 0 ? c->channels : 1u;
    e->ca = m->atom_channels;
    e->hop = (uint16_t)(m->atom_length / 2u);
    e->arith = c->arithmetic;
    e->entropy = c->entropy;
    e->normalization = c->normalization;
    e->block = block_of(m);
    e->frame_samples = c->frame_samples;
    e->sample_rate = c->sample_rate;
    e->time_origin = c->sample_rate != 0.0 ? c->time_origin : 0.0;
    for (e->bits = 1; (1u << e->bits) < m->codebook_size; e->bits++) {
    }
    e->mean_at = (uint32_t)l.mean;
    e->std_at = (uint32_t)l.std;
    e->inv_at = (uint32_t)l.inv;
    e->factor_at = (uint32_t)l.factor;
    e->kernel_at = (uint32_t)l.kernel;
    e->full_at = l.frame > l.full ? (uint32_t)l.full : 0u;
    e->frame_at = (uint32_t)l.frame;
    e->tokens_at = (uint32_t)l.tokens;
    e->coder_at = (uint32_t)l.coder;
    e->row_at = (uint32_t)l.row;
    e->work_at = (uint32_t)l.work;
    for (s = 0; s < m->n_scales; s++) e->row_tokens[s] = c->frame_samples / ((uint32_t)m->scales[s] * e->hop);
#ifndef STAMPENC_NO_F64
    if (e->arith == STAMPENC_F64) prepare_f64(m, at(e, e->work_at));
#endif
#ifndef STAMPENC_NO_F32
    if (e->arith == STAMPENC_F32) prepare_f32(m, at(e, e->work_at));
#endif
    for (i = 0; i < c->channels; i++) {
        ((double *)at(e, e->mean_at))[i] = c->normalization ? c->mean[i] : 0.0;
        ((float *)at(e, e->std_at))[i] = c->normalization ? c->std[i] : 1.0f;
        ((double *)at(e, e->inv_at))[i] = c->normalization && c->std[i] > 0.0f ? 1.0 / (double)c->std[i] : 1.0;
    }
    {
        size_t next = l.tables;
        uint16_t *factor = (uint16_t *)at(e, e->factor_at);
        uint32_t *kernel = (uint32_t *)at(e, e->kernel_at);
        for (i = 0; i < c->channels; i++) {
            factor[i] = factor_of(c, i);
            if (factor[i] == FACTOR_ONE) {
                kernel[i] = 0;
            } else if (first_with_factor(c, i) < i) {
                kernel[i] = kernel[first_with_factor(c, i)];
            } else {
                kernel[i] = (uint32_t)next;
                make_kernel(factor[i], (uint8_t *)at(e, kernel[i]));
                next += kernel_bytes(factor[i]);
            }
        }
    }
    e->magic = STATE_MAGIC;
    return STAMPENC_OK;
}

static int live(const stampenc *e) { return e && e->magic == STATE_MAGIC; }

uint64_t stampenc_samples(const stampenc *e) { return live(e) ? e->pushed : 0; }

/* --- bytes ---------------------------------------------------------------------------------- */

static void wr16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void wr32(uint8_t *p, uint32_t v) { wr16(p, v & 0xFFFFu); wr16(p + 2, v >> 16); }
static void wr64(uint8_t *p, uint64_t v) { wr32(p, (uint32_t)v); wr32(p + 4, (uint32_t)(v >> 32)); }
static void wrf64(uint8_t *p, double d) { uint64_t u; memcpy(&u, &d, 8); wr64(p, u); }
static void wrf32(uint8_t *p, float f) { uint32_t u; memcpy(&u, &f, 4); wr32(p, u); }

static size_t varint_size(uint64_t v) {
    size_t n = 1;
    while (v >= 0x80u) { v >>= 7; n++; }
    return n;
}

static size_t wr_varint(uint8_t *p, uint64_t v) {
    size_t n = 0;
    while (v >= 0x80u) { p[n++] = (uint8_t)(v | 0x80u); v >>= 7; }
    p[n++] = (uint8_t)v;
    return n;
}

/* --- header --------------------------------------------------------------------------------- */

size_t stampenc_header_size(const stampenc *e) {
    if (!live(e)) return 0;
    return FIXED_HEADER + 1u + e->m->n_scales + (e->normalization ? 12u * e->channels : 0u) + 2u * e->channels +
           (e->sample_rate != 0.0 ? 17u : 0u) + 4u;
}

int stampenc_header(const stampenc *e, uint64_t length, uint8_t *out, size_t cap, size_t *written) {
    const stampenc_model *m;
    size_t n, p;
    uint16_t i;
    if (!live(e) || !out || !written) return STAMPENC_ERR_ARG;
    *written = 0;
    m = e->m;
    n = stampenc_header_size(e);
    /* the stream's length: at least what was pushed (a header written first names what will come) */
    if (length < 1 || length < e->pushed || (length + e->frame_samples - 1u) / e->frame_samples > 0xFFFFFFFFu)
        return STAMPENC_ERR_ARG;
    if (cap < n) return STAMPENC_ERR_CAPACITY;
    memcpy(out, "STMP", 4);
    out[4] = STAMPENC_FORMAT_VERSION;
    out[5] = (uint8_t)((e->sample_rate != 0.0 ? FLAG_RATE : 0) | (e->normalization ? FLAG_MEAN64 : 0));
    wr16(out + 6, (uint32_t)n);
    memcpy(out + 8, m->model_id, 8);
    out[16] = m->mode;
    out[17] = m->n_scales;
    wr16(out + 18, m->codebook_size - 1u);
    wr16(out + 20, m->atom_length);
    wr16(out + 22, e->channels);
    wr32(out + 24, e->frame_samples);
    wr64(out + 28, length);
    out[36] = e->normalization;
    out[37] = m->n_scales; /* every scale is coded */
    p = 38;
    for (i = 0; i < m->n_scales; i++) out[p++] = m->scales[i];
    if (e->normalization)
        for (i = 0; i < e->channels; i++, p += 12) {
            wrf64(out + p, ((const double *)at(e, e->mean_at))[i]);
            wrf32(out + p + 8, ((const float *)at(e, e->std_at))[i]);
        }
    for (i = 0; i < e->channels; i++, p += 2) wr16(out + p, ((const uint16_t *)at(e, e->factor_at))[i]);
    if (e->sample_rate != 0.0) {
        wrf64(out + p, e->sample_rate);
        wrf64(out + p + 8, e->time_origin);
        out[p + 16] = 0; /* time kind: numbers */
        p += 17;
    }
    wr32(out + p, stampdec_crc32(out, p));
    *written = n;
    return STAMPENC_OK;
}

/* --- frames --------------------------------------------------------------------------------- */

static uint32_t frame_blocks(const stampenc *e, uint32_t m) { return (m + e->block - 1u) / e->block; }

static size_t packed_bytes(uint64_t count, unsigned bits) { return (size_t)((count * bits + 7u) / 8u); }

static size_t mask_bound(const stampenc *e, uint32_t m) { return (size_t)e->channels * (3u + 6u * (size_t)m); }

/* Every segment of a frame of m samples bit-packed, with its length field: the most it takes
 * (a range-coded segment is only kept when shorter). */
static size_t segments_bound(const stampenc *e, uint32_t m) {
    size_t n = 0;
    uint32_t k = frame_blocks(e, m);
    unsigned s;
    for (s = 0; s < e->m->n_scales; s++)
        n += 5u + packed_bytes((uint64_t)k * (e->m->scales[0] / e->m->scales[s]) * e->rows, e->bits);
    return n;
}

/* Bytes the frame of the m held samples can take at most: flags, its mask exactly (it is cheap
 * to measure), the segments, the CRC. */
static size_t channel_runs(const stampenc *e, uint16_t c, uint32_t m, uint8_t *out);
static size_t frame_bound(const stampenc *e, uint32_t m) {
    size_t n = 1u + 5u + 4u + segments_bound(e, m);
    uint16_t c;
    for (c = 0; c < e->channels; c++) n += channel_runs(e, c, m, NULL);
    return n;
}

size_t stampenc_max_frame_bytes(const stampenc *e) {
    if (!live(e)) return 0;
    return 1u + 5u + mask_bound(e, e->frame_samples) + 4u + segments_bound(e, e->frame_samples);
}

/* Runs of NaN in channel c of the held samples (m of them): writes them at out (when not NULL)
 * and returns their bytes, as stampcodec.nanmask.encode. */
static size_t channel_runs(const stampenc *e, uint16_t c, uint32_t m, uint8_t *out) {
    const float *x = (const float *)at(e, e->frame_at);
    uint32_t t = 0, prev = 0, count = 0, start;
    size_t n;
    for (t = 0; t < m; t++)
        if (x[(size_t)t * e->channels + c] != x[(size_t)t * e->channels + c] &&
            (t == 0 || x[(size_t)(t - 1) * e->channels + c] == x[(size_t)(t - 1) * e->channels + c]))
            count++;
    n = out ? wr_varint(out, count) : varint_size(count);
    for (t = 0; t < m;) {
        if (x[(size_t)t * e->channels + c] == x[(size_t)t * e->channels + c]) { t++; continue; }
        start = t;
        while (t < m && x[(size_t)t * e->channels + c] != x[(size_t)t * e->channels + c]) t++;
        n += out ? wr_varint(out + n, start - prev) : varint_size(start - prev);
        n += out ? wr_varint(out + n, t - start) : varint_size(t - start);
        prev = t;
    }
    return n;
}

/* The frame's flags and mask: 0 flags when nothing is missing. */
static size_t write_mask(const stampenc *e, uint32_t m, uint8_t *out) {
    const float *x = (const float *)at(e, e->frame_at);
    size_t i, total = (size_t)m * e->channels, n = 0, p;
    int any = 0, shared = e->channels > 1;
    uint16_t c;
    for (i = 0; i < total; i++)
        if (x[i] != x[i]) { any = 1; break; }
    if (!any) { out[0] = 0; return 1; }
    for (i = 0; i < (size_t)m && shared; i++)
        for (c = 1; c < e->channels; c++)
            if ((x[i * e->channels] != x[i * e->channels]) != (x[i * e->channels + c] != x[i * e->channels + c])) {
                shared = 0;
                break;
            }
    out[0] = (uint8_t)(FRAME_MASK | (shared ? FRAME_MASK_SHARED : 0));
    for (c = 0; c < (shared ? 1u : e->channels); c++) n += channel_runs(e, c, m, NULL);
    p = 1 + wr_varint(out + 1, n);
    for (c = 0; c < (shared ? 1u : e->channels); c++) p += channel_runs(e, c, m, out + p);
    return p;
}

/* LZMA's range encoder (codec/stampcodec/entropy.py), writing at most cap bytes. */
typedef struct {
    uint8_t *out;
    size_t cap, n;
    uint64_t low;
    uint32_t range, pending;
    uint8_t cache, first, overflow;
} rencoder;

static void rc_byte(rencoder *r, uint8_t b) {
    if (r->first) { r->first = 0; return; } /* always 0: the interval starts inside [0, 2^32) */
    if (r->n >= r->cap) { r->overflow = 1; return; }
    r->out[r->n++] = b;
}

static void rc_shift_low(rencoder *r) {
    if (r->low < 0xFF000000u || r->low > 0xFFFFFFFFu) {
        uint8_t carry = (uint8_t)(r->low >> 32), temp = r->cache;
        do {
            rc_byte(r, (uint8_t)(temp + carry));
            temp = 0xFF;
        } while (--r->pending);
        r->cache = (uint8_t)(r->low >> 24);
    }
    r->pending++;
    r->low = (r->low & 0x00FFFFFFu) << 8;
}

/* Range code `count` symbols (each < V) under the adaptive model; 0 when it needs more than cap bytes. */
static size_t range_code(stampenc *e, const uint16_t *sym, uint32_t count, uint8_t *out, size_t cap) {
    uint32_t v = e->m->codebook_size, groups = (v + EC_GROUP - 1u) / EC_GROUP, total = v, i, g, k;
    uint16_t *cnt = (uint16_t *)at(e, e->coder_at), *gsum = cnt + v;
    rencoder r;
    r.out = out; r.cap = cap; r.n = 0; r.low = 0; r.range = 0xFFFFFFFFu; r.pending = 1; r.cache = 0;
    r.first = 1; r.overflow = 0;
    for (i = 0; i < v; i++) cnt[i] = 1;
    for (g = 0; g < groups; g++) gsum[g] = (uint16_t)((g + 1u) * EC_GROUP <= v ? EC_GROUP : v - g * EC_GROUP);
    for (i = 0; i < count && !r.overflow; i++) {
        uint32_t s = sym[i], cum = 0, q = r.range / total;
        for (g = 0; g < s / EC_GROUP; g++) cum += gsum[g];
        for (k = s & ~(EC_GROUP - 1u); k < s; k++) cum += cnt[k];
        r.low += (uint64_t)q * cum;
        r.range = q * cnt[s];
        while (r.range < EC_TOP) {
            r.range <<= 8;
            rc_shift_low(&r);
        }
        cnt[s] = (uint16_t)(cnt[s] + EC_INCREMENT);
        gsum[s / EC_GROUP] = (uint16_t)(gsum[s / EC_GROUP] + EC_INCREMENT);
        total += EC_INCREMENT;
        if (total > EC_LIMIT) {
            total = 0;
            for (g = 0; g < groups; g++) gsum[g] = 0;
            for (k = 0; k < v; k++) {
                cnt[k] = (uint16_t)((cnt[k] + 1u) >> 1);
                total += cnt[k];
                gsum[k / EC_GROUP] = (uint16_t)(gsum[k / EC_GROUP] + cnt[k]);
            }
        }
    }
    for (i = 0; i < 5; i++) rc_shift_low(&r);
    return r.overflow ? 0 : r.n;
}

static size_t bit_pack(const uint16_t *sym, uint32_t count, unsigned bits, uint8_t *out) {
    size_t n = packed_bytes(count, bits), i;
    uint32_t acc = 0, have = 0, o = 0;
    for (i = 0; i < count; i++) {
        acc = (acc << bits) | sym[i];
        have += bits;
        while (have >= 8) {
            have -= 8;
            out[o++] = (uint8_t)(acc >> have);
        }
        acc &= (1u << have) - 1u;
    }
    if (have) out[o++] = (uint8_t)(acc << (8 - have));
    return n;
}

/* Row r's tokens at scale s in a frame of m samples: its coded samples' blocks x max(scales)/s. */
static uint32_t row_tokens_in(const stampenc *e, uint32_t r, unsigned s, uint32_t m) {
    const uint16_t f = ((const uint16_t *)at(e, e->factor_at))[e->m->mode == 0 ? r : 0u];
    return frame_blocks(e, coded_length(m, f)) * (e->m->scales[0] / e->m->scales[s]);
}

/* Segment of scale s (every row's tokens, rows in order) of a frame of m samples at out: varint
 * + bytes; its size. */
static size_t write_segment(stampenc *e, unsigned s, uint32_t m, uint8_t *out) {
    const uint16_t *tok = (const uint16_t *)at(e, e->tokens_at);
    uint32_t count = 0, r, base = 0;
    size_t packed, coded = 0, head;
    unsigned i;
    for (i = 0; i < s; i++) base += e->row_tokens[i] * e->rows;
    /* each row's tokens sit at the start of its slot (fewer than a slot in a short frame or a
     * resampled row): gather them contiguously */
    for (r = 0; r < e->rows; r++) {
        const uint32_t n = row_tokens_in(e, r, s, m);
        if (count != r * e->row_tokens[s])
            memmove((uint16_t *)at(e, e->tokens_at) + base + count, tok + base + (size_t)r * e->row_tokens[s],
                    n * sizeof(uint16_t));
        count += n;
    }
    packed = packed_bytes(count, e->bits);
    tok += base;
    if (e->entropy && e->m->codebook_size <= EC_MAX_SYMBOLS && packed > 4) {
        head = varint_size(packed << 1); /* a shorter coded segment never needs a longer varint */
        coded = range_code(e, tok, count, out + head, packed - 1u);
        if (coded) {
            size_t h2 = varint_size((uint64_t)coded << 1);
            if (h2 != head) memmove(out + h2, out + head, coded);
            wr_varint(out, (uint64_t)coded << 1 | 1u);
            return h2 + coded;
        }
    }
    head = wr_varint(out, (uint64_t)packed << 1);
    return head + bit_pack(tok, count, e->bits, out + head);
}

/* Linear interpolation over the NaN of channel c into row (T = m values): stampcodec.missing. */
static void fill_row(const stampenc *e, uint16_t c, uint32_t m, float *row) {
    const float *x = (const float *)at(e, e->frame_at);
    uint32_t t, prev = 0, have = 0, j;
    for (t = 0; t < m; t++) {
        float v = x[(size_t)t * e->channels + c];
        row[t] = v;
        if (v != v) continue;
        if (!have) {
            for (j = 0; j < t; j++) row[j] = v; /* the start takes the first observed value */
        } else if (t > prev + 1) {
            double slope = ((double)v - (double)row[prev]) / (double)(t - prev);
            for (j = prev + 1; j < t; j++) row[j] = (float)(slope * (double)(j - prev) + (double)row[prev]);
        }
        prev = t;
        have = 1;
    }
    if (!have)
        for (t = 0; t < m; t++) row[t] = 0.0f;
    else
        for (t = prev + 1; t < m; t++) row[t] = row[prev];
}

static int encode_frame(stampenc *e, uint8_t *out, size_t cap, size_t *written) {
    const stampenc_model *m = e->m;
    const uint16_t *factor = (const uint16_t *)at(e, e->factor_at);
    const uint32_t *kernel = (const uint32_t *)at(e, e->kernel_at);
    uint32_t len = e->held, r, t, c;
    uint16_t *tok = (uint16_t *)at(e, e->tokens_at), *dst[STAMPENC_MAX_SCALES];
    float *row;
    size_t p, base;
    unsigned s;
    int rc;
    if (cap < frame_bound(e, len)) return STAMPENC_ERR_CAPACITY;
    row = (float *)at(e, e->row_at);
    for (r = 0; r < e->rows; r++) {
        const uint16_t f = factor[m->mode == 0 ? r : 0u];
        const uint32_t n = coded_length(len, f), tp = frame_blocks(e, n) * e->block;
        for (c = 0; c < e->ca; c++) {
            const uint16_t ch = (uint16_t)(m->mode == 0 ? r : c);
            float *dc = row + (size_t)c * tp;
            if (f == FACTOR_ONE) {
                fill_row(e, ch, len, dc);
            } else { /* gaps filled at the full rate, then the coded samples */
                float *full = (float *)at(e, e->full_at);
                fill_row(e, ch, len, full);
                decimate_row(full, len, f, (const uint8_t *)at(e, kernel[ch]), e->arith == STAMPENC_F64, dc);
            }
            for (t = n; t < tp; t++) dc[t] = dc[n - 1]; /* padding repeats the last coded sample */
        }
        base = 0;
        for (s = 0; s < m->n_scales; s++) {
            dst[s] = tok + base + (size_t)r * e->row_tokens[s];
            base += (size_t)e->row_tokens[s] * e->rows;
        }
        rc = stampenc_encode_row(e, row, tp, dst);
        if (rc) return rc;
    }
    p = write_mask(e, len, out);
    for (s = 0; s < m->n_scales; s++) p += write_segment(e, s, len, out + p);
    wr32(out + p, stampdec_crc32(out, p));
    *written = p + 4;
    return STAMPENC_OK;
}

int stampenc_encode_row(stampenc *e, const float *row, uint32_t length, uint16_t *const *tokens) {
    if (!live(e) || !row || !tokens) return STAMPENC_ERR_ARG;
    if (!length || length % e->block || length > e->frame_samples) return STAMPENC_ERR_ARG;
#ifndef STAMPENC_NO_F64
    if (e->arith == STAMPENC_F64) {
        encode_row_f64(e->m, row, length, tokens, at(e, e->work_at), e->frame_samples);
        return STAMPENC_OK;
    }
#endif
    if (e->arith == STAMPENC_Q) {
        encode_row_q(e->m, row, length, tokens, at(e, e->work_at), e->frame_samples);
        return STAMPENC_OK;
    }
#ifndef STAMPENC_NO_F32
    encode_row_f32(e->m, row, length, tokens, at(e, e->work_at), e->frame_samples);
#endif
    return STAMPENC_OK;
}

#if defined(__x86_64__) || defined(__aarch64__) || defined(__SSE2__) || (defined(__ARM_FP) && (__ARM_FP & 8)) || \
    (defined(__riscv_flen) && __riscv_flen >= 64) || defined(__powerpc64__)
#define HARD_DOUBLE 1 /* a double-precision FPU: its division is one instruction, keep it */
#else
#define HARD_DOUBLE 0
#endif
/* (v - mean) / sd rounded once to float, as the Python encoder's float64 z-score, but without a
 * division per sample: in soft float a Cortex-M4F divides in about 575 instructions and multiplies
 * in a fraction of that. d (1 / sd) is within 3 units in the last place of the quotient (the
 * reciprocal's and the product's roundings, and the quotient's own), so it rounds to the same
 * float unless it lies within 8 units of a halfway point between two floats (about 1 value in
 * 2^25) or outside the floats' normal range (0 included): those are divided. Cores that divide
 * doubles in hardware keep the plain division. */
#if !HARD_DOUBLE || defined(STAMPENC_TEST_ZSCORE)
static float zscore(double v, double mean, double sd, double inv) {
    const double d = v - mean, q = d * inv;
    uint64_t b;
    uint32_t exponent, low;
    memcpy(&b, &q, 8);
    exponent = (uint32_t)(b >> 52) & 0x7FFu;
    low = (uint32_t)b & 0x1FFFFFFFu; /* the 29 bits a float drops; its halfway point is 2^28 */
    if (exponent < 1023u - 120u || exponent > 1023u + 120u || (low + 8u - 0x10000000u) <= 16u) return (float)(d / sd);
    return (float)q;
}
#endif

int stampenc_push(stampenc *e, const float *x, uint32_t n, uint32_t *taken, uint8_t *out, size_t cap,
                  size_t *written) {
    const double *mean, *inv;
    const float *sd;
    float *frame;
    uint32_t i;
    uint16_t c;
    if (!live(e) || (!x && n) || !taken || !out || !written) return STAMPENC_ERR_ARG;
    *taken = 0;
    *written = 0;
    if (e->flushed) return STAMPENC_ERR_STATE;
    mean = (const double *)at(e, e->mean_at);
    sd = (const float *)at(e, e->std_at);
    inv = (const double *)at(e, e->inv_at);
    frame = (float *)at(e, e->frame_at);
    if (e->held == e->frame_samples) { /* a full frame the last call had no room for */
        int rc = encode_frame(e, out, cap, written);
        if (rc) return rc;
        e->held = 0;
        return STAMPENC_OK;
    }
    for (i = 0; i < n; i++) {
        for (c = 0; c < e->channels; c++) {
            float v = x[(size_t)i * e->channels + c];
            if (v == v && !(fabsf(v) <= 1e38f)) return STAMPENC_ERR_VALUE;
        }
        for (c = 0; c < e->channels; c++) {
            const double v = (double)x[(size_t)i * e->channels + c], d = sd[c] > 0.0f ? (double)sd[c] : 1.0;
#if HARD_DOUBLE
            (void)inv;
            frame[(size_t)e->held * e->channels + c] = (float)(e->normalization ? (v - mean[c]) / d : v);
#else
            frame[(size_t)e->held * e->channels + c] = e->normalization ? zscore(v, mean[c], d, inv[c]) : (float)v;
#endif
        }
        e->held++;
        e->pushed++;
        *taken = i + 1;
        if (e->held == e->frame_samples) {
            int rc = encode_frame(e, out, cap, written);
            if (rc) return rc; /* STAMPENC_ERR_CAPACITY: the frame stays held for the next call */
            e->held = 0;
            return STAMPENC_OK;
        }
    }
    return STAMPENC_OK;
}

int stampenc_flush(stampenc *e, uint8_t *out, size_t cap, size_t *written) {
    int rc;
    if (!live(e) || !out || !written) return STAMPENC_ERR_ARG;
    *written = 0;
    if (e->flushed) return STAMPENC_ERR_STATE;
    if (e->held) {
        rc = encode_frame(e, out, cap, written);
        if (rc) return rc;
        e->held = 0;
    }
    e->flushed = 1;
    return STAMPENC_OK;
}
