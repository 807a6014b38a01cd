/*
 * stampenc: the STAMP encoder in portable C99, streaming, for the device where the data is born.
 *
 * No malloc, no globals, no I/O: the caller owns every byte. Query the state size, give
 * stampenc_init() a buffer of that size, then push samples as they arrive, in chunks of any size;
 * each time a frame fills, its bytes come out. The bytes are the token file format the rest of the
 * SDK reads (docs/FORMAT.md, version 2), so a host decodes them with `stampcodec decode`.
 *
 *     stampenc_model m = STAMPENC_MODEL_INIT;         // from `stampcodec export --format c`
 *     stampenc_config c = {0};
 *     c.channels = 6; c.frame_samples = 512; c.arithmetic = STAMPENC_F32; c.entropy = 1;
 *     c.normalization = 1; c.mean = means; c.std = stds;   // calibration values, per channel
 *     size_t need = stampenc_state_size(&m, &c);      // STAMPENC_STATE_ALIGN-aligned buffer
 *     stampenc *e = (stampenc *)my_buffer;
 *     stampenc_init(e, need, &m, &c);
 *     stampenc_header(e, total_samples, out, cap, &n);  // once, now or at the end (its size is fixed)
 *     while (sampling) {
 *         stampenc_push(e, chunk, chunk_len, &taken, out, cap, &n);  // n > 0: a frame's bytes
 *         ...
 *     }
 *     stampenc_flush(e, out, cap, &n);                 // the last, shorter frame
 *
 * The header names the stream's length in samples, which a stream learns only at its end: write
 * stampenc_header_size() bytes of anything first and the header over them when done (as WAV
 * writers do), or call stampenc_header first when the length is known.
 *
 * Arithmetic paths, chosen per stream:
 *   STAMPENC_F32  float32 with a portable GELU (no libm), so every IEEE-754 core that does not
 *                 fuse multiply-adds writes the same bytes (build with -ffp-contract=off);
 *   STAMPENC_F64  double with the library's own erf: the tokens of the Python (numpy) encoder,
 *                 for hosts. Its state keeps packed weights and every codeword's waveform
 *                 (about 0.5 MB for the default model); its multiply-adds are fused where the
 *                 x86 core has FMA, so its bits follow the core (its tokens, in practice, do not);
 *   STAMPENC_Q    fixed point: int8 tables, int16 activations, int32 sums, no FPU needed (the
 *                 samples arrive as float and are normalized in software float on such cores);
 *                 the same bytes on every core. Its tokens differ from the float paths' where
 *                 quantization moves a choice (measured in docs/NATIVE.md).
 * Define STAMPENC_NO_F64 to leave the double path out of a firmware build, STAMPENC_NO_F32 the
 * float path out of a fixed-point one (init then says STAMPENC_ERR_UNSUPPORTED for them).
 *
 * What the frames can carry: entropy-coded or bit-packed token segments at every scale, missing
 * samples (NaN in, interpolated for coding and marked in the frame's mask), zscore statistics
 * given by the caller, a sample rate, channels coded at a coarser time scale (resampling factors
 * given by the caller: the decimation of stampcodec.resample, computed from a kernel table the
 * state keeps). Not produced: skipped tokens, the error-bounded layer, exact time stamps,
 * channel names, token priors (the Python encoder writes those), and the choice of factors
 * (`stampcodec encode --resample auto` on a recording, or `stampcodec info` of a file it wrote,
 * tells which suit a sensor).
 */
#ifndef STAMPENC_H
#define STAMPENC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STAMPENC_VERSION_MAJOR 0
#define STAMPENC_VERSION_MINOR 2
#define STAMPENC_VERSION_PATCH 0
#define STAMPENC_VERSION ((STAMPENC_VERSION_MAJOR << 16) | (STAMPENC_VERSION_MINOR << 8) | STAMPENC_VERSION_PATCH)
#define STAMPENC_FORMAT_VERSION 2 /* the token format written */
#define STAMPENC_STATE_ALIGN 8
#define STAMPENC_MAX_SCALES 8
#define STAMPENC_MAX_FRAME_SAMPLES (1u << 20) /* the format's limits (docs/FORMAT.md, "Limits") */
#define STAMPENC_MAX_FRAME_VALUES (1u << 21)

