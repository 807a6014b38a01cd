/* ctest unit tests for stampenc: a small model with made-up weights; the stream's file read back
 * by stampdec (the header it parses, the frames' CRCs and masks), chunking, the float and
 * double paths, and every error path of the API. */
#include "stampdec.h"
#include "stampenc.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define K 6
#define H 5
#define L 8
#define V 9
#define C 2
#define F 16 /* frame samples: 2 blocks of scales {2, 1} x hop 4 */
#define T 37

#include "check.h"

static float dict[K * L], w0[H * 3 * K], b0[H], w1[H * 3 * H], b1[H], w2[K * H], b2[K], cb[V * K], waves[V * L];
static uint64_t state[4096], dstate[4096];
static uint8_t file[8192];

static float pseudo(unsigned i) { return (float)((i * 2654435761u) % 2001u) / 1000.0f - 1.0f; }

static stampenc_model make_model(void) {
    stampenc_model m;
    unsigned i, v, k, l;
    memset(&m, 0, sizeof m);
    for (i = 0; i < 8; i++) m.model_id[i] = (uint8_t)(0xA0 + i);
    m.n_scales = 2;
    m.scales[0] = 2;
    m.scales[1] = 1;
    m.codebook_size = V;
    m.atom_length = L;
    m.atom_channels = 1;
    m.n_atoms = K;
    m.hidden = H;
    for (i = 0; i < K * L; i++) dict[i] = 0.3f * pseudo(i + 1);
    for (i = 0; i < H * 3 * K; i++) w0[i] = 0.2f * pseudo(i + 100);
    for (i = 0; i < H * 3 * H; i++) w1[i] = 0.2f * pseudo(i + 200);
    for (i = 0; i < K * H; i++) w2[i] = 0.2f * pseudo(i + 300);
    for (i = 0; i < H; i++) b0[i] = b1[i] = 0.01f * (float)i;
    for (i = 0; i < K; i++) b2[i] = 0.0f;
    for (i = 0; i < V * K; i++) cb[i] = pseudo(i + 400);
    for (v = 0; v < V; v++) /* the decoder's waveforms: codebook @ dictionary */
        for (l = 0; l < L; l++) {
            double s = 0;
            for (k = 0; k < K; k++) s += (double)cb[v * K + k] * dict[k * L + l];
            waves[v * L + l] = (float)s;
        }
    m.dictionary = dict;
    m.w0 = w0;
    m.b0 = b0;
    m.w1 = w1;
    m.b1 = b1;
    m.w2 = w2;
    m.b2 = b2;
    m.codebook = cb;
    return m;
}

/* The whole stream in chunks of `chunk` samples: header + frames into file; its length. */
static size_t encode_all(const stampenc_model *m, const stampenc_config *c, const float *x, uint32_t chunk) {
    stampenc *e = (stampenc *)(void *)state;
    size_t pos, n;
    uint32_t i = 0, taken;
    CHECK(stampenc_init(e, sizeof state, m, c) == STAMPENC_OK);
    pos = stampenc_header_size(e);
    while (i < T) {
        uint32_t want = T - i < chunk ? T - i : chunk;
        CHECK(stampenc_push(e, x + (size_t)i * C, want, &taken, file + pos, sizeof file - pos, &n) == STAMPENC_OK);
        pos += n;
        i += taken;
    }
    CHECK(stampenc_flush(e, file + pos, sizeof file - pos, &n) == STAMPENC_OK);
    pos += n;
    CHECK(stampenc_samples(e) == T);
    CHECK(stampenc_header(e, T, file, stampenc_header_size(e), &n) == STAMPENC_OK && n == stampenc_header_size(e));
    return pos;
}

