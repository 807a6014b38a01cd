/* stampdec: see include/stampdec.h. C99, no allocation, no globals (only const tables). */
#include "stampdec.h"

#include <math.h>
#include <string.h>

/* x86: SSE2 versions of the hot loops (symbol search, synthesis, rounding), computing what the
 * portable loops compute, bit for bit. STAMPDEC_NO_SIMD leaves them out. */
#if defined(__SSE2__) && !defined(STAMPDEC_NO_SIMD)
#define STAMPDEC_SSE2 1
#include <emmintrin.h>
#else
#define STAMPDEC_SSE2 0
#endif
/* x86-64 with GCC or Clang: AVX2 versions of the synthesis loops too, chosen at run time, so the
 * library still runs on any x86-64 (STAMPDEC_NO_AVX leaves them out). The same operations lane
 * by lane, so the same bits again. */
#if STAMPDEC_SSE2 && defined(__GNUC__) && defined(__x86_64__) && !defined(STAMPDEC_NO_AVX)
#define STAMPDEC_AVX2 1
#include <immintrin.h>
#define HAVE_AVX2() __builtin_cpu_supports("avx2")
#define AVX2 __attribute__((target("avx2")))
#else
#define STAMPDEC_AVX2 0
#define HAVE_AVX2() 0
#endif

#define STATE_MAGIC 0x53544450u /* "STDP": catches uninitialised or foreign state */
#define FIXED_HEADER 37 /* version 2 adds one byte: the coded scales */
#define FLAG_PRIOR 0x01 /* tokens coded with a learned prior: the Python runtime decodes those */
#define FLAG_SCALE_SKIP 0x02
#define FLAG_RATE 0x04
#define FLAG_NAMES 0x08
#define FLAG_MEAN64 0x10 /* statistics: float64 mean + float32 std (else float32 both) */
#define FLAG_STYLE 0x20  /* version 2: how the input looked (5 bytes after the names; Python's business) */
#define FLAG_BOUND 0x40  /* version 2: error-bounded layer; per channel bound, origin, unit (float64) */
#define FLAG_TIME 0x80   /* version 2: frames keep exact time stamps (Python's business: skipped here) */
#define TIME_MAX_DIGITS 18
#define KNOWN_FLAGS (FLAG_RATE | FLAG_NAMES | FLAG_MEAN64)
#define FRAME_MASK 0x01
#define FRAME_SKIP 0x02 /* version 2: segments code V + 1 symbols; symbol V is a skipped token (adds nothing) */
#define FRAME_MASK_SHARED 0x04 /* with FRAME_MASK: one channel's runs serve every channel */
/* entropy-coded segments (docs/FORMAT.md, "Entropy-coded segments"): codec/stampcodec/entropy.py */
#define EC_INCREMENT 16u
#define EC_LIMIT 8192u
#define EC_MAX_SYMBOLS 4096u
#define EC_TOP (1u << 24)
#define EC_GROUP 16u /* symbols per group sum: a search scans groups, then one group's counts */
/* the error-bounded layer (docs/FORMAT.md, "Error-bounded layer"): codec/stampcodec/bounded.py */
#define BND_QUANTUM 256      /* lattice points per quantizer step */
#define BND_LIMIT ((int64_t)1 << 47) /* |y| of a valid stream */
#define BND_DIRECT 16u       /* magnitudes coded as one symbol */
#define BND_ALPHABET 53u     /* 0..15, then bit lengths 5..41 */
#define BND_CONTEXTS 8u
#define BND_GROUPS ((BND_ALPHABET + EC_GROUP - 1u) / EC_GROUP)
#define BND_MODEL (BND_ALPHABET + BND_GROUPS) /* uint16 counts and group sums of one context */
#define BND_INCREMENT 32u
#define BND_LIMIT_COUNTS 32768u /* counts stay below 2^16: uint16 holds them */
#define FACTOR_ONE 16u    /* resampling factors are stored in sixteenths */
#define MAX_FACTOR16 4080u /* 255 */

/* Fuzzing builds accept any CRC so that mutated inputs reach the parsers behind it (as libpng
 * and others do); never define this in a real build. */
#ifdef STAMPDEC_FUZZING
#define CRC_MATCHES(computed, stored) ((void)(computed), (void)(stored), 1)
#else
#define CRC_MATCHES(computed, stored) ((computed) == (stored))
#endif

/* LZMA's range decoder over one segment's bytes. */
typedef struct {
    const uint8_t *data;
    uint32_t len, pos;
    uint32_t code, range;
} rcoder;

/* One scale's segment in the current frame (version 2), and its range decoder. */
typedef struct {
    const uint8_t *data;
    uint32_t len;
    rcoder rc;
    uint32_t total;    /* the adaptive model's count sum */
    uint32_t count;    /* tokens in the segment, every row */
    uint32_t next;     /* index of the next token the decoder yields */
    uint8_t coded;     /* 0: bit-packed */
    uint16_t *cache;   /* every token of the frame at this scale, unpacked or decoded once, in the caller's
                          spare output (or NULL); version 1 frames fill it too */
} segment;

struct stampdec {
    uint32_t magic;
    const stampdec_model *m;
    uint16_t max_channels;
    uint8_t have_header;
    uint8_t version;
    uint8_t n_coded; /* scales the frames carry */
    uint8_t normalization;
    uint16_t channels;
    uint16_t rows;
    uint16_t hop;
    uint8_t bits;
    uint8_t fbits;     /* bits of a bit-packed symbol in the current frame: bits, or ceil(log2(V + 1)) with FRAME_SKIP */
    uint8_t n_scales;
    uint32_t block;
    uint32_t frame_samples;
    uint64_t length;
    uint32_t n_frames;
    uint32_t next_frame;
    uint16_t q[STAMPDEC_MAX_SCALES];    /* tokens per block and row at each scale */
    uint16_t qoff[STAMPDEC_MAX_SCALES]; /* their offset within a block-row */
    uint16_t qsum;
    /* Byte offsets from the state's start, not pointers into it, so a state can be copied or
     * moved (memcpy) and stay valid, as opus promises for its decoder state. */
    uint32_t mean_at;    /* double[max_channels] */
    uint32_t stdev_at;   /* float[max_channels] */
    uint32_t scratch_at; /* (block + 2) pooled values + block accumulators, 32-bit words */
    uint32_t factors_at; /* uint16_t[max_channels]: each channel's resampling factor in sixteenths */
    uint32_t coder_at;   /* per scale: counts[V + 1], group sums[ceil((V + 1) / 16)], ring[ring] (uint16) */
    uint32_t ring;       /* a power of two > tokens one block needs from a scale (q + 2) */
    uint32_t alphabet;   /* symbols of the current frame's segments: V, or V + 1 with FRAME_SKIP */
    uint32_t ec_groups;  /* ceil(alphabet / EC_GROUP): count sums kept per group of symbols */
    uint32_t bound_at;   /* double[5 max_channels]: bound, origin, unit of each channel's lattice, and the
                            origin and unit of the last frame (a grid's where the frame had one) */
    uint32_t bmodel_at;  /* uint16_t[BND_CONTEXTS x BND_MODEL]: the error-bounded layer's models */
    uint8_t bounded;     /* the header has FLAG_BOUND */
    uint8_t kept_time;   /* the header has FLAG_TIME: each frame has a time stamp field after its mask */
    segment seg[STAMPDEC_MAX_SCALES];
    uint32_t row_base[STAMPDEC_MAX_SCALES]; /* first token of the current row in each segment */
};

static double *st_mean(const stampdec *d) { return (double *)(void *)((uint8_t *)(uintptr_t)d + d->mean_at); }
static float *st_stdev(const stampdec *d) { return (float *)(void *)((uint8_t *)(uintptr_t)d + d->stdev_at); }
static void *st_scratch(const stampdec *d) { return (void *)((uint8_t *)(uintptr_t)d + d->scratch_at); }
static uint16_t *st_factors(const stampdec *d) { return (uint16_t *)(void *)((uint8_t *)(uintptr_t)d + d->factors_at); }
static double *st_bound(const stampdec *d) { return (double *)(void *)((uint8_t *)(uintptr_t)d + d->bound_at); }
static uint16_t *st_bmodel(const stampdec *d) { return (uint16_t *)(void *)((uint8_t *)(uintptr_t)d + d->bmodel_at); }
static uint32_t coder_symbols(const stampdec_model *m) { return m->codebook_size + 1u; } /* the skip symbol too */
static uint32_t coder_groups(const stampdec_model *m) { return (coder_symbols(m) + EC_GROUP - 1u) / EC_GROUP; }
static uint16_t *st_coder(const stampdec *d, unsigned si) {
    size_t each = (size_t)coder_symbols(d->m) + coder_groups(d->m) + d->ring;
    return (uint16_t *)(void *)((uint8_t *)(uintptr_t)d + d->coder_at) + each * si;
}
static uint16_t *st_ring(const stampdec *d, unsigned si) { return st_coder(d, si) + coder_symbols(d->m) + coder_groups(d->m); }

/* --- small helpers ----------------------------------------------------------------------- */

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
static uint64_t rd64(const uint8_t *p) { return (uint64_t)rd32(p) | ((uint64_t)rd32(p + 4) << 32); }
static float rdf32(const uint8_t *p) {
    uint32_t u = rd32(p);
    float f;
    memcpy(&f, &u, 4);
    return f;
}
static double rdf64(const uint8_t *p) {
    uint64_t u = rd64(p);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

uint32_t stampdec_crc32(const uint8_t *data, size_t len) {
    /* IEEE 802.3, reflected, nibble table: 64 bytes of constants instead of 1 KiB */
    static const uint32_t t[16] = {
        0x00000000u, 0x1DB71064u, 0x3B6E20C8u, 0x26D930ACu, 0x76DC4190u, 0x6B6B51F4u, 0x4DB26158u, 0x5005713Cu,
        0xEDB88320u, 0xF00F9344u, 0xD6D6A3E8u, 0xCB61B38Cu, 0x9B64C2B0u, 0x86D3D2D4u, 0xA00AE278u, 0xBDBDF21Cu};
    uint32_t c = 0xFFFFFFFFu;
    size_t i;
    for (i = 0; i < len; i++) {
        c ^= data[i];
        c = (c >> 4) ^ t[c & 15];
        c = (c >> 4) ^ t[c & 15];
    }
    return c ^ 0xFFFFFFFFu;
}

/* LEB128 varint at data[*pos..len); 0 on success. */
static int rd_varint(const uint8_t *data, size_t len, size_t *pos, uint64_t *value) {
    uint64_t v = 0;
    unsigned shift = 0;
    for (;;) {
        uint8_t b;
        if (*pos >= len) return STAMPDEC_ERR_TRUNCATED;
        b = data[(*pos)++];
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) break;
        shift += 7;
        if (shift > 63) return STAMPDEC_ERR_CORRUPT;
    }
    *value = v;
    return STAMPDEC_OK;
}

const char *stampdec_strerror(int code) {
    switch (code) {
    case STAMPDEC_OK: return "ok";
    case STAMPDEC_ERR_ARG: return "invalid argument";
    case STAMPDEC_ERR_MAGIC: return "not a stampcodec token file";
    case STAMPDEC_ERR_VERSION: return "unsupported token format version";
    case STAMPDEC_ERR_TRUNCATED: return "truncated data";
    case STAMPDEC_ERR_CRC: return "CRC mismatch (damaged data)";
    case STAMPDEC_ERR_CORRUPT: return "corrupt field";
    case STAMPDEC_ERR_MODEL: return "encoded with another model or layout";
    case STAMPDEC_ERR_UNSUPPORTED: return "uses features this call cannot decode (tokens coded with a prior need the Python runtime; an error-bounded file needs the f64 or lattice call, a token file the others)";
    case STAMPDEC_ERR_CAPACITY: return "more channels or samples than the buffers hold";
    case STAMPDEC_ERR_STATE: return "called out of order";
    case STAMPDEC_ERR_NO_TABLES: return "the model lacks the tables for this path";
    default: return "unknown error";
    }
}

/* --- state ------------------------------------------------------------------------------- */

static int model_ok(const stampdec_model *m) {
    unsigned i;
    if (!m || m->n_scales < 1 || m->n_scales > STAMPDEC_MAX_SCALES || m->atom_length < 4 || m->atom_length % 4 ||
        m->codebook_size < 2 || m->atom_channels < 1 || (!m->waves && !m->waves_q15))
        return 0;
    for (i = 0; i < m->n_scales; i++)
        if (m->scales[i] < 1 || m->scales[0] % m->scales[i] || (i && m->scales[i] >= m->scales[i - 1])) return 0;
    return 1;
}

static size_t align8(size_t n) { return (n + 7u) & ~(size_t)7u; }

static uint32_t model_block(const stampdec_model *m) { return (uint32_t)m->scales[0] * (m->atom_length / 2u); }

static size_t stats_bytes(uint16_t max_channels) {
    return align8((size_t)max_channels * (sizeof(double) + sizeof(float)));
}