enum { STAMPENC_F32 = 0, STAMPENC_F64 = 1, STAMPENC_Q = 2 };

enum {
    STAMPENC_OK = 0,
    STAMPENC_ERR_ARG = -1,      /* a NULL pointer or impossible argument */
    STAMPENC_ERR_MODEL = -2,    /* inconsistent model tables, or none for the arithmetic path asked for */
    STAMPENC_ERR_CONFIG = -3,   /* a configuration the format or the model cannot take */
    STAMPENC_ERR_CAPACITY = -4, /* the output buffer is too small (nothing written; retry with more) */
    STAMPENC_ERR_VALUE = -5,    /* an infinite sample, or one past +-1e38 */
    STAMPENC_ERR_STATE = -6,    /* called out of order (after flush, or on uninitialised state) */
    STAMPENC_ERR_UNSUPPORTED = -7 /* a path left out of this build (STAMPENC_NO_F64) */
};

/* The fixed-point path's tables (STAMPENC_Q), written by `stampcodec export --format c --encoder`
 * (docs/NATIVE.md, "Fixed-point encoder"): int8 weights with one scale per output row (one for
 * the whole dictionary), and for each layer the multiplier and shift that bring its int32 sums
 * to the next format: out = round(sum x rq / 2^sh). */
typedef struct {
    const int8_t *dictionary;       /* K x Ca x L */
    const int8_t *w0, *w1, *w2;     /* layouts as the float tables */
    const int8_t *codebook;         /* V x K */
    const int32_t *b0, *b1, *b2;    /* biases, in their layer's sum units */
    const int32_t *rq0, *rq1, *rq2; /* per output row (H, H, K) */
    const uint8_t *sh0, *sh1, *sh2;
    const int64_t *code_sq;         /* V: |codeword|^2 in the search's units */
    const int32_t *cb_mult;         /* V: each codeword's scale in the search's units */
    const int32_t *wave_mult;       /* V: a codeword's waveform sum -> Q11 (with sh_wave) */
    const int16_t *gelu;            /* 257 values: GELU on [-8, 8] in steps of 1/16, Q11 */
    int32_t rq_c;                   /* correlation sums -> Q(q_c) */
    uint8_t sh_c, sh_wave, q_c;
} stampenc_fixed;

/* A model's encoding tables: float32 (the bundle's own values) for the float and double paths,
 * fixed for the fixed-point path; a build may carry either or both. */
typedef struct {
    uint8_t model_id[8];
    uint8_t mode;           /* 0 independent, 1 joint */
    uint8_t n_scales;
    uint8_t scales[STAMPENC_MAX_SCALES]; /* coarse to fine */
    uint16_t codebook_size; /* V */
    uint16_t atom_length;   /* L (a multiple of 4) */
    uint16_t atom_channels; /* Ca: 1 (independent) or C (joint) */
    uint16_t n_atoms;       /* K */
    uint16_t hidden;        /* H: width of the analysis net */
    const float *dictionary; /* K x Ca x L */
    const float *w0, *b0;    /* H x K x 3, H: Conv1d(K, H, 3, padding 1) */
    const float *w1, *b1;    /* H x H x 3, H */
    const float *w2, *b2;    /* K x H, K: Conv1d(H, K, 1) */
    const float *codebook;   /* V x K */
    const stampenc_fixed *fixed; /* NULL: no fixed-point path */
} stampenc_model;