int main(void) {
    stampenc_model m = make_model(), bad_m;
    stampenc_config c;
    stampdec_model dm;
    stampenc *e = (stampenc *)(void *)state;
    stampdec *d = (stampdec *)(void *)dstate;
    stampdec_info info;
    float x[T * C], y[F * C];
    double mean[C] = {0.5, -2.0};
    float sd[C] = {1.5f, 0.0f}; /* the second channel is constant */
    uint8_t small[8], copy[8192];
    size_t len, len2, pos, used, n;
    uint32_t i, got, taken, frames = 0;
    int arith;

    for (i = 0; i < T; i++) {
        x[i * C] = (float)(0.5 + 1.5 * sin(i / 3.0));
        x[i * C + 1] = -2.0f;
    }
    x[5 * C] = NAN; /* one missing sample in channel 0 */
    memset(&c, 0, sizeof c);
    c.channels = C;
    c.frame_samples = F;
    c.entropy = 1;
    c.normalization = 1;
    c.mean = mean;
    c.std = sd;
    c.sample_rate = 100.0;

    memset(&dm, 0, sizeof dm);
    memcpy(dm.model_id, m.model_id, 8);
    dm.n_scales = 2;
    dm.scales[0] = 2;
    dm.scales[1] = 1;
    dm.codebook_size = V;
    dm.atom_length = L;
    dm.atom_channels = 1;
    dm.waves = waves;

    for (arith = 0; arith < 2; arith++) {
        c.arithmetic = (uint8_t)arith;
        len = encode_all(&m, &c, x, 5);
        len2 = encode_all(&m, &c, x, T); /* chunking does not change the bytes */
        memcpy(copy, file, len2);
        CHECK(len == len2);
        len = encode_all(&m, &c, x, 1);
        CHECK(len == len2 && memcmp(copy, file, len) == 0);
        /* the decoder reads it: header fields, 3 frames, the mask, the constant channel */
        CHECK(stampdec_init(d, sizeof dstate, &dm, C) == STAMPDEC_OK);
        CHECK(stampdec_read_header(d, file, len, &used, &info) == STAMPDEC_OK);
        CHECK(info.version == 2 && info.channels == C && info.length == T && info.n_frames == 3 &&
              info.frame_samples == F && info.sample_rate == 100.0 && info.normalization == 1);
        pos = used;
        frames = 0;
        while (stampdec_next_frame_length(d)) {
            CHECK(stampdec_decode_frame(d, file + pos, len - pos, &used, y, F * C, &got, 0) == STAMPDEC_OK);
            if (frames == 0) CHECK(isnan(y[5 * C]) && !isnan(y[4 * C]) && !isnan(y[6 * C]));
            for (i = 0; i < got; i++) CHECK(y[i * C + 1] == -2.0f);
            pos += used;
            frames++;
        }
        CHECK(frames == 3 && pos == len);
    }

    /* a channel coded at factor 2.5 (F = 40): a larger state (its kernel and a full-rate row), the
     * decoder reads the stream back (tests/test_stampenc.py compares such files with Python's) */
    {
        uint16_t factors[C] = {40, 16};
        size_t plain;
        c.arithmetic = STAMPENC_F32;
        plain = stampenc_state_size(&m, &c);
        c.factors = factors;
        CHECK(stampenc_state_size(&m, &c) >= plain + 4u * (8u * 40u + 1u) + 4u * F);
        len = encode_all(&m, &c, x, 7);
        CHECK(stampdec_init(d, sizeof dstate, &dm, C) == STAMPDEC_OK);
        CHECK(stampdec_read_header(d, file, len, &used, &info) == STAMPDEC_OK && info.n_frames == 3);
        for (pos = used, frames = 0; stampdec_next_frame_length(d); frames++, pos += used) {
            CHECK(stampdec_decode_frame(d, file + pos, len - pos, &used, y, F * C, &got, 0) == STAMPDEC_OK);
            for (i = 0; i < got; i++) CHECK(y[i * C + 1] == -2.0f && (i == 5 || !isnan(y[i * C])));
        }
        CHECK(frames == 3 && pos == len);
        factors[0] = 15; /* below 1 */
        CHECK(stampenc_state_size(&m, &c) == 0 && stampenc_init(e, sizeof state, &m, &c) == STAMPENC_ERR_CONFIG);
        factors[0] = 4081; /* past 255 */
        CHECK(stampenc_init(e, sizeof state, &m, &c) == STAMPENC_ERR_CONFIG);
        c.factors = NULL;
    }

    /* errors: arguments, model, configuration, values, capacity, order */
    c.arithmetic = STAMPENC_F32;
    CHECK(stampenc_state_size(NULL, &c) == 0 && stampenc_state_size(&m, NULL) == 0);
    CHECK(stampenc_init(NULL, sizeof state, &m, &c) == STAMPENC_ERR_ARG);
    CHECK(stampenc_init((stampenc *)(void *)((uint8_t *)state + 4), sizeof state, &m, &c) == STAMPENC_ERR_ARG);
    CHECK(stampenc_init(e, 16, &m, &c) == STAMPENC_ERR_ARG);
    bad_m = m;
    bad_m.w1 = NULL;
    CHECK(stampenc_init(e, sizeof state, &bad_m, &c) == STAMPENC_ERR_MODEL);
    bad_m = m;
    bad_m.scales[1] = 2; /* not strictly decreasing */
    CHECK(stampenc_init(e, sizeof state, &bad_m, &c) == STAMPENC_ERR_MODEL);
    c.frame_samples = F + 4; /* not a multiple of the block */
    CHECK(stampenc_init(e, sizeof state, &m, &c) == STAMPENC_ERR_CONFIG);
    c.frame_samples = F;
    sd[1] = -1.0f;
    CHECK(stampenc_init(e, sizeof state, &m, &c) == STAMPENC_ERR_CONFIG);
    sd[1] = 0.0f;
    c.arithmetic = STAMPENC_Q; /* a model without fixed-point tables */
    CHECK(stampenc_init(e, sizeof state, &m, &c) == STAMPENC_ERR_MODEL);
    c.arithmetic = 3;
    CHECK(stampenc_init(e, sizeof state, &m, &c) == STAMPENC_ERR_CONFIG);
    c.arithmetic = STAMPENC_F32;
    CHECK(stampenc_push(e, x, 1, &taken, file, sizeof file, &n) == STAMPENC_ERR_ARG); /* not initialised */
    CHECK(stampenc_init(e, sizeof state, &m, &c) == STAMPENC_OK);
    CHECK(stampenc_header(e, 0, file, sizeof file, &n) == STAMPENC_ERR_ARG);
    CHECK(stampenc_push(e, x, 2, &taken, file, sizeof file, &n) == STAMPENC_OK && taken == 2);
    CHECK(stampenc_header(e, 1, file, sizeof file, &n) == STAMPENC_ERR_ARG); /* fewer than pushed */
    CHECK(stampenc_init(e, sizeof state, &m, &c) == STAMPENC_OK);
    CHECK(stampenc_header(e, T, small, sizeof small, &n) == STAMPENC_ERR_CAPACITY && n == 0);
    x[3 * C + 1] = INFINITY;
    CHECK(stampenc_push(e, x, T, &taken, file, sizeof file, &n) == STAMPENC_ERR_VALUE && taken == 3);
    x[3 * C + 1] = -2.0f;
    /* a frame completes into a buffer too small: it stays held, and the next call writes it */
    CHECK(stampenc_push(e, x + 3 * C, F - 3, &taken, small, sizeof small, &n) == STAMPENC_ERR_CAPACITY);
    CHECK(taken == F - 3 && n == 0);
    CHECK(stampenc_push(e, x, 0, &taken, file, sizeof file, &n) == STAMPENC_OK && taken == 0 && n > 8);
    CHECK(stampenc_flush(e, file, sizeof file, &n) == STAMPENC_OK && n == 0);
    CHECK(stampenc_push(e, x, 1, &taken, file, sizeof file, &n) == STAMPENC_ERR_STATE);
    CHECK(stampenc_flush(e, file, sizeof file, &n) == STAMPENC_ERR_STATE);
    CHECK(strcmp(stampenc_strerror(STAMPENC_ERR_CAPACITY), "output buffer too small") == 0);
    CHECK(stampenc_version() == STAMPENC_VERSION);
    /* frames whose finest scale spans several pipeline blocks (the rings wrap; ASan builds watch
     * them): every token in range, and a second encoding of the row gives the same tokens.
     * tests/test_stampenc.py compares such frames' tokens with the numpy encoder's. */
    for (arith = STAMPENC_F32; arith <= STAMPENC_F64; arith++) {
        enum { LONG = 4 * 43 * 2 }; /* 86 tokens at the finest scale: 11 blocks, the last one short */
        static float row[LONG];
        static uint16_t tok[2][LONG / 8 + LONG / 4], again[LONG / 8 + LONG / 4];
        uint16_t *dst[2];
        uint32_t lengths[2] = {LONG, 8 * 5}, r;
        c.frame_samples = LONG;
        c.channels = 1;
        c.arithmetic = (uint8_t)arith;
        CHECK(stampenc_state_size(&m, &c) <= sizeof state);
        CHECK(stampenc_init(e, sizeof state, &m, &c) == STAMPENC_OK);
        for (i = 0; i < LONG; i++) row[i] = (float)(1.2 * sin(i / 5.0) + 0.3 * pseudo(i));
        for (r = 0; r < 2; r++) {
            dst[0] = tok[r];
            dst[1] = tok[r] + lengths[r] / 8;
            CHECK(stampenc_encode_row(e, row, lengths[r], dst) == STAMPENC_OK);
            for (i = 0; i < lengths[r] / 8 + lengths[r] / 4; i++) CHECK(tok[r][i] < V);
        }
        dst[0] = again;
        dst[1] = again + LONG / 8;
        CHECK(stampenc_encode_row(e, row, LONG, dst) == STAMPENC_OK);
        CHECK(memcmp(again, tok[0], sizeof again) == 0);
        c.channels = C;
        c.frame_samples = F;
    }
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("stampenc: all checks passed\n");
    return 0;
}