static uint32_t model_ring(const stampdec_model *m) {
    uint32_t need = m->scales[0] / m->scales[m->n_scales - 1] + 2u, r = 4;
    while (r < need) r <<= 1;
    return r;
}

/* The entropy decoders' memory: per scale the symbol counts (V + 1: the skip symbol), their sums
 * per group of EC_GROUP symbols and a ring of decoded tokens (none when V is too large to be
 * entropy coded). */
static size_t coder_bytes(const stampdec_model *m) {
    if (m->codebook_size > EC_MAX_SYMBOLS) return 0;
    return align8(((size_t)coder_symbols(m) + coder_groups(m) + model_ring(m)) * sizeof(uint16_t) * m->n_scales);
}

static size_t scratch_bytes(const stampdec_model *m) { return align8((2u * model_block(m) + 2u) * sizeof(int32_t)); }

/* The error-bounded layer's lattices and adaptive models. */
static size_t bound_bytes(uint16_t max_channels) {
    return 5u * sizeof(double) * max_channels + align8(BND_CONTEXTS * BND_MODEL * sizeof(uint16_t));
}

size_t stampdec_state_size(const stampdec_model *m, uint16_t max_channels) {
    if (!model_ok(m) || max_channels < 1) return 0;
    return align8(sizeof(stampdec)) + stats_bytes(max_channels) + scratch_bytes(m) + align8(2u * (size_t)max_channels) +
           coder_bytes(m) + bound_bytes(max_channels);
}

int stampdec_init(stampdec *d, size_t bytes, const stampdec_model *m, uint16_t max_channels) {
    if (!d || (uintptr_t)d % STAMPDEC_STATE_ALIGN || !model_ok(m) || max_channels < 1) return STAMPDEC_ERR_ARG;
    if (bytes < stampdec_state_size(m, max_channels)) return STAMPDEC_ERR_CAPACITY;
    memset(d, 0, sizeof(*d));
    d->magic = STATE_MAGIC;
    d->m = m;
    d->max_channels = max_channels;
    d->mean_at = (uint32_t)align8(sizeof(stampdec));
    d->stdev_at = d->mean_at + (uint32_t)(max_channels * sizeof(double));
    d->scratch_at = (uint32_t)(align8(sizeof(stampdec)) + stats_bytes(max_channels));
    d->factors_at = d->scratch_at + (uint32_t)scratch_bytes(m);
    d->coder_at = d->factors_at + (uint32_t)align8(2u * (size_t)max_channels);
    d->ring = model_ring(m);
    d->alphabet = m->codebook_size;
    d->ec_groups = (m->codebook_size + EC_GROUP - 1u) / EC_GROUP;
    d->bound_at = d->coder_at + (uint32_t)coder_bytes(m);
    d->bmodel_at = d->bound_at + (uint32_t)(5u * sizeof(double) * max_channels);
    return STAMPDEC_OK;
}

uint32_t stampdec_version(void) { return STAMPDEC_VERSION; }

int stampdec_peek_channels(const uint8_t *data, size_t len, uint16_t *channels) {
    if (!data || !channels) return STAMPDEC_ERR_ARG;
    if (len < 4) return len && memcmp(data, "STMP", len) ? STAMPDEC_ERR_MAGIC : STAMPDEC_ERR_TRUNCATED;
    if (memcmp(data, "STMP", 4)) return STAMPDEC_ERR_MAGIC;
    if (len < FIXED_HEADER) return STAMPDEC_ERR_TRUNCATED;
    if (data[4] != 1 && data[4] != 2) return STAMPDEC_ERR_VERSION;
    *channels = rd16(data + 22);
    return *channels ? STAMPDEC_OK : STAMPDEC_ERR_CORRUPT;
}

/* --- header ------------------------------------------------------------------------------ */

/* Strict UTF-8 as Python decodes it: no overlong forms, no surrogates, nothing above U+10FFFF. */
static int utf8_ok(const uint8_t *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        size_t k, len;
        uint32_t cp;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1Fu; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0Fu; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07u; }
        else return 0;
        if (n - i < len) return 0;
        for (k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        i += len;
    }
    return 1;
}

int stampdec_read_header(stampdec *d, const uint8_t *p, size_t len, size_t *used, stampdec_info *info) {
    const stampdec_model *m;
    uint16_t total, channels, vm1, L;
    uint8_t flags, mode, n_scales, norm, version, coded;
    uint32_t F, block, i;
    uint64_t T;
    size_t pos;
    stampdec_info inf;
    if (!d || d->magic != STATE_MAGIC || !p || !used) return STAMPDEC_ERR_ARG;
    m = d->m;
    d->have_header = 0;
    if (len < 4) return len && memcmp(p, "STMP", len) ? STAMPDEC_ERR_MAGIC : STAMPDEC_ERR_TRUNCATED;
    if (memcmp(p, "STMP", 4)) return STAMPDEC_ERR_MAGIC;
    if (len < 8) return STAMPDEC_ERR_TRUNCATED;
    if (p[4] != 1 && p[4] != 2) return STAMPDEC_ERR_VERSION;
    version = p[4];
    flags = p[5];
    total = rd16(p + 6);
    if (total < FIXED_HEADER + (version == 2) + 4) return STAMPDEC_ERR_CORRUPT;
    if (len < total) return STAMPDEC_ERR_TRUNCATED;
    if (!CRC_MATCHES(stampdec_crc32(p, total - 4u), rd32(p + total - 4))) return STAMPDEC_ERR_CRC;
    if (flags & (FLAG_PRIOR | FLAG_SCALE_SKIP)) return STAMPDEC_ERR_UNSUPPORTED;
    if (flags & ~(KNOWN_FLAGS | (version == 2 ? FLAG_STYLE | FLAG_BOUND | FLAG_TIME : 0))) return STAMPDEC_ERR_CORRUPT;
    if ((flags & FLAG_TIME) && !(flags & FLAG_NAMES)) return STAMPDEC_ERR_CORRUPT; /* stamps of a named column */
    mode = p[16];
    n_scales = p[17];
    vm1 = rd16(p + 18);
    L = rd16(p + 20);
    channels = rd16(p + 22);
    F = rd32(p + 24);
    T = rd64(p + 28);
    norm = p[36];
    pos = FIXED_HEADER;
    coded = version == 2 ? p[pos++] : n_scales;
    if (mode > 1 || norm > 1 || n_scales < 1 || L < 4 || L % 4 || channels < 1 || T < 1) return STAMPDEC_ERR_CORRUPT;
    if (pos + n_scales > total - 4u) return STAMPDEC_ERR_CORRUPT;
    /* the layout must be the model's; this also bounds the scales */
    if (memcmp(p + 8, m->model_id, 8) || mode != m->mode || n_scales != m->n_scales || vm1 + 1u != m->codebook_size ||
        L != m->atom_length || (mode == 1 && channels != m->atom_channels))
        return STAMPDEC_ERR_MODEL;
    for (i = 0; i < n_scales; i++)
        if (p[pos + i] != m->scales[i]) return STAMPDEC_ERR_MODEL;
    pos += n_scales;
    /* an error-bounded file carries no tokens (its layer predicts from decoded samples alone) */
    if ((flags & FLAG_BOUND) ? coded != 0 : (coded < 1 || coded > n_scales)) return STAMPDEC_ERR_CORRUPT;
    block = model_block(m);
    if (F < block || F % block) return STAMPDEC_ERR_CORRUPT;
    if (channels > d->max_channels) return STAMPDEC_ERR_CAPACITY;
    d->rows = mode == 0 ? channels : 1;
    d->qsum = 0;
    for (i = 0; i < n_scales; i++) {
        d->q[i] = (uint16_t)(m->scales[0] / m->scales[i]);
        d->qoff[i] = d->qsum;
        d->qsum = (uint16_t)(d->qsum + d->q[i]);
    }
    d->bits = 1;
    while ((1u << d->bits) < m->codebook_size) d->bits++;
    /* docs/FORMAT.md "Limits": the same numbers as the Python reader and the encoder */
    if (F > STAMPDEC_MAX_FRAME_SAMPLES || (uint64_t)F * channels > STAMPDEC_MAX_FRAME_VALUES) return STAMPDEC_ERR_CORRUPT;
    if ((T - 1u) / F >= STAMPDEC_MAX_FRAMES) return STAMPDEC_ERR_CORRUPT;
    memset(&inf, 0, sizeof(inf));
    if ((flags & FLAG_MEAN64) && norm != 1) return STAMPDEC_ERR_CORRUPT;
    if (norm == 1) {
        size_t each = (flags & FLAG_MEAN64) ? 12u : 8u;
        if (pos + each * channels > total - 4u) return STAMPDEC_ERR_CORRUPT;
        for (i = 0; i < channels; i++) {
            const uint8_t *q = p + pos + each * i;
            double mu = (flags & FLAG_MEAN64) ? rdf64(q) : (double)rdf32(q);
            float sd = rdf32(q + each - 4u);
            if (!isfinite(mu) || !isfinite(sd) || sd < 0) return STAMPDEC_ERR_CORRUPT;
            st_mean(d)[i] = mu;
            st_stdev(d)[i] = sd;
        }
        pos += each * channels;
    } else {
        for (i = 0; i < channels; i++) {
            st_mean(d)[i] = 0.0;
            st_stdev(d)[i] = 1.0f;
        }
    }
    if (version == 2) { /* resampling factors in sixteenths: 16..4080, one shared by a joint stream */
        if (pos + 2u * channels > total - 4u) return STAMPDEC_ERR_CORRUPT;
        for (i = 0; i < channels; i++) {
            uint16_t r = rd16(p + pos + 2u * i);
            if (r < FACTOR_ONE || r > MAX_FACTOR16 || (mode == 1 && r != rd16(p + pos))) return STAMPDEC_ERR_CORRUPT;
            st_factors(d)[i] = r;
        }
        pos += 2u * channels;
    } else {
        for (i = 0; i < channels; i++) st_factors(d)[i] = FACTOR_ONE;
    }
    if (flags & FLAG_RATE) {
        if (pos + 17u > total - 4u) return STAMPDEC_ERR_CORRUPT;
        inf.sample_rate = rdf64(p + pos);
        inf.time_origin = rdf64(p + pos + 8);
        inf.time_kind = p[pos + 16];
        if (!isfinite(inf.sample_rate) || !(inf.sample_rate > 0) || !isfinite(inf.time_origin) || (inf.time_kind & 0x7F) > 2)
            return STAMPDEC_ERR_CORRUPT;
        pos += 17;
    }
    if (flags & FLAG_NAMES) {
        for (i = 0; i <= channels; i++) {
            if (pos + 1u > total - 4u || pos + 1u + p[pos] > total - 4u) return STAMPDEC_ERR_CORRUPT;
            if (!utf8_ok(p + pos + 1u, p[pos])) return STAMPDEC_ERR_CORRUPT;
            if (i == 0 && p[pos] == 0 && (flags & FLAG_TIME)) return STAMPDEC_ERR_CORRUPT;
            pos += 1u + p[pos];
        }
    }
    if (flags & FLAG_STYLE) { /* dtype, shape, delimiter, time style, time unit: checked as Python does */
        const uint8_t *q = p + pos;
        if (pos + 5u > total - 4u) return STAMPDEC_ERR_CORRUPT;
        if (q[0] > 10 || q[1] > 2 || !(q[2] == ',' || q[2] == ';' || q[2] == '\t' || q[2] == ' ' || q[2] == '|') ||
            ((q[3] >> 1) & 3u) > 2 || ((q[3] >> 3) > 9 && (q[3] >> 3) != 15) || q[4] > 3)
            return STAMPDEC_ERR_CORRUPT;
        pos += 5;
    }
    if (flags & FLAG_BOUND) { /* finite, positive, and a unit that keeps the bound: 128 unit <= bound */
        if (pos + 24u * channels > total - 4u) return STAMPDEC_ERR_CORRUPT;
        for (i = 0; i < channels; i++) {
            double e = rdf64(p + pos), o = rdf64(p + pos + 8), u = rdf64(p + pos + 16);
            if (!isfinite(e) || !isfinite(o) || !isfinite(u) || !(e > 0) || !(u > 0) || u * (BND_QUANTUM / 2) > e)
                return STAMPDEC_ERR_CORRUPT;
            st_bound(d)[5 * i] = e;
            st_bound(d)[5 * i + 1] = st_bound(d)[5 * i + 3] = o;
            st_bound(d)[5 * i + 2] = st_bound(d)[5 * i + 4] = u;
            pos += 24;
        }
    }
    if (flags & FLAG_TIME) { /* tick digits, and numbers or dates: checked as Python does */
        if (pos + 2u > total - 4u || p[pos] > TIME_MAX_DIGITS || p[pos + 1] > 2) return STAMPDEC_ERR_CORRUPT;
        pos += 2;
    }
    if (pos != total - 4u) return STAMPDEC_ERR_CORRUPT;
    d->bounded = (flags & FLAG_BOUND) != 0;
    d->kept_time = (flags & FLAG_TIME) != 0;
    d->normalization = norm;
    d->version = version;
    d->n_coded = coded;
    d->channels = channels;
    d->hop = (uint16_t)(L / 2u);
    d->n_scales = n_scales;
    d->block = block;
    d->frame_samples = F;
    d->length = T;
    d->n_frames = (uint32_t)((T - 1u) / F + 1u); /* <= STAMPDEC_MAX_FRAMES, checked above */
    d->next_frame = 0;
    d->have_header = 1;
    inf.version = version;
    inf.coded_scales = coded;
    inf.flags = flags;
    inf.normalization = norm;
    inf.channels = channels;
    inf.frame_samples = F;
    inf.n_frames = d->n_frames;
    inf.length = T;
    inf.header_bytes = total;
    inf.bounded = d->bounded;
    inf.kept_time = d->kept_time;
    if (info) *info = inf;
    *used = total;
    return STAMPDEC_OK;
}