/* One stream. Pointers are read during stampenc_init only (the values are copied). */
typedef struct {
    uint16_t channels;       /* C (joint models: the model's atom channels) */
    uint32_t frame_samples;  /* F: a positive multiple of the block, max(scales) * L / 2 */
    uint8_t arithmetic;      /* STAMPENC_F32 or STAMPENC_F64 */
    uint8_t entropy;         /* 1: range code a segment when that is shorter (the format's default) */
    uint8_t normalization;   /* 0 none, 1 zscore: (x - mean) / std with the values below */
    const double *mean;      /* C values (zscore only) */
    const float *std;        /* C values >= 0 (zscore only; 0: a constant channel) */
    double sample_rate;      /* Hz stored in the header; 0: none */
    double time_origin;      /* time of the first sample (seconds), with a sample rate */
    /* C resampling factors r, as F = 16 r (16 to 4080: r from 1 to 255 in steps of 1/16), or NULL
     * for r = 1 everywhere; joint models: one r for every channel. A channel at r > 1 is coded at
     * every r-th time of a low-passed copy, so its tokens cost about 1/r; the state keeps a table
     * of 8 F + 1 floats (+192 B) for each distinct F (docs/NATIVE.md, "Resampled channels"). */
    const uint16_t *factors;
} stampenc_config;

typedef struct stampenc stampenc;

const char *stampenc_strerror(int code);
uint32_t stampenc_version(void);

/* Bytes of state for this model and stream (0 when they do not fit each other). */
size_t stampenc_state_size(const stampenc_model *model, const stampenc_config *config);

int stampenc_init(stampenc *enc, size_t state_bytes, const stampenc_model *model, const stampenc_config *config);

/* The header's size (fixed by the configuration) and its bytes for a stream of `length` samples
 * per channel (>= 1, and at least the samples pushed so far: stampenc_samples at the end). */
size_t stampenc_header_size(const stampenc *enc);
int stampenc_header(const stampenc *enc, uint64_t length, uint8_t *out, size_t capacity, size_t *written);

/* The most bytes one frame can take: an output buffer this large never gets STAMPENC_ERR_CAPACITY.
 * Most of it is room for a mask of every other sample missing; a frame with few gaps takes the
 * segments' bit-packed size plus a few bytes, which is what stampenc_push checks a buffer against. */
size_t stampenc_max_frame_bytes(const stampenc *enc);

/* Take up to n samples per channel (interleaved: x[i * C + c]; NaN = missing). Stops at the
 * sample that completes a frame and encodes the frame into out (*written bytes; 0 when no frame
 * completed): call again with the rest. *taken = samples per channel consumed. On
 * STAMPENC_ERR_CAPACITY the frame stays held and the next call (with room) writes it. */
int stampenc_push(stampenc *enc, const float *x, uint32_t n, uint32_t *taken, uint8_t *out, size_t capacity,
                  size_t *written);

/* Encode the samples held as the stream's last frame (*written = 0 when none are held). Push
 * after a flush is STAMPENC_ERR_STATE. */
int stampenc_flush(stampenc *enc, uint8_t *out, size_t capacity, size_t *written);

/* Samples per channel pushed so far (the length to give stampenc_header at the end). */
uint64_t stampenc_samples(const stampenc *enc);

/* Tokens of one normalized row without framing (hosts and tests): rows = (Ca, T) float values,
 * T a multiple of the block and at most the configured frame_samples; tokens[s] receives
 * T / (scales[s] * L / 2) values per scale s. Uses the state's scratch. A state points only to
 * the model, never into itself: a byte copy of an initialized state is a second state, so
 * threads may encode rows at once, each with its own copy (the Python binding does). */
int stampenc_encode_row(stampenc *enc, const float *row, uint32_t length, uint16_t *const *tokens);

#ifndef STAMPENC_NO_F64
/* x[i] = GELU(x[i]) for n doubles, in place: the double path's activation, (0.5 x)(1 + erf(x / sqrt 2))
 * with the library's own erf (within about one ulp; no libm call). For hosts that run the rest of
 * the net elsewhere (the Python binding's numpy encoder), so both give the same activations. */
void stampenc_gelu(double *x, size_t n);
#endif

#ifdef __cplusplus
}
#endif
#endif /* STAMPENC_H */