int stampdec_column_name(const uint8_t *p, size_t len, uint16_t index, const char **name, size_t *name_len) {
    size_t pos, total;
    uint16_t channels, i;
    if (!p || !name || !name_len || len < FIXED_HEADER + 4 || memcmp(p, "STMP", 4)) return STAMPDEC_ERR_ARG;
    total = rd16(p + 6);
    if (total > len || total < FIXED_HEADER + 4 || !(p[5] & FLAG_NAMES)) return STAMPDEC_ERR_ARG;
    channels = rd16(p + 22);
    if (index > channels) return STAMPDEC_ERR_ARG;
    pos = FIXED_HEADER + (p[4] == 2 ? 1u + 2u * channels : 0u) + p[17] +
          (p[36] == 1 ? ((p[5] & FLAG_MEAN64) ? 12u : 8u) * channels : 0u) + ((p[5] & FLAG_RATE) ? 17u : 0u);
    for (i = 0;; i++) {
        if (pos + 1u > total - 4u || pos + 1u + p[pos] > total - 4u) return STAMPDEC_ERR_CORRUPT;
        if (i == index) break;
        pos += 1u + p[pos];
    }
    *name = (const char *)(p + pos + 1);
    *name_len = p[pos];
    return STAMPDEC_OK;
}

uint32_t stampdec_next_frame_length(const stampdec *d) {
    uint64_t start;
    if (!d || d->magic != STATE_MAGIC || !d->have_header || d->next_frame >= d->n_frames) return 0;
    start = (uint64_t)d->next_frame * d->frame_samples;
    return (uint32_t)(d->length - start < d->frame_samples ? d->length - start : d->frame_samples);
}

/* One row's accumulators for the next frame: every block at full rate, 32-bit values. */
static size_t row_acc_bytes(const stampdec *d) {
    uint32_t m = stampdec_next_frame_length(d); /* 0 before a header, when d->block is not set */
    return m ? (size_t)((m + d->block - 1u) / d->block) * d->block * 4u : 0u;
}

size_t stampdec_frame_capacity(const stampdec *d, int q15) {
    uint32_t m;
    size_t tokens, bytes;
    if (!d || d->magic != STATE_MAGIC || !d->have_header || !(m = stampdec_next_frame_length(d))) return 0;
    /* at most every row's blocks of the frame at full rate, every scale's tokens per block */
    tokens = (size_t)d->rows * ((m + d->block - 1u) / d->block) * d->qsum;
    bytes = tokens * sizeof(uint16_t);
    if (q15 || d->channels > 1) bytes += row_acc_bytes(d) + 4u; /* + 4: aligning them */
    return (size_t)m * d->channels + (bytes + (q15 ? 1u : 3u)) / (q15 ? 2u : 4u);
}

int stampdec_channel_stats(const stampdec *d, uint16_t ch, double *mean, double *stdev) {
    if (!d || d->magic != STATE_MAGIC || !d->have_header || ch >= d->channels || !mean || !stdev) return STAMPDEC_ERR_ARG;
    *mean = st_mean(d)[ch];
    *stdev = (double)st_stdev(d)[ch];
    return STAMPDEC_OK;
}

/* --- frames ------------------------------------------------------------------------------ */

typedef struct {
    const uint8_t *payload; /* version 1: bit-packed tokens */
    const uint8_t *mask;    /* NaN runs, or NULL */
    size_t mask_len;
    uint32_t mask_channels; /* channels the runs list: 1 when shared, else all */
    uint32_t m;      /* samples per channel */
    uint32_t blocks; /* k (version 1; version 2 rows have their own, row_blocks) */
    const uint8_t *fields; /* the error-bounded layer's channel fields, or NULL */
} frame_view;

static unsigned unpack_at(const uint8_t *payload, uint64_t flat, unsigned bits) {
    uint64_t bit = flat * bits;
    const uint8_t *b = payload + (bit >> 3);
    unsigned off = (unsigned)(bit & 7u), need = off + bits, v = 0, i;
    if (bits == 8) return payload[flat];
    for (i = 0; i < (need + 7u) / 8u; i++) v = (v << 8) | b[i];
    return (v >> ((8u * ((need + 7u) / 8u)) - need)) & ((1u << bits) - 1u);
}

/* The same bits read in order (for the token cache): refilled a byte at a time, so it never
 * reads past the last byte a token needs. */
typedef struct {
    const uint8_t *p;
    uint64_t acc;
    unsigned n; /* bits in acc not yet read */
} bitreader;

static unsigned br_get(bitreader *b, unsigned bits) {
    while (b->n < bits) {
        b->acc = (b->acc << 8) | *b->p++;
        b->n += 8u;
    }
    b->n -= bits;
    return (unsigned)(b->acc >> b->n) & ((1u << bits) - 1u);
}

/* --- entropy-coded segments: an adaptive count model driving LZMA's range decoder --------- */

/* Group sums of the counts: the search scans at most V / 16 of them, then at most 16 counts,
 * and an update touches one count and one sum (a Fenwick tree's 2 log2 V steps cost more here). */
static void ec_sums(const uint16_t *cnt, uint16_t *grp, uint32_t n, uint32_t groups) {
    uint32_t g, i;
    for (g = 0; g < groups; g++) {
        uint32_t sum = 0, end = (g + 1u) * EC_GROUP < n ? (g + 1u) * EC_GROUP : n;
        for (i = g * EC_GROUP; i < end; i++) sum += cnt[i];
        grp[g] = (uint16_t)sum;
    }
}

static void rc_start(rcoder *c, const uint8_t *data, uint32_t len) { /* len >= 4, checked by the callers */
    c->data = data;
    c->len = len;
    c->code = ((uint32_t)data[0] << 24) | ((uint32_t)data[1] << 16) | ((uint32_t)data[2] << 8) | data[3];
    c->pos = 4;
    c->range = 0xFFFFFFFFu;
}

static int rc_normalize(rcoder *c) {
    while (c->range < EC_TOP) {
        if (c->pos >= c->len) return STAMPDEC_ERR_CORRUPT;
        c->code = (c->code << 8) | c->data[c->pos++];
        c->range <<= 8;
    }
    return STAMPDEC_OK;
}

/* A flat model of n symbols: every count 1. */
static uint32_t model_reset(uint16_t *cnt, uint32_t n, uint32_t groups) {
    uint32_t i;
    for (i = 0; i < n; i++) cnt[i] = 1;
    ec_sums(cnt, cnt + n, n, groups);
    return n;
}

#if STAMPDEC_SSE2
/* The first i < n (scanning whole vectors of 8 only) with *acc + x[0] + ... + x[i] > v, *acc then
 * the sum before x[i]; else the count scanned, *acc their sum. Prefix sums of eight counts in
 * three shifted adds, compared unsigned (every sum stays below 2^16: totals are capped). */
static uint32_t sse2_first_above(const uint16_t *x, uint32_t n, uint32_t v, uint32_t *acc) {
    const __m128i flip = _mm_set1_epi16((short)0x8000);
    const __m128i vv = _mm_set1_epi16((short)(v ^ 0x8000u));
    uint32_t i;
    for (i = 0; i + 8u <= n; i += 8u) {
        __m128i p = _mm_loadu_si128((const __m128i *)(const void *)(x + i));
        int mask;
        p = _mm_add_epi16(p, _mm_slli_si128(p, 2));
        p = _mm_add_epi16(p, _mm_slli_si128(p, 4));
        p = _mm_add_epi16(p, _mm_slli_si128(p, 8));
        p = _mm_add_epi16(p, _mm_set1_epi16((short)*acc));
        mask = _mm_movemask_epi8(_mm_cmpgt_epi16(_mm_xor_si128(p, flip), vv));
        if (mask) {
            uint16_t lanes[8];
            unsigned lane = (unsigned)__builtin_ctz((unsigned)mask) >> 1;
            _mm_storeu_si128((__m128i *)(void *)lanes, p);
            *acc = (uint32_t)lanes[lane] - x[i + lane];
            return i + lane;
        }
        *acc = (uint32_t)_mm_extract_epi16(p, 7);
    }
    return i;
}
#endif

/* The next symbol under the adaptive model cnt[n] (group sums after the counts, *total their
 * sum), which it then updates; STAMPDEC_ERR_CORRUPT when the bytes cannot be the encoder's.
 * wide: search eight counts at a time (SSE2), which pays on the token models' wide spread of
 * symbols and not on the error-bounded layer's, nearly always its first few.
 * (Cumulative tables, searched with vector compares, measured no faster with SSE2 and 45% slower
 * without: every update then adds to half a group and half the group sums.) */
static int rc_symbol(rcoder *c, uint16_t *cnt, uint32_t n, uint32_t groups, uint32_t *total, uint32_t inc,
                     uint32_t limit, int wide, unsigned *sym) {
    uint16_t *grp = cnt + n;
    uint32_t r = c->range / *total, v = c->code / r, acc = 0, k = 0, s, i;
    (void)wide;
    if (v >= *total) return STAMPDEC_ERR_CORRUPT;
#if STAMPDEC_SSE2
    if (wide) k = sse2_first_above(grp, groups, v, &acc);
#endif
    while (acc + grp[k] <= v) acc += grp[k++]; /* v < total: stops inside the last group at the latest */
    s = k * EC_GROUP;
#if STAMPDEC_SSE2
    if (wide && s + EC_GROUP <= n) s += sse2_first_above(cnt + s, EC_GROUP, v, &acc);
#endif
    for (; acc + cnt[s] <= v; s++) acc += cnt[s];
    c->code -= r * acc;
    c->range = r * cnt[s];
    if (rc_normalize(c)) return STAMPDEC_ERR_CORRUPT;
    *sym = s;
    cnt[s] = (uint16_t)(cnt[s] + inc);
    grp[k] = (uint16_t)(grp[k] + inc);
    *total += inc;
    if (*total > limit) { /* halve, rounding up */
        *total = 0;
        for (i = 0; i < n; i++) {
            cnt[i] = (uint16_t)((cnt[i] + 1u) >> 1);
            *total += cnt[i];
        }
        ec_sums(cnt, grp, n, groups);
    }
    return STAMPDEC_OK;
}

/* n <= 16 raw bits at probability 1/2 each. */
static int rc_bits(rcoder *c, unsigned n, uint32_t *value) {
    uint32_t v;
    c->range >>= n;
    v = c->code / c->range;
    if (v >> n) return STAMPDEC_ERR_CORRUPT;
    c->code -= v * c->range;
    *value = v;
    return rc_normalize(c);
}

/* (Re)start segment si's decoder at its first byte, with a flat model. */
static void ec_start(stampdec *d, unsigned si) {
    segment *g = &d->seg[si];
    g->total = model_reset(st_coder(d, si), d->alphabet, d->ec_groups);
    rc_start(&g->rc, g->data, g->len);
    g->next = 0;
}

/* The next symbol of segment si. */
static int ec_next(stampdec *d, unsigned si, unsigned *sym) {
    segment *g = &d->seg[si];
    int r = rc_symbol(&g->rc, st_coder(d, si), d->alphabet, d->ec_groups, &g->total, EC_INCREMENT, EC_LIMIT, 1, sym);
    if (!r) g->next++;
    return r;
}

/* Token t of the current row at scale si in a version 2 segment. Entropy-coded segments are
 * decoded in order into a ring that holds what one block needs; going back past it (the second
 * atom channel of a joint stream) restarts the segment. */
static unsigned token_v2(stampdec *d, uint32_t si, uint32_t t) {
    segment *g;
    uint32_t flat;
    uint16_t *ring;
    g = &d->seg[si];
    flat = d->row_base[si] + t;
    if (!g->coded) return unpack_at(g->data, flat, d->fbits);
    ring = st_ring(d, si);
    if (flat + d->ring <= g->next) ec_start(d, si);
    while (g->next <= flat) {
        unsigned v = 0;
        uint32_t at = g->next;
        ec_next(d, si, &v); /* cannot fail: parse_frame decoded the segment once already */
        ring[at & (d->ring - 1u)] = (uint16_t)v;
    }
    return ring[flat & (d->ring - 1u)];
}

/* Token t of a row at scale si: small, so that the version 1 path inlines into its caller. */
static unsigned token_at(stampdec *d, const frame_view *f, uint32_t row, unsigned si, uint32_t t) {
    uint32_t q;
    if (d->seg[si].cache) return d->seg[si].cache[d->row_base[si] + t];
    if (d->version != 1) return token_v2(d, si, t);
    q = d->q[si];
    return unpack_at(f->payload, ((uint64_t)(t / q) * d->rows + row) * d->qsum + d->qoff[si] + t % q, d->bits);
}

static uint32_t ceil_div(uint32_t a, uint32_t b) { return a / b + (a % b != 0); }

/* Coded samples and blocks of a row in a frame of m samples (version 2 resamples rows):
 * ceil(m / r) = ceil(16 m / F). */
static uint32_t row_coded(const stampdec *d, uint32_t row, uint32_t m) {
    uint64_t num = (uint64_t)FACTOR_ONE * m, f = st_factors(d)[d->rows == 1 ? 0 : row];
    return (uint32_t)(num / f + (num % f != 0));
}
static uint32_t row_blocks(const stampdec *d, uint32_t row, uint32_t m) { return ceil_div(row_coded(d, row, m), d->block); }

/* Version 2 segments: lengths, CRC-free checks, and every entropy-coded one decoded once. */
static int parse_segments(stampdec *d, const uint8_t *p, size_t len, size_t *pos, uint32_t m) {
    unsigned si;
    uint32_t row;
    uint64_t blocks = 0;
    for (row = 0; row < d->rows; row++) blocks += row_blocks(d, row, m);
    for (si = 0; si < d->n_coded; si++) {
        segment *g = &d->seg[si];
        uint64_t field, raw;
        int r = rd_varint(p, len, pos, &field);
        if (r) return r;
        g->count = (uint32_t)(blocks * d->q[si]); /* <= 2^21 x 255: frames are bounded */
        raw = ((uint64_t)g->count * d->fbits + 7u) / 8u;
        g->coded = (uint8_t)(field & 1u);
        field >>= 1;
        if (g->coded ? (field < 4 || field >= raw || d->alphabet > EC_MAX_SYMBOLS) : field != raw)
            return STAMPDEC_ERR_CORRUPT;
        if (field > len - *pos) return STAMPDEC_ERR_TRUNCATED;
        g->data = p + *pos;
        g->len = (uint32_t)field;
        *pos += (size_t)field;
    }
    return STAMPDEC_OK;
}

/* Every segment checked before any output: entropy-coded ones decoded in full (into the spare
 * bytes after the frame's output when they hold them, so synthesis reads each symbol there
 * instead of decoding the segment a second time). */
static int check_segments(stampdec *d, uint8_t *spare, size_t spare_bytes) {
    unsigned si;
    uint32_t i;
    for (si = 0; si < d->n_coded; si++) {
        segment *g = &d->seg[si];
        uint16_t *cache = spare && spare_bytes / sizeof(uint16_t) >= g->count ? (uint16_t *)(void *)spare : NULL;
        g->cache = NULL;
        if (g->coded) {
            uint16_t *cnt = st_coder(d, si);
            uint32_t n = d->alphabet, groups = d->ec_groups, total;
            rcoder rc;
            ec_start(d, si);
            rc = g->rc; /* locals in the loop: nothing the stores below write can change them */
            total = g->total;
            for (i = 0; i < g->count; i++) {
                unsigned v = 0;
                int r = rc_symbol(&rc, cnt, n, groups, &total, EC_INCREMENT, EC_LIMIT, 1, &v);
                if (r) return r;
                if (cache) cache[i] = (uint16_t)v;
            }
            if (rc.pos != g->len) return STAMPDEC_ERR_CORRUPT; /* the encoder's bytes, exactly */
            if (!cache) ec_start(d, si); /* synthesis decodes it again */
        } else if (cache || (1u << d->fbits) != d->alphabet) {
            bitreader br = {NULL, 0, 0};
            br.p = g->data;
            for (i = 0; i < g->count; i++) {
                unsigned v = br_get(&br, d->fbits);
                if (v >= d->alphabet) return STAMPDEC_ERR_CORRUPT;
                if (cache) cache[i] = (uint16_t)v;
            }
        }
        if (cache) {
            g->cache = cache;
            spare += (size_t)g->count * sizeof(uint16_t);
            spare_bytes -= (size_t)g->count * sizeof(uint16_t);
        }
    }
    return STAMPDEC_OK;
}

/* Version 1: every token checked against the codebook where the bit width allows more, and
 * unpacked into cache (when not NULL) in the order synthesis reads them: scale by scale, row
 * after row, as version 2 segments hold them. The payload interleaves blocks, rows and scales. */
static int unpack_v1(stampdec *d, const frame_view *f, uint16_t *cache) {
    bitreader br = {NULL, 0, 0};
    uint16_t *at[STAMPDEC_MAX_SCALES];
    uint32_t blk, row, j, V = d->m->codebook_size, blocks = f->blocks, rows = d->rows, q[STAMPDEC_MAX_SCALES];
    unsigned si, n_scales = d->n_scales, bits = d->bits;
    size_t off = 0;
    br.p = f->payload;
    for (si = 0; si < n_scales; si++) {
        q[si] = d->q[si]; /* locals: the stores below may alias d */
        at[si] = cache ? cache + off : NULL;
        d->seg[si].cache = at[si];
        off += (size_t)rows * blocks * q[si];
    }
    if (bits == 8u && V == 256u && cache) { /* the default: bytes, every value a codeword */
        for (blk = 0; blk < blocks; blk++)
            for (row = 0; row < rows; row++)
                for (si = 0; si < n_scales; si++) {
                    uint16_t *to = at[si] + ((size_t)row * blocks + blk) * q[si];
                    for (j = 0; j < q[si]; j++) to[j] = *br.p++;
                }
        return STAMPDEC_OK;
    }
    for (blk = 0; blk < blocks; blk++)
        for (row = 0; row < rows; row++)
            for (si = 0; si < n_scales; si++) {
                size_t base = ((size_t)row * blocks + blk) * q[si];
                for (j = 0; j < q[si]; j++) {
                    unsigned v = br_get(&br, bits);
                    if (v >= V) return STAMPDEC_ERR_CORRUPT;
                    if (cache) at[si][base + j] = (uint16_t)v;
                }
            }
    return STAMPDEC_OK;
}

/* The error-bounded layer's fields, one per channel: varint (bytes << 4 | refine << 3 | grid << 2 |
 * predictor), bytes; each at least the coder's 4 bytes (after a grid's 16) and at most 8 per
 * sample + 24 (as the Python reader says); refine only with interpolation, never with a grid. */
static int parse_fields(stampdec *d, const uint8_t *p, size_t len, size_t *pos, uint32_t m) {
    uint32_t c;
    for (c = 0; c < d->channels; c++) {
        uint64_t field;
        int r = rd_varint(p, len, pos, &field);
        if (r) return r;
        if ((field >> 4) < ((field & 4u) ? 20u : 4u) || (field >> 4) > 8u * (uint64_t)m + 24u) return STAMPDEC_ERR_CORRUPT;
        if ((field & 8u) && ((field & 3u) < 2u || (field & 4u))) return STAMPDEC_ERR_CORRUPT;
        field >>= 4;
        if (field > len - *pos) return STAMPDEC_ERR_TRUNCATED;
        *pos += (size_t)field;
    }
    return STAMPDEC_OK;
}

/* Check flags, mask, CRC and every token before anything is written. */
static int parse_frame(stampdec *d, const uint8_t *p, size_t len, size_t *used, frame_view *f, uint8_t *spare,
                       size_t spare_bytes) {
    size_t pos = 1, payload, end;
    uint64_t mask_len = 0, n_tokens, i;
    uint32_t m;
    if (!d->have_header) return STAMPDEC_ERR_STATE;
    m = stampdec_next_frame_length(d);
    if (!m) return STAMPDEC_ERR_STATE;
    if (len < 1) return STAMPDEC_ERR_TRUNCATED;
    if (p[0] & ~(FRAME_MASK | FRAME_SKIP | FRAME_MASK_SHARED)) return STAMPDEC_ERR_CORRUPT;
    if ((p[0] & FRAME_MASK_SHARED) && !(p[0] & FRAME_MASK)) return STAMPDEC_ERR_CORRUPT;
    if ((p[0] & FRAME_SKIP) && (d->version == 1 || d->bounded)) return STAMPDEC_ERR_CORRUPT;
    d->alphabet = d->m->codebook_size + ((p[0] & FRAME_SKIP) ? 1u : 0u);
    d->ec_groups = (d->alphabet + EC_GROUP - 1u) / EC_GROUP;
    d->fbits = 1;
    while ((1u << d->fbits) < d->alphabet) d->fbits++;
    f->mask = NULL;
    f->mask_len = 0;
    f->mask_channels = (p[0] & FRAME_MASK_SHARED) ? 1u : d->channels;
    if (p[0] & FRAME_MASK) {
        int r = rd_varint(p, len, &pos, &mask_len);
        if (r) return r;
        if (mask_len > (uint64_t)d->channels * (3u + 6u * (uint64_t)m)) return STAMPDEC_ERR_CORRUPT;
        if (mask_len > len - pos) return STAMPDEC_ERR_TRUNCATED;
        f->mask = p + pos;
        f->mask_len = (size_t)mask_len;
        pos += (size_t)mask_len;
    }
    if (d->kept_time) { /* exact time stamps: their length is checked (10 m + 36 at most), not their bytes */
        uint64_t time_len;
        int r = rd_varint(p, len, &pos, &time_len);
        if (r) return r;
        if (time_len < 1 || time_len > 10u * (uint64_t)m + 36u) return STAMPDEC_ERR_CORRUPT;
        if (time_len > len - pos) return STAMPDEC_ERR_TRUNCATED;
        pos += (size_t)time_len;
    }
    f->m = m;
    f->blocks = (m + d->block - 1u) / d->block;
    if (d->version == 2) {
        int r;
        end = pos;
        if ((r = parse_segments(d, p, len, &end, m))) return r;
        f->fields = d->bounded ? p + end : NULL;
        if (d->bounded && (r = parse_fields(d, p, len, &end, m))) return r;
        if (4u > len - end) return STAMPDEC_ERR_TRUNCATED;
        if (!CRC_MATCHES(stampdec_crc32(p, end), rd32(p + end))) return STAMPDEC_ERR_CRC;
        if ((r = check_segments(d, spare, spare_bytes))) return r;
    } else {
        n_tokens = (uint64_t)f->blocks * d->rows * d->qsum;
        payload = (size_t)((n_tokens * d->bits + 7u) / 8u);
        if (payload > len - pos || 4u > len - pos - payload) return STAMPDEC_ERR_TRUNCATED;
        end = pos + payload;
        if (!CRC_MATCHES(stampdec_crc32(p, end), rd32(p + end))) return STAMPDEC_ERR_CRC;
        f->payload = p + pos;
    }
    if (d->version == 1) {
        size_t need = (size_t)f->blocks * d->rows * d->qsum * sizeof(uint16_t);
        uint16_t *cache = spare && spare_bytes >= need ? (uint16_t *)(void *)spare : NULL;
        unsigned si;
        for (si = 0; si < d->n_scales; si++) d->seg[si].cache = NULL;
        if (cache || (1u << d->bits) != d->m->codebook_size) {
            int r = unpack_v1(d, f, cache);
            if (r) return r;
        }
    }
    if (f->mask) { /* runs inside the frame, mask consumed exactly */
        size_t mp = 0;
        uint32_t c;
        for (c = 0; c < f->mask_channels; c++) {
            uint64_t runs, at = 0, gap, n;
            int r = rd_varint(f->mask, f->mask_len, &mp, &runs);
            if (r) return STAMPDEC_ERR_CORRUPT;
            if (runs > m) return STAMPDEC_ERR_CORRUPT;
            for (i = 0; i < runs; i++) {
                if (rd_varint(f->mask, f->mask_len, &mp, &gap) || rd_varint(f->mask, f->mask_len, &mp, &n))
                    return STAMPDEC_ERR_CORRUPT;
                if (gap > m || n == 0 || n > m || at + gap + n > m) return STAMPDEC_ERR_CORRUPT;
                at += gap + n;
            }
        }
        if (mp != f->mask_len) return STAMPDEC_ERR_CORRUPT;
    }
    *used = end + 4u;
    return STAMPDEC_OK;
}

/* Calls mark(ctx, channel, start, count) for every missing run (already validated). */
static void for_each_run(const stampdec *d, const frame_view *f, void (*mark)(void *, uint32_t, uint32_t, uint32_t), void *ctx) {
    size_t mp = 0;
    uint32_t c;
    if (!f->mask) return;
    for (c = 0; c < d->channels; c++) {
        uint64_t runs = 0, at = 0, gap = 0, n = 0, i;
        if (f->mask_channels == 1) mp = 0; /* shared: every channel rereads the one list */
        rd_varint(f->mask, f->mask_len, &mp, &runs);
        for (i = 0; i < runs; i++) {
            rd_varint(f->mask, f->mask_len, &mp, &gap);
            rd_varint(f->mask, f->mask_len, &mp, &n);
            at += gap;
            mark(ctx, c, (uint32_t)at, (uint32_t)n);
            at += n;
        }
    }
}

/* acc[j s + rr] += lerp of seg around pooled sample j: half-pixel centres, so phase rr sits at
 * j + (rr + 0.5) / s - 0.5, between seg[j] and seg[j + 1] or seg[j + 1] and seg[j + 2] (seg[0] is
 * pooled sample -1), as a + (b - a) w in float32: the numpy decoder's operations, so both give the
 * same bits. On x86 SSE2 computes four j at a time in the same operations. (Factor 1 never gets
 * here: its tier adds directly.) */
#if STAMPDEC_SSE2

/* y (=|+=) a + b over n values, 8 at a time; returns how many it did (a multiple of 8) */
static uint32_t sse2_sum2_f32(float *restrict y, const float *restrict a, const float *restrict b, uint32_t n, int add) {
    const float *end = a + (n & ~7u); /* pointers, not indices: fewer instructions per step */
    if (add)
        for (; a < end; a += 8, b += 8, y += 8) {
            _mm_storeu_ps(y, _mm_add_ps(_mm_loadu_ps(y), _mm_add_ps(_mm_loadu_ps(a), _mm_loadu_ps(b))));
            _mm_storeu_ps(y + 4, _mm_add_ps(_mm_loadu_ps(y + 4), _mm_add_ps(_mm_loadu_ps(a + 4), _mm_loadu_ps(b + 4))));
        }
    else
        for (; a < end; a += 8, b += 8, y += 8) {
            _mm_storeu_ps(y, _mm_add_ps(_mm_loadu_ps(a), _mm_loadu_ps(b)));
            _mm_storeu_ps(y + 4, _mm_add_ps(_mm_loadu_ps(a + 4), _mm_loadu_ps(b + 4)));
        }
    return n & ~7u;
}

/* the same from int16 tables into int32 sums, sign-extended by unpacking with itself and an
 * arithmetic shift (SSE2 has no widening move) */
static uint32_t sse2_sum2_q15(int32_t *restrict y, const int16_t *restrict a, const int16_t *restrict b, uint32_t n,
                              int add) {
    uint32_t i;
    for (i = 0; i + 8u <= n; i += 8u) {
        __m128i va = _mm_loadu_si128((const __m128i *)(const void *)(a + i));
        __m128i vb = _mm_loadu_si128((const __m128i *)(const void *)(b + i));
        __m128i s0 = _mm_add_epi32(_mm_srai_epi32(_mm_unpacklo_epi16(va, va), 16), _mm_srai_epi32(_mm_unpacklo_epi16(vb, vb), 16));
        __m128i s1 = _mm_add_epi32(_mm_srai_epi32(_mm_unpackhi_epi16(va, va), 16), _mm_srai_epi32(_mm_unpackhi_epi16(vb, vb), 16));
        __m128i *o = (__m128i *)(void *)(y + i);
        if (add) {
            s0 = _mm_add_epi32(_mm_loadu_si128(o), s0);
            s1 = _mm_add_epi32(_mm_loadu_si128(o + 1), s1);
        }
        _mm_storeu_si128(o, s0);
        _mm_storeu_si128(o + 1, s1);
    }
    return i;
}

/* *y = v, or *y += v */
static void put_ps(float *y, __m128 v, int add) { _mm_storeu_ps(y, add ? _mm_add_ps(_mm_loadu_ps(y), v) : v); }
static void put_epi32(int32_t *y, __m128i v, int add) {
    __m128i *p = (__m128i *)(void *)y;
    _mm_storeu_si128(p, add ? _mm_add_epi32(_mm_loadu_si128(p), v) : v);
}
static __m128i load_epi32(const int32_t *x) { return _mm_loadu_si128((const __m128i *)(const void *)x); }

static size_t upsample2_f32_sse2(float *restrict acc, const float *restrict seg, size_t per, int add) {
    const __m128 q1 = _mm_set1_ps(0.25f), q3 = _mm_set1_ps(0.75f);
    const float *end = seg + (per & ~(size_t)3u);
    for (; seg < end; seg += 4, acc += 8) {
        __m128 a = _mm_loadu_ps(seg), b = _mm_loadu_ps(seg + 1), c = _mm_loadu_ps(seg + 2);
        __m128 e = _mm_add_ps(a, _mm_mul_ps(_mm_sub_ps(b, a), q3));
        __m128 o = _mm_add_ps(b, _mm_mul_ps(_mm_sub_ps(c, b), q1));
        put_ps(acc, _mm_unpacklo_ps(e, o), add);
        put_ps(acc + 4, _mm_unpackhi_ps(e, o), add);
    }
    return per & ~(size_t)3u;
}

static size_t upsample4_f32_sse2(float *restrict acc, const float *restrict seg, size_t per, int add) {
    const __m128 w1 = _mm_set1_ps(0.125f), w3 = _mm_set1_ps(0.375f), w5 = _mm_set1_ps(0.625f),
                 w7 = _mm_set1_ps(0.875f);
    const float *end = seg + (per & ~(size_t)3u);
    for (; seg < end; seg += 4, acc += 16) {
        __m128 a = _mm_loadu_ps(seg), b = _mm_loadu_ps(seg + 1), c = _mm_loadu_ps(seg + 2);
        __m128 ab = _mm_sub_ps(b, a), bc = _mm_sub_ps(c, b);
        __m128 p0 = _mm_add_ps(a, _mm_mul_ps(ab, w5)), p1 = _mm_add_ps(a, _mm_mul_ps(ab, w7));
        __m128 p2 = _mm_add_ps(b, _mm_mul_ps(bc, w1)), p3 = _mm_add_ps(b, _mm_mul_ps(bc, w3));
        _MM_TRANSPOSE4_PS(p0, p1, p2, p3);
        put_ps(acc, p0, add);
        put_ps(acc + 4, p1, add);
        put_ps(acc + 8, p2, add);
        put_ps(acc + 12, p3, add);
    }
    return per & ~(size_t)3u;
}

/* (w_a a + w_b b) >> 3 with the integer weights as shifts and adds (SSE2 has no 32-bit multiply) */
static size_t upsample2_q15_sse2(int32_t *restrict acc, const int32_t *restrict seg, size_t per, int add) {
    size_t j;
    for (j = 0; j + 4u <= per; j += 4u) {
        __m128i a = load_epi32(seg + j), b = load_epi32(seg + j + 1), c = load_epi32(seg + j + 2);
        __m128i b6 = _mm_add_epi32(_mm_slli_epi32(b, 2), _mm_slli_epi32(b, 1));
        __m128i e = _mm_srai_epi32(_mm_add_epi32(_mm_slli_epi32(a, 1), b6), 3);
        __m128i o = _mm_srai_epi32(_mm_add_epi32(b6, _mm_slli_epi32(c, 1)), 3);
        put_epi32(acc + 2 * j, _mm_unpacklo_epi32(e, o), add);
        put_epi32(acc + 2 * j + 4, _mm_unpackhi_epi32(e, o), add);
    }
    return j;
}

static size_t upsample4_q15_sse2(int32_t *restrict acc, const int32_t *restrict seg, size_t per, int add) {
    size_t j;
    for (j = 0; j + 4u <= per; j += 4u) {
        __m128i a = load_epi32(seg + j), b = load_epi32(seg + j + 1), c = load_epi32(seg + j + 2);
        __m128i a3 = _mm_add_epi32(a, _mm_slli_epi32(a, 1)), c3 = _mm_add_epi32(c, _mm_slli_epi32(c, 1));
        __m128i b5 = _mm_add_epi32(b, _mm_slli_epi32(b, 2)), b7 = _mm_sub_epi32(_mm_slli_epi32(b, 3), b);
        __m128 p0 = _mm_castsi128_ps(_mm_srai_epi32(_mm_add_epi32(a3, b5), 3));
        __m128 p1 = _mm_castsi128_ps(_mm_srai_epi32(_mm_add_epi32(a, b7), 3));
        __m128 p2 = _mm_castsi128_ps(_mm_srai_epi32(_mm_add_epi32(b7, c), 3));
        __m128 p3 = _mm_castsi128_ps(_mm_srai_epi32(_mm_add_epi32(b5, c3), 3));
        _MM_TRANSPOSE4_PS(p0, p1, p2, p3); /* moves bits only */
        put_epi32(acc + 4 * j, _mm_castps_si128(p0), add);
        put_epi32(acc + 4 * j + 4, _mm_castps_si128(p1), add);
        put_epi32(acc + 4 * j + 8, _mm_castps_si128(p2), add);
        put_epi32(acc + 4 * j + 12, _mm_castps_si128(p3), add);
    }
    return j;
}
#endif

#if STAMPDEC_AVX2
AVX2 static void put8_ps(float *y, __m256 v, int add) {
    _mm256_storeu_ps(y, add ? _mm256_add_ps(_mm256_loadu_ps(y), v) : v);
}
AVX2 static void put8_epi32(int32_t *y, __m256i v, int add) {
    __m256i *p = (__m256i *)(void *)y;
    _mm256_storeu_si256(p, add ? _mm256_add_epi32(_mm256_loadu_si256(p), v) : v);
}
AVX2 static __m256i load8_epi32(const int32_t *x) { return _mm256_loadu_si256((const __m256i *)(const void *)x); }

AVX2 static uint32_t avx2_sum2_f32(float *restrict y, const float *restrict a, const float *restrict b, uint32_t n,
                                   int add) {
    const float *end = a + (n & ~7u);
    for (; a < end; a += 8, b += 8, y += 8) put8_ps(y, _mm256_add_ps(_mm256_loadu_ps(a), _mm256_loadu_ps(b)), add);
    return n & ~7u;
}

AVX2 static uint32_t avx2_sum2_q15(int32_t *restrict y, const int16_t *restrict a, const int16_t *restrict b,
                                   uint32_t n, int add) {
    const int16_t *end = a + (n & ~7u);
    for (; a < end; a += 8, b += 8, y += 8) {
        __m256i va = _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)a));
        __m256i vb = _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)b));
        put8_epi32(y, _mm256_add_epi32(va, vb), add);
    }
    return n & ~7u;
}

/* eight j: e and o interleaved (unpack works within 128-bit halves, permute2f128 puts them in order) */
AVX2 static size_t avx2_upsample2_f32(float *restrict acc, const float *restrict seg, size_t per, int add) {
    const __m256 q1 = _mm256_set1_ps(0.25f), q3 = _mm256_set1_ps(0.75f);
    const float *end = seg + (per & ~(size_t)7u);
    for (; seg < end; seg += 8, acc += 16) {
        __m256 a = _mm256_loadu_ps(seg), b = _mm256_loadu_ps(seg + 1), c = _mm256_loadu_ps(seg + 2);
        __m256 e = _mm256_add_ps(a, _mm256_mul_ps(_mm256_sub_ps(b, a), q3));
        __m256 o = _mm256_add_ps(b, _mm256_mul_ps(_mm256_sub_ps(c, b), q1));
        __m256 lo = _mm256_unpacklo_ps(e, o), hi = _mm256_unpackhi_ps(e, o);
        put8_ps(acc, _mm256_permute2f128_ps(lo, hi, 0x20), add);
        put8_ps(acc + 8, _mm256_permute2f128_ps(lo, hi, 0x31), add);
    }
    return per & ~(size_t)7u;
}

/* eight j: a 4 x 4 transpose within each 128-bit half, then the halves in order */
#define AVX2_TRANSPOSE_STORE(P0, P1, P2, P3, PUT, Y)                                                  \
    do {                                                                                              \
        __m256 t0 = _mm256_unpacklo_ps(P0, P1), t1 = _mm256_unpacklo_ps(P2, P3);                      \
        __m256 t2 = _mm256_unpackhi_ps(P0, P1), t3 = _mm256_unpackhi_ps(P2, P3);                      \
        __m256 r0 = _mm256_shuffle_ps(t0, t1, 0x44), r1 = _mm256_shuffle_ps(t0, t1, 0xEE);            \
        __m256 r2 = _mm256_shuffle_ps(t2, t3, 0x44), r3 = _mm256_shuffle_ps(t2, t3, 0xEE);            \
        PUT((Y), _mm256_permute2f128_ps(r0, r1, 0x20));                                               \
        PUT((Y) + 8, _mm256_permute2f128_ps(r2, r3, 0x20));                                           \
        PUT((Y) + 16, _mm256_permute2f128_ps(r0, r1, 0x31));                                          \
        PUT((Y) + 24, _mm256_permute2f128_ps(r2, r3, 0x31));                                          \
    } while (0)

AVX2 static size_t avx2_upsample4_f32(float *restrict acc, const float *restrict seg, size_t per, int add) {
    const __m256 w1 = _mm256_set1_ps(0.125f), w3 = _mm256_set1_ps(0.375f), w5 = _mm256_set1_ps(0.625f),
                 w7 = _mm256_set1_ps(0.875f);
    const float *end = seg + (per & ~(size_t)7u);
    for (; seg < end; seg += 8, acc += 32) {
        __m256 a = _mm256_loadu_ps(seg), b = _mm256_loadu_ps(seg + 1), c = _mm256_loadu_ps(seg + 2);
        __m256 ab = _mm256_sub_ps(b, a), bc = _mm256_sub_ps(c, b);
        __m256 p0 = _mm256_add_ps(a, _mm256_mul_ps(ab, w5)), p1 = _mm256_add_ps(a, _mm256_mul_ps(ab, w7));
        __m256 p2 = _mm256_add_ps(b, _mm256_mul_ps(bc, w1)), p3 = _mm256_add_ps(b, _mm256_mul_ps(bc, w3));
#define PUT8(Y, V) put8_ps(Y, V, add)
        AVX2_TRANSPOSE_STORE(p0, p1, p2, p3, PUT8, acc);
#undef PUT8
    }
    return per & ~(size_t)7u;
}

AVX2 static size_t avx2_upsample2_q15(int32_t *restrict acc, const int32_t *restrict seg, size_t per, int add) {
    const int32_t *end = seg + (per & ~(size_t)7u);
    for (; seg < end; seg += 8, acc += 16) {
        __m256i a = load8_epi32(seg), b = load8_epi32(seg + 1), c = load8_epi32(seg + 2);
        __m256i b6 = _mm256_add_epi32(_mm256_slli_epi32(b, 2), _mm256_slli_epi32(b, 1));
        __m256i e = _mm256_srai_epi32(_mm256_add_epi32(_mm256_slli_epi32(a, 1), b6), 3);
        __m256i o = _mm256_srai_epi32(_mm256_add_epi32(b6, _mm256_slli_epi32(c, 1)), 3);
        __m256i lo = _mm256_unpacklo_epi32(e, o), hi = _mm256_unpackhi_epi32(e, o);
        put8_epi32(acc, _mm256_permute2x128_si256(lo, hi, 0x20), add);
        put8_epi32(acc + 8, _mm256_permute2x128_si256(lo, hi, 0x31), add);
    }
    return per & ~(size_t)7u;
}

AVX2 static size_t avx2_upsample4_q15(int32_t *restrict acc, const int32_t *restrict seg, size_t per, int add) {
    const int32_t *end = seg + (per & ~(size_t)7u);
    for (; seg < end; seg += 8, acc += 32) {
        __m256i a = load8_epi32(seg), b = load8_epi32(seg + 1), c = load8_epi32(seg + 2);
        __m256i a3 = _mm256_add_epi32(a, _mm256_slli_epi32(a, 1)), c3 = _mm256_add_epi32(c, _mm256_slli_epi32(c, 1));
        __m256i b5 = _mm256_add_epi32(b, _mm256_slli_epi32(b, 2)), b7 = _mm256_sub_epi32(_mm256_slli_epi32(b, 3), b);
        __m256 p0 = _mm256_castsi256_ps(_mm256_srai_epi32(_mm256_add_epi32(a3, b5), 3));
        __m256 p1 = _mm256_castsi256_ps(_mm256_srai_epi32(_mm256_add_epi32(a, b7), 3));
        __m256 p2 = _mm256_castsi256_ps(_mm256_srai_epi32(_mm256_add_epi32(b7, c), 3));
        __m256 p3 = _mm256_castsi256_ps(_mm256_srai_epi32(_mm256_add_epi32(b5, c3), 3));
#define PUT8(Y, V) put8_epi32(Y, _mm256_castps_si256(V), add)
        AVX2_TRANSPOSE_STORE(p0, p1, p2, p3, PUT8, acc); /* moves bits only */
#undef PUT8
    }
    return per & ~(size_t)7u;
}

/* sixteen at a time; packs works within 128-bit halves, so the quarters are put back in order */
AVX2 static uint32_t avx2_round_q15(int16_t *restrict o, const int32_t *restrict acc, uint32_t n, int shift) {
    const __m256i h = _mm256_set1_epi32((int32_t)1 << (shift - 1));
    const __m128i sh = _mm_cvtsi32_si128(shift);
    uint32_t i;
    for (i = 0; i + 16u <= n; i += 16u) {
        __m256i a = _mm256_sra_epi32(_mm256_add_epi32(load8_epi32(acc + i), h), sh);
        __m256i b = _mm256_sra_epi32(_mm256_add_epi32(load8_epi32(acc + i + 8), h), sh);
        _mm256_storeu_si256((__m256i *)(void *)(o + i), _mm256_permute4x64_epi64(_mm256_packs_epi32(a, b), 0xD8));
    }
    return i;
}
#endif

/* acc[k] = v (the first tier), or acc[k] += v */
#define PUT(k, v) (add ? (acc[k] += (v)) : (acc[k] = (v)))
/* how many j the vector kernel for factor S did (whole groups of 4 or 8), 0 without one */
#if STAMPDEC_AVX2
#define VECTOR_UPSAMPLE(S, PATH) \
    (avx2 ? avx2_upsample##S##_##PATH(acc, seg, per, add) : upsample##S##_##PATH##_sse2(acc, seg, per, add))
#elif STAMPDEC_SSE2
#define VECTOR_UPSAMPLE(S, PATH) upsample##S##_##PATH##_sse2(acc, seg, per, add)
#else
#define VECTOR_UPSAMPLE(S, PATH) 0u
#endif

static void upsample_add_f32(float *restrict acc, const float *restrict seg, uint32_t per, uint32_t s, int add, int avx2) {
    size_t j = 0; /* not uint32_t: wrap-around semantics of s * j would block vectorisation */
    uint32_t rr;
    (void)avx2;
    if (s == 2) {
        j = VECTOR_UPSAMPLE(2, f32);
        for (; j < per; j++) {
            PUT(2 * j, seg[j] + (seg[j + 1] - seg[j]) * 0.75f);
            PUT(2 * j + 1, seg[j + 1] + (seg[j + 2] - seg[j + 1]) * 0.25f);
        }
        return;
    }
    if (s == 4) {
        j = VECTOR_UPSAMPLE(4, f32);
        for (; j < per; j++) {
            PUT(4 * j, seg[j] + (seg[j + 1] - seg[j]) * 0.625f);
            PUT(4 * j + 1, seg[j] + (seg[j + 1] - seg[j]) * 0.875f);
            PUT(4 * j + 2, seg[j + 1] + (seg[j + 2] - seg[j + 1]) * 0.125f);
            PUT(4 * j + 3, seg[j + 1] + (seg[j + 2] - seg[j + 1]) * 0.375f);
        }
        return;
    }
    for (rr = 0; rr < s; rr++) {
        double delta = (rr + 0.5) / s - 0.5;
        unsigned k = delta < 0 ? 0u : 1u;
        float w = (float)(delta < 0 ? 1.0 + delta : delta);
        for (j = 0; j < per; j++) PUT(j * s + rr, seg[j + k] + (seg[j + k + 1] - seg[j + k]) * w);
    }
}

/* The same in fixed point. For factors 2 and 4 the weights are multiples of 1/8, so
 * (w_a a + w_b b) >> 3 (= a + ((b - a) w_b >> 3) exactly, as 8 a is a multiple of 8) fits
 * int32 and vectorises; other factors use Q15 weights with a 64-bit product. Both round the
 * same way (an arithmetic shift). */
static void upsample_add_q15(int32_t *restrict acc, const int32_t *restrict seg, uint32_t per, uint32_t s, int add,
                             int avx2) {
    size_t j = 0;
    uint32_t rr;
    (void)avx2;
    if (s == 2) {
        j = VECTOR_UPSAMPLE(2, q15);
        for (; j < per; j++) {
            int32_t a = seg[j], b = seg[j + 1], c = seg[j + 2];
            PUT(2 * j, (2 * a + 6 * b) >> 3);
            PUT(2 * j + 1, (6 * b + 2 * c) >> 3);
        }
        return;
    }
    if (s == 4) {
        j = VECTOR_UPSAMPLE(4, q15);
        for (; j < per; j++) {
            int32_t a = seg[j], b = seg[j + 1], c = seg[j + 2];
            PUT(4 * j, (3 * a + 5 * b) >> 3);
            PUT(4 * j + 1, (a + 7 * b) >> 3);
            PUT(4 * j + 2, (7 * b + c) >> 3);
            PUT(4 * j + 3, (5 * b + 3 * c) >> 3);
        }
        return;
    }
    for (rr = 0; rr < s; rr++) {
        int32_t num = (int32_t)(2u * rr + 1u) - (int32_t)s;
        unsigned k = num < 0 ? 0u : 1u;
        int32_t w = (int32_t)(((int64_t)(num < 0 ? num + 2 * (int32_t)s : num) << 15) / (2 * (int64_t)s));
        for (j = 0; j < per; j++)
            PUT(j * s + rr, seg[j + k] + (int32_t)(((int64_t)(seg[j + k + 1] - seg[j + k]) * w) >> 15));
    }
}
#undef PUT
#undef VECTOR_UPSAMPLE

/* The synthesis, once per path and instruction set (stampdec_synthesis.inc says what each macro is) */
#if STAMPDEC_SSE2
#define SUM2_F32(y, a, b, n, add) sse2_sum2_f32(y, a, b, n, add)
#define SUM2_Q15(y, a, b, n, add) sse2_sum2_q15(y, a, b, n, add)
#else
#define SUM2_F32(y, a, b, n, add) 0u
#define SUM2_Q15(y, a, b, n, add) 0u
#endif
#define DN_ATTR
#define T float
#define TT float
#define TAB waves
#define DN(name) name##_f32
#define KSUM2 SUM2_F32
#define KUPSAMPLE(acc, seg, per, s, add) upsample_add_f32(acc, seg, per, s, add, 0)
#include "stampdec_synthesis.inc"
#define T int32_t
#define TT int16_t
#define TAB waves_q15
#define DN(name) name##_q15
#define KSUM2 SUM2_Q15
#define KUPSAMPLE(acc, seg, per, s, add) upsample_add_q15(acc, seg, per, s, add, 0)
#include "stampdec_synthesis.inc"
#undef DN_ATTR
#if STAMPDEC_AVX2
#define DN_ATTR AVX2
#define T float
#define TT float
#define TAB waves
#define DN(name) name##_f32_avx2
#define KSUM2 avx2_sum2_f32
#define KUPSAMPLE(acc, seg, per, s, add) upsample_add_f32(acc, seg, per, s, add, 1)
#include "stampdec_synthesis.inc"
#define T int32_t
#define TT int16_t
#define TAB waves_q15
#define DN(name) name##_q15_avx2
#define KSUM2 avx2_sum2_q15
#define KUPSAMPLE(acc, seg, per, s, add) upsample_add_q15(acc, seg, per, s, add, 1)
#include "stampdec_synthesis.inc"
#undef DN_ATTR
#endif

/* blocks_f32 or blocks_q15 in the instruction set chosen for the frame */
#if STAMPDEC_AVX2
#define SYNTH(path, avx2, ...) ((avx2) ? blocks_##path##_avx2(__VA_ARGS__) : blocks_##path(__VA_ARGS__))
#else
#define SYNTH(path, avx2, ...) ((void)(avx2), blocks_##path(__VA_ARGS__))
#endif

/* What both arithmetic paths do first: check the call, the tables and the frame, and the room
 * in the output; *scales becomes the number of tiers to decode. */
static int begin_frame(stampdec *d, const uint8_t *p, size_t len, size_t *used, const void *out, size_t cap,
                       uint32_t *n_samples, int *scales, int q15, frame_view *f, void **row_acc) {
    int r;
    *row_acc = NULL;
    if (!d || d->magic != STATE_MAGIC || !p || !out || !used || !n_samples) return STAMPDEC_ERR_ARG;
    if (*scales < 0 || *scales > d->m->n_scales) return STAMPDEC_ERR_ARG;
    if (d->have_header && *scales > d->n_coded) return STAMPDEC_ERR_ARG; /* a truncated file */
    if (d->bounded) return STAMPDEC_ERR_UNSUPPORTED; /* stampdec_decode_frame_f64 or _lattice */
    if (q15 ? !d->m->waves_q15 : !d->m->waves) return STAMPDEC_ERR_NO_TABLES;
    {   /* out past the frame's samples is spare: a row's accumulators at its end (not needed
         * when float samples of one channel are summed in place), the token cache before them */
        size_t values = (size_t)stampdec_next_frame_length(d) * d->channels, elem = q15 ? 2u : 4u;
        uint8_t *spare = d->have_header && cap > values ? (uint8_t *)(uintptr_t)out + values * elem : NULL;
        size_t spare_bytes = spare ? (cap - values) * elem : 0u, acc_bytes = row_acc_bytes(d);
        if (spare && (q15 || d->channels > 1) && spare_bytes >= acc_bytes + 4u) {
            uintptr_t at = ((uintptr_t)spare + spare_bytes - acc_bytes) & ~(uintptr_t)3u;
            *row_acc = (void *)at;
            spare_bytes = (size_t)(at - (uintptr_t)spare);
        }
        if ((r = parse_frame(d, p, len, used, f, spare, spare_bytes))) return r;
    }
    if (cap < (size_t)f->m * d->channels) return STAMPDEC_ERR_CAPACITY;
    if (!*scales) *scales = d->n_coded;
    memset(d->row_base, 0, sizeof(d->row_base));
    return STAMPDEC_OK;
}

/* What both do last: mark the missing samples, advance to the next frame. */
static int end_frame(stampdec *d, const frame_view *f, void (*mark)(void *, uint32_t, uint32_t, uint32_t), void *out,
                     uint32_t *n_samples) {
    const void *ctx[2];
    ctx[0] = d;
    ctx[1] = out;
    for_each_run(d, f, mark, (void *)ctx);
    d->next_frame++;
    *n_samples = f->m;
    return STAMPDEC_OK;
}

static void mark_nan(void *ctx, uint32_t c, uint32_t start, uint32_t n) {
    const stampdec *d = ((const stampdec **)ctx)[0];
    float *out = ((float **)ctx)[1];
    uint32_t i;
    for (i = 0; i < n; i++) out[(size_t)(start + i) * d->channels + c] = NAN;
}

/* Resampled rows (version 2): the n coded samples of output channel oc, written at out[k C + oc]
 * for k < n, become the frame's m samples in place: Catmull-Rom through y[k-1..k+2],
 * k = 16 j / F, at u = (16 j mod F) / F, indices clamped to [0, n) (docs/FORMAT.md,
 * "Resampling"). Going backwards, output j reads coded samples at most 16 j / F + 2, which is
 * <= j (not yet overwritten) for every j >= 34 when F >= 17; the first HEAD are saved first. */
#define HEAD 40u
static uint32_t clamp_index(uint32_t k, unsigned i, uint32_t n) {
    uint32_t ix = k + i == 0 ? 0u : k + i - 1u;
    return ix > n - 1u ? n - 1u : ix;
}

/* Where a row's last output sample (m - 1) reads: k = 16 j / F, at phase p = 16 j mod F. */
static void last_position(uint32_t m, uint32_t f, uint32_t *k, uint32_t *p) {
    uint64_t num = (uint64_t)FACTOR_ONE * (m ? m - 1u : 0u);
    *k = (uint32_t)(num / f);
    *p = (uint32_t)(num % f);
}

/* Where output sample j - 1 reads, from where j reads: the divisions done once per row, not per
 * sample. F > 16: a resampled channel (header check). */
static void step_back(uint32_t *k, uint32_t *p, uint32_t f) {
    if (*p >= FACTOR_ONE) {
        *p -= FACTOR_ONE;
    } else {
        *p += f - FACTOR_ONE;
        --*k;
    }
}

/* Catmull-Rom weights of IBATCH phases p / F at once: a loop the compiler vectorises (the same
 * IEEE operations in the same order as one at a time, so the same bits) */
#define IBATCH 8u
static void cubic_weights(const uint32_t *p, uint32_t f, float (*w)[IBATCH]) {
    unsigned b;
    for (b = 0; b < IBATCH; b++) {
        float u = (float)(int32_t)p[b] / (float)(int32_t)f, u2 = u * u, u3 = u2 * u; /* p < f <= 4080 */
        w[0][b] = 0.5f * (-u3 + 2.0f * u2 - u);
        w[1][b] = 0.5f * (3.0f * u3 - 5.0f * u2 + 2.0f);
        w[2][b] = 0.5f * (-3.0f * u3 + 4.0f * u2 + u);
        w[3][b] = 0.5f * (u3 - u2);
    }
}

static void interpolate_f32(float *out, uint32_t C, uint32_t oc, uint32_t n, uint32_t m, uint32_t f, float sd, float lo,
                            float hi) {
    float head[HEAD], w[4][IBATCH];
    uint32_t k, j = m, kk, p, ks[IBATCH], ps[IBATCH];
    last_position(m, f, &kk, &p);
    for (k = 0; k < HEAD; k++) head[k] = k < n ? out[(size_t)k * C + oc] : 0.0f; /* all set: reads stay below n */
    while (j > 0) { /* outputs j - 1, j - 2, ..., IBATCH of them at a time */
        unsigned b, nb = j < IBATCH ? j : IBATCH;
        for (b = 0; b < IBATCH; b++) {
            ps[b] = p;
            ks[b] = kk;
            if (b + 1u < nb) step_back(&kk, &p, f);
        }
        cubic_weights(ps, f, w);
        if (ks[nb - 1u] > HEAD && ks[0] + 2u < n) { /* the usual case: four samples each, none clamped or saved */
            float *o = out + (size_t)(j - 1u) * C + oc;
            for (b = 0; b < nb; b++, o -= C) {
                const float *y = out + (size_t)(ks[b] - 1u) * C + oc;
                float v = 0.0f;
                v += w[0][b] * y[0];
                v += w[1][b] * y[C];
                v += w[2][b] * y[2u * C];
                v += w[3][b] * y[3u * C];
                *o = (v * sd + lo) + hi;
            }
        } else {
            for (b = 0; b < nb; b++) {
                float v = 0.0f;
                unsigned i;
                for (i = 0; i < 4; i++) {
                    uint32_t ix = clamp_index(ks[b], i, n);
                    v += w[i][b] * (ix < HEAD ? head[ix] : out[(size_t)ix * C + oc]);
                }
                out[(size_t)(j - 1u - b) * C + oc] = (v * sd + lo) + hi;
            }
        }
        j -= nb;
        if (j) step_back(&kk, &p, f);
    }
}

/* The same on Q11 samples, with the weights in Q15 (times two) from u in Q15: integers only. */
static void interpolate_q15(int16_t *out, uint32_t C, uint32_t oc, uint32_t n, uint32_t m, uint32_t f) {
    int16_t head[HEAD];
    uint32_t k, j, kk, p;
    last_position(m, f, &kk, &p);
    for (k = 0; k < HEAD && k < n; k++) head[k] = out[(size_t)k * C + oc];
    for (j = m; j-- > 0; j ? step_back(&kk, &p, f) : (void)0) {
        /* u, u^2, u^3 < 2^15 and |w| < 2^18 fit 32 bits; only the products need 64 (a 32 x 32 -> 64
         * multiply-add on 32-bit cores, where 64 x 64 is a sequence or a library call) */
        int32_t u = (int32_t)((p << 15) / f), u2 = (u * u) >> 15, u3 = (u2 * u) >> 15, w[4];
        int64_t acc = 0, v;
        unsigned i;
        w[0] = -u3 + 2 * u2 - u;
        w[1] = 3 * u3 - 5 * u2 + ((int32_t)2 << 15);
        w[2] = -3 * u3 + 4 * u2 + u;
        w[3] = u3 - u2;
        if (kk > HEAD && kk + 2u < n) {
            const int16_t *y = out + (size_t)(kk - 1u) * C + oc;
            acc = (int64_t)w[0] * y[0] + (int64_t)w[1] * y[C] + (int64_t)w[2] * y[2u * C] + (int64_t)w[3] * y[3u * C];
        } else {
            for (i = 0; i < 4; i++) {
                uint32_t ix = clamp_index(kk, i, n);
                acc += (int64_t)w[i] * (ix < HEAD ? head[ix] : out[(size_t)ix * C + oc]);
            }
        }
        v = (acc + ((int64_t)1 << 15)) >> 16;
        out[(size_t)j * C + oc] = (int16_t)(v > INT16_MAX ? INT16_MAX : v < INT16_MIN ? INT16_MIN : v);
    }
}

/* After a row: where each segment's next row starts. */
static void next_row(stampdec *d, uint32_t blocks) {
    unsigned si;
    for (si = 0; si < d->n_coded; si++) d->row_base[si] += blocks * d->q[si];
}

/* x = (x sd + lo) + hi over n contiguous samples (the compiler vectorises it) */
static void scale_f32(float *restrict x, uint32_t n, float sd, float lo, float hi) {
    uint32_t i;
    for (i = 0; i < n; i++) x[i] = (x[i] * sd + lo) + hi;
}

/* The float path; normalized = 1 leaves out the per-channel std and mean. */
static int decode_f32(stampdec *d, const uint8_t *p, size_t len, size_t *used, float *out, size_t cap,
                      uint32_t *n_samples, int scales, int normalized) {
    frame_view f;
    uint32_t b, row, i, ch;
    unsigned ca;
    float *seg, *acc, *racc;
    void *row_acc;
    int avx2 = STAMPDEC_AVX2 && HAVE_AVX2();
    int r = begin_frame(d, p, len, used, out, cap, n_samples, &scales, 0, &f, &row_acc);
    if (r) return r;
    seg = (float *)st_scratch(d);
    acc = seg + d->block + 2u;
    racc = (float *)row_acc;
    ca = d->m->atom_channels;
    for (row = 0; row < d->rows; row++) {
        uint32_t factor = st_factors(d)[d->rows == 1 ? 0 : row], n = row_coded(d, row, f.m);
        uint32_t blocks = row_blocks(d, row, f.m);
        for (ch = 0; ch < ca; ch++) {
            uint32_t oc = row * ca + ch; /* output channel */
            /* the mean as a float pair: x = (acc sd + lo) + hi rounds once, at the last addition,
             * so an offset of 1e9 costs only the float32 output's own rounding (no double per sample) */
            float sd = normalized ? 1.0f : st_stdev(d)[oc];
            float hi = normalized ? 0.0f : (float)st_mean(d)[oc];
            float lo = normalized ? 0.0f : (float)(st_mean(d)[oc] - (double)hi);
            float bsd = factor == FACTOR_ONE ? sd : 1.0f, bhi = factor == FACTOR_ONE ? hi : 0.0f;
            float blo = factor == FACTOR_ONE ? lo : 0.0f;
            if (d->channels == 1) { /* contiguous: whole blocks summed in place, the last one copied */
                uint32_t full = n / d->block, first = full * d->block;
                if (full) SYNTH(f32, avx2, d, &f, row, ch, 0, full, blocks, scales, out, seg);
                if (full < blocks) {
                    SYNTH(f32, avx2, d, &f, row, ch, full, 1, blocks, scales, acc, seg);
                    memcpy(out + first, acc, (n - first) * sizeof(float));
                }
                if (factor == FACTOR_ONE && !normalized) scale_f32(out, n, sd, lo, hi);
            } else if (racc) { /* the whole row at once into the caller's spare room */
                SYNTH(f32, avx2, d, &f, row, ch, 0, blocks, blocks, scales, racc, seg);
                for (i = 0; i < n; i++) out[(size_t)i * d->channels + oc] = (racc[i] * bsd + blo) + bhi;
            } else {
                for (b = 0; b < blocks; b++) {
                    uint32_t first = b * d->block, count = d->block;
                    if (first + count > n) count = n - first;
                    SYNTH(f32, avx2, d, &f, row, ch, b, 1, blocks, scales, acc, seg);
                    for (i = 0; i < count; i++) out[(size_t)(first + i) * d->channels + oc] = (acc[i] * bsd + blo) + bhi;
                }
            }
            if (factor != FACTOR_ONE) interpolate_f32(out, d->channels, oc, n, f.m, factor, sd, lo, hi);
        }
        next_row(d, blocks);
    }
    return end_frame(d, &f, mark_nan, out, n_samples);
}

int stampdec_decode_frame(stampdec *d, const uint8_t *p, size_t len, size_t *used, float *out, size_t cap,
                          uint32_t *n_samples, int scales) {
    return decode_f32(d, p, len, used, out, cap, n_samples, scales, 0);
}

int stampdec_decode_frame_normalized(stampdec *d, const uint8_t *p, size_t len, size_t *used, float *out, size_t cap,
                                     uint32_t *n_samples, int scales) {
    return decode_f32(d, p, len, used, out, cap, n_samples, scales, 1);
}

static void mark_min(void *ctx, uint32_t c, uint32_t start, uint32_t n) {
    const stampdec *d = ((const stampdec **)ctx)[0];
    int16_t *out = ((int16_t **)ctx)[1];
    uint32_t i;
    for (i = 0; i < n; i++) out[(size_t)(start + i) * d->channels + c] = INT16_MIN;
}

static int16_t sat16(int64_t v) { return (int16_t)(v > INT16_MAX ? INT16_MAX : v < INT16_MIN ? INT16_MIN : v); }

/* o[i] = sat16((acc[i] + 2^(shift - 1)) >> shift), 0 < shift < 31 (|acc| < 2^20: no overflow);
 * SSE2's pack saturates eight at a time, which compilers do not find themselves. */
static void round_q15(int16_t *restrict o, const int32_t *restrict acc, uint32_t n, int shift, int avx2) {
    const int32_t half = (int32_t)1 << (shift - 1);
    uint32_t i = 0;
    (void)avx2;
#if STAMPDEC_SSE2
    const __m128i h = _mm_set1_epi32(half);
    const __m128i sh = _mm_cvtsi32_si128(shift);
#if STAMPDEC_AVX2
    if (avx2) i = avx2_round_q15(o, acc, n, shift);
#endif
    for (; i + 8u <= n; i += 8u) {
        __m128i a = _mm_sra_epi32(_mm_add_epi32(_mm_loadu_si128((const __m128i *)(const void *)(acc + i)), h), sh);
        __m128i b = _mm_sra_epi32(_mm_add_epi32(_mm_loadu_si128((const __m128i *)(const void *)(acc + i + 4)), h), sh);
        _mm_storeu_si128((__m128i *)(void *)(o + i), _mm_packs_epi32(a, b));
    }
#endif
    for (; i < n; i++) o[i] = sat16((acc[i] + half) >> shift);
}

/* acc[0, n) into output channel oc as Q11 */
static void store_q15(int16_t *out, uint32_t C, uint32_t oc, const int32_t *acc, uint32_t n, int shift, int avx2) {
    uint32_t i;
    if (C == 1 && shift > 0 && shift < 31) { /* the common case */
        round_q15(out, acc, n, shift, avx2);
        return;
    }
    for (i = 0; i < n; i++) {
        int64_t v = acc[i];
        v = shift > 0 ? (v + ((int64_t)1 << (shift - 1))) >> shift : v * ((int64_t)1 << -shift);
        out[(size_t)i * C + oc] = sat16(v);
    }
}

int stampdec_decode_frame_q15(stampdec *d, const uint8_t *p, size_t len, size_t *used, int16_t *out, size_t cap,
                              uint32_t *n_samples, int scales) {
    frame_view f;
    uint32_t b, row, ch;
    unsigned ca;
    int32_t *seg, *acc;
    void *row_acc;
    int shift, avx2 = STAMPDEC_AVX2 && HAVE_AVX2();
    int r = begin_frame(d, p, len, used, out, cap, n_samples, &scales, 1, &f, &row_acc);
    if (r) return r;
    seg = (int32_t *)st_scratch(d);
    acc = seg + d->block + 2u;
    ca = d->m->atom_channels;
    shift = 15 - d->m->q15_exponent - STAMPDEC_Q_OUT; /* tables are Q(15 - e); output Q11 */
    for (row = 0; row < d->rows; row++) {
        uint32_t factor = st_factors(d)[d->rows == 1 ? 0 : row], n = row_coded(d, row, f.m);
        uint32_t blocks = row_blocks(d, row, f.m);
        for (ch = 0; ch < ca; ch++) {
            uint32_t oc = row * ca + ch;
            if (row_acc) { /* the whole row at once into the caller's spare room */
                SYNTH(q15, avx2, d, &f, row, ch, 0, blocks, blocks, scales, (int32_t *)row_acc, seg);
                store_q15(out, d->channels, oc, (const int32_t *)row_acc, n, shift, avx2);
            } else {
                for (b = 0; b < blocks; b++) {
                    uint32_t first = b * d->block, count = d->block;
                    if (first + count > n) count = n - first;
                    SYNTH(q15, avx2, d, &f, row, ch, b, 1, blocks, scales, acc, seg);
                    store_q15(out + (size_t)first * d->channels, d->channels, oc, acc, count, shift, avx2);
                }
            }
            if (factor != FACTOR_ONE) interpolate_q15(out, d->channels, oc, n, f.m, factor);
        }
        next_row(d, blocks);
    }
    return end_frame(d, &f, mark_min, out, n_samples);
}

/* --- the error-bounded layer (docs/FORMAT.md, "Error-bounded layer") ---------------------- */

/* floor(v / 2^n) without relying on how >> treats negative numbers */
static int64_t floor_shr(int64_t v, unsigned n) { return v >= 0 ? v >> n : -(int64_t)(((uint64_t)(-(v + 1)) >> n) + 1u); }

/* The caller's output buffer as int64 lattice points, through memcpy: it may be a double array. */
static int64_t ld_y(const uint8_t *b, size_t i) {
    int64_t v;
    memcpy(&v, b + 8u * i, 8);
    return v;
}
static void st_y(uint8_t *b, size_t i, int64_t v) { memcpy(b + 8u * i, &v, 8); }

/* One residual: a magnitude symbol under context ctx's model, the bits below a long magnitude's
 * leading one (raw), and a raw sign bit when it is not 0. |k| < 2^41. */
static int bnd_residual(rcoder *c, uint16_t *models, uint32_t *totals, unsigned ctx, int64_t *k) {
    unsigned s;
    uint32_t v;
    uint64_t mag;
    int r = rc_symbol(c, models + ctx * BND_MODEL, BND_ALPHABET, BND_GROUPS, &totals[ctx], BND_INCREMENT,
                      BND_LIMIT_COUNTS, 0, &s);
    if (r) return r;
    mag = s;
    if (s >= BND_DIRECT) {
        unsigned nb = s - BND_DIRECT + 4u;
        mag = 1;
        while (nb > 16) {
            nb -= 16;
            if ((r = rc_bits(c, 16, &v))) return r;
            mag = (mag << 16) | v;
        }
        if ((r = rc_bits(c, nb, &v))) return r;
        mag = (mag << nb) | v;
    }
    *k = (int64_t)mag;
    if (mag) {
        if ((r = rc_bits(c, 1, &v))) return r;
        if (v) *k = -*k;
    }
    return STAMPDEC_OK;
}

static unsigned magnitude_class(int64_t k) {
    uint64_t a = k < 0 ? (uint64_t)(-k) : (uint64_t)k;
    return a < 1 ? 0u : a < 2 ? 1u : a < 4 ? 2u : a < 16 ? 3u : 4u;
}

/* One channel's n lattice points into y (stride C, offset ch), from its field's coder. Every
 * point stays within +-BND_LIMIT or the stream is refused: no int64 arithmetic here can overflow. */
static int bnd_channel(stampdec *d, rcoder *c, unsigned pred, int grid, int refine, uint8_t *y, uint32_t C,
                       uint32_t ch, uint32_t n) {
    const int64_t Q = BND_QUANTUM, lim = BND_LIMIT / BND_QUANTUM;
    uint16_t *models = st_bmodel(d);
    uint32_t totals[BND_CONTEXTS], t, h;
    unsigned i;
    int64_t k;
    int r;
    for (i = 0; i < BND_CONTEXTS; i++) totals[i] = model_reset(models + i * BND_MODEL, BND_ALPHABET, BND_GROUPS);
    if (pred < 2) { /* previous sample, or linear extrapolation: points stay on QUANTUM Z */
        int64_t m = 0, dm = 0;
        unsigned cls = 0;
        for (t = 0; t < n; t++) {
            if ((r = bnd_residual(c, models, totals, cls, &k))) return r;
            cls = magnitude_class(k);
            if (pred == 1) {
                dm += k;
                if (dm > 2 * lim || dm < -2 * lim) return STAMPDEC_ERR_CORRUPT;
                m += dm;
            } else {
                m += k;
            }
            if (m > lim || m < -lim) return STAMPDEC_ERR_CORRUPT;
            st_y(y, (size_t)t * C + ch, m * Q);
        }
    } else { /* linear or cubic interpolation over dyadic levels, coarse first */
        int64_t v0;
        if ((r = bnd_residual(c, models, totals, BND_CONTEXTS - 1u, &k))) return r;
        v0 = k * (refine ? Q / 4 : Q); /* REFINE: sample 0 and strides >= 8 at a quarter step, 2-4 at half */
        if (v0 > BND_LIMIT || v0 < -BND_LIMIT) return STAMPDEC_ERR_CORRUPT;
        st_y(y, ch, v0);
        for (h = 1; n > 1 && 2u * (uint64_t)h < n;) h <<= 1;
        for (; n > 1 && h >= 1; h >>= 1) {
            unsigned ctx = 0;
            const int64_t q = !refine ? Q : h >= 8u ? Q / 4 : h >= 2u ? Q / 2 : Q;
            while (ctx < BND_CONTEXTS - 1u && (2u << ctx) <= h) ctx++; /* min(log2 h, 7) */
            for (t = h; t < n; t += 2u * h) {
                int64_t ya = ld_y(y, (size_t)(t - h) * C + ch), yb = ya, p, v;
                if ((r = bnd_residual(c, models, totals, ctx, &k))) return r;
                if (t + h < n) yb = ld_y(y, (size_t)(t + h) * C + ch);
                p = t + h < n ? floor_shr(ya + yb + 1, 1) : ya;
                if (pred == 3 && t >= 3u * h && (uint64_t)t + 3u * h < n)
                    p = floor_shr(-ld_y(y, (size_t)(t - 3u * h) * C + ch) + 9 * ya + 9 * yb -
                                      ld_y(y, (size_t)(t + 3u * h) * C + ch) + 8, 4);
                if (grid) p = floor_shr(p + Q / 2, 8) * Q; /* on a grid, predictions snap to it */
                v = p + k * q;
                if (v > BND_LIMIT || v < -BND_LIMIT) return STAMPDEC_ERR_CORRUPT;
                st_y(y, (size_t)t * C + ch, v);
            }
        }
    }
    return c->pos == c->len ? STAMPDEC_OK : STAMPDEC_ERR_CORRUPT; /* the encoder's bytes, exactly */
}

/* Parse and check a bounded frame, then every channel's lattice points into y (8 bytes each). */
static int decode_lattice(stampdec *d, const uint8_t *p, size_t len, size_t *used, uint8_t *y, size_t cap,
                          frame_view *f) {
    size_t pos = 0;
    uint32_t ch;
    int r;
    if (!d || d->magic != STATE_MAGIC || !p || !y || !used) return STAMPDEC_ERR_ARG;
    if (d->have_header && !d->bounded) return STAMPDEC_ERR_UNSUPPORTED;
    if ((r = parse_frame(d, p, len, used, f, NULL, 0u))) return r;
    if (cap < (size_t)f->m * d->channels) return STAMPDEC_ERR_CAPACITY;
    for (ch = 0; ch < d->channels; ch++) {
        uint64_t field = 0;
        uint32_t size, head = 0;
        double *lat = st_bound(d) + 5u * ch;
        rcoder c;
        rd_varint(f->fields, len - (size_t)(f->fields - p), &pos, &field); /* checked by parse_frame */
        size = (uint32_t)(field >> 4);
        lat[3] = lat[1];
        lat[4] = lat[2];
        if (field & 4u) { /* the values' own grid: q, origin */
            double q = rdf64(f->fields + pos), o = rdf64(f->fields + pos + 8);
            if (!isfinite(q) || !isfinite(o) || !(q > 0)) return STAMPDEC_ERR_CORRUPT;
            lat[3] = o;
            lat[4] = q / BND_QUANTUM;
            head = 16;
        }
        rc_start(&c, f->fields + pos + head, size - head);
        if ((r = bnd_channel(d, &c, (unsigned)(field & 3u), (field & 4u) != 0, (field & 8u) != 0, y, d->channels, ch,
                             f->m)))
            return r;
        pos += size;
    }
    return STAMPDEC_OK;
}

static void mark_lattice(void *ctx, uint32_t c, uint32_t start, uint32_t n) {
    const stampdec *d = ((const stampdec **)ctx)[0];
    uint8_t *out = ((uint8_t **)ctx)[1];
    uint32_t i;
    for (i = 0; i < n; i++) st_y(out, (size_t)(start + i) * d->channels + c, INT64_MIN);
}

int stampdec_decode_frame_lattice(stampdec *d, const uint8_t *p, size_t len, size_t *used, int64_t *out, size_t cap,
                                  uint32_t *n_samples) {
    frame_view f;
    int r;
    if (!n_samples) return STAMPDEC_ERR_ARG;
    if ((r = decode_lattice(d, p, len, used, (uint8_t *)out, cap, &f))) return r;
    return end_frame(d, &f, mark_lattice, out, n_samples);
}

static void mark_nan64(void *ctx, uint32_t c, uint32_t start, uint32_t n) {
    const stampdec *d = ((const stampdec **)ctx)[0];
    double *out = ((double **)ctx)[1];
    uint32_t i;
    for (i = 0; i < n; i++) out[(size_t)(start + i) * d->channels + c] = NAN;
}

int stampdec_decode_frame_f64(stampdec *d, const uint8_t *p, size_t len, size_t *used, double *out, size_t cap,
                              uint32_t *n_samples) {
    frame_view f;
    size_t i, n;
    uint8_t *b = (uint8_t *)out;
    int r;
    if (!n_samples) return STAMPDEC_ERR_ARG;
    if ((r = decode_lattice(d, p, len, used, b, cap, &f))) return r;
    n = (size_t)f.m * d->channels;
    for (i = 0; i < n; i++) { /* value = y unit + origin, as the Python runtime computes it */
        const double *lat = st_bound(d) + 5u * (i % d->channels);
        double v = (double)ld_y(b, i) * lat[4] + lat[3];
        memcpy(b + 8u * i, &v, 8);
    }
    return end_frame(d, &f, mark_nan64, out, n_samples);
}

int stampdec_channel_bound(const stampdec *d, uint16_t ch, double *bound, double *origin, double *unit) {
    if (!d || d->magic != STATE_MAGIC || !d->have_header || ch >= d->channels || !bound || !origin || !unit)
        return STAMPDEC_ERR_ARG;
    if (!d->bounded) return STAMPDEC_ERR_UNSUPPORTED;
    *bound = st_bound(d)[5u * ch];
    *origin = st_bound(d)[5u * ch + 3u];
    *unit = st_bound(d)[5u * ch + 4u];
    return STAMPDEC_OK;
}
