/* ctest unit tests for stampdec: a hand-built model and token file, decoded and compared with a
 * direct (line buffer) implementation of docs/MODEL.md's synthesis; every error path. */
#include "stampdec.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define V 4
#define L 8
#define HOP 4
#define BLOCK 8 /* scales {2, 1}: max scale x hop */
#define T 21    /* 3 frames of 8 samples, the last one 5 */

#include "check.h"

static float waves[V * L];
static int16_t waves_q15[V * L];
static const uint8_t tokens[3][2 * 1 + 2 * 2] = {{1, 2, 3, 0, 1, 2}, {3, 3, 0, 1, 2, 3}, {0, 1, 2, 2, 1, 0}};
/* per frame: 1 block; order within the block: scale 2 (1 token), scale 1 (2 tokens) -> 3 per block.
   The table above lists 2 blocks' worth; frames use the first 3 (one block each). */

static void put16(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) { put16(p, v & 0xFFFF); put16(p + 2, v >> 16); }

static size_t build_file(uint8_t *buf, const stampdec_model *m) {
    size_t pos = 0, hdr;
    int f;
    memcpy(buf, "STMP", 4);
    buf[4] = 1;
    buf[5] = 0;
    memcpy(buf + 8, m->model_id, 8);
    buf[16] = 0;                 /* independent */
    buf[17] = 2;                 /* scales */
    put16(buf + 18, V - 1);
    put16(buf + 20, L);
    put16(buf + 22, 1);          /* channels */
    put32(buf + 24, BLOCK);      /* frame samples */
    put32(buf + 28, T);
    put32(buf + 32, 0);
    buf[36] = 0;                 /* no normalization */
    buf[37] = 2;
    buf[38] = 1;
    hdr = 39 + 4;
    put16(buf + 6, (uint32_t)hdr);
    put32(buf + 39, stampdec_crc32(buf, 39));
    pos = hdr;
    for (f = 0; f < 3; f++) {
        const uint8_t *tk = tokens[f];
        size_t start = pos;
        buf[pos++] = 0; /* flags */
        /* 3 tokens x 2 bits, MSB first: s2 token, then the two s1 tokens */
        buf[pos++] = (uint8_t)((tk[0] << 6) | (tk[1] << 4) | (tk[2] << 2));
        put32(buf + pos, stampdec_crc32(buf + start, pos - start));
        pos += 4;
    }
    return pos;
}

static void put64(uint8_t *p, uint64_t v) { put32(p, (uint32_t)v); put32(p + 4, (uint32_t)(v >> 32)); }

/* A one-channel zscore header (float64 mean, float32 std, names "" and `name`) with a frame size
 * and length, followed by frame 0 of `file` (so frame = length = BLOCK decodes). Returns its size. */
static size_t zscore_file(uint8_t *buf, const stampdec_model *m, const uint8_t *file, double mean, float sd,
                          const char *name, uint32_t frame, uint64_t total) {
    size_t pos, nl = strlen(name);
    uint64_t u;
    uint32_t w;
    memcpy(buf, file, 37);
    buf[5] = 0x08 | 0x10; /* NAMES | MEAN64 */
    put32(buf + 24, frame);
    put64(buf + 28, total);
    buf[36] = 1;
    buf[37] = 2;
    buf[38] = 1;
    memcpy(&u, &mean, 8);
    put64(buf + 39, u);
    memcpy(&w, &sd, 4);
    put32(buf + 47, w);
    pos = 51;
    buf[pos++] = 0;
    buf[pos++] = (uint8_t)nl;
    memcpy(buf + pos, name, nl);
    pos += nl;
    put16(buf + 6, (uint32_t)(pos + 4));
    put32(buf + pos, stampdec_crc32(buf, pos));
    pos += 4;
    memcpy(buf + pos, file + 43, 6); /* frame 0: flags, 3 tokens, CRC */
    return pos + 6;
}

/* docs/MODEL.md directly: overlap-add at hop L/2 from -L/4 into a line, upsample half-pixel. */
static void reference(int frame, double *out, int m) {
    const uint8_t *tk = tokens[frame];
    int scale_list[2] = {2, 1}, si, i;
    for (i = 0; i < m; i++) out[i] = 0;
    for (si = 0; si < 2; si++) {
        int s = scale_list[si], n = BLOCK / s / HOP, P = n * HOP, t, l;
        double line[BLOCK + L] = {0}, pooled[BLOCK];
        for (t = 0; t < n; t++)
            for (l = 0; l < L; l++) line[t * HOP + l] += waves[(si == 0 ? tk[0] : tk[1 + t]) * L + l];
        for (i = 0; i < P; i++) pooled[i] = line[i + L / 4];
        for (i = 0; i < m; i++) {
            double pos = (i + 0.5) / s - 0.5;
            int i0, i1;
            if (pos < 0) pos = 0;
            if (pos > P - 1) pos = P - 1;
            i0 = (int)floor(pos);
            i1 = i0 + 1 < P ? i0 + 1 : P - 1;
            out[i] += pooled[i0] + (pooled[i1] - pooled[i0]) * (pos - i0);
        }
    }
}

int main(void) {
    stampdec_model m;
    uint8_t file[256], bad[256];
    uint64_t state_words[512];
    uint8_t *state_buf = (uint8_t *)state_words;
    stampdec *d = (stampdec *)(void *)state_words;
    stampdec_info info;
    size_t len, used, pos, need;
    float out[BLOCK];
    int16_t outq[BLOCK];
    uint32_t n;
    int i, f;
    double ref[BLOCK];

    CHECK(stampdec_crc32((const uint8_t *)"123456789", 9) == 0xCBF43926u);
    for (i = 0; i < V * L; i++) {
        waves[i] = (float)(0.25 * sin(0.7 * i) + 0.1 * (i % 3));
        waves_q15[i] = (int16_t)lrint(waves[i] * 32768.0 / 2.0); /* exponent 1 */
    }
    memset(&m, 0, sizeof(m));
    memcpy(m.model_id, "\x01\x02\x03\x04\x05\x06\x07\x08", 8);
    m.mode = 0;
    m.n_scales = 2;
    m.scales[0] = 2;
    m.scales[1] = 1;
    m.codebook_size = V;
    m.atom_length = L;
    m.atom_channels = 1;
    m.waves = waves;
    m.waves_q15 = waves_q15;
    m.q15_exponent = 1;
    len = build_file(file, &m);

    need = stampdec_state_size(&m, 1);
    CHECK(need > 0 && need <= sizeof(state_words));
    CHECK(stampdec_init(d, need - 1, &m, 1) == STAMPDEC_ERR_CAPACITY);
    CHECK(stampdec_init(d, need, &m, 1) == STAMPDEC_OK);
    CHECK(stampdec_decode_frame(d, file, len, &used, out, BLOCK, &n, 0) == STAMPDEC_ERR_STATE);
    CHECK(stampdec_read_header(d, file, len, &used, &info) == STAMPDEC_OK);
    CHECK(info.length == T && info.n_frames == 3 && info.channels == 1 && used == 43);

    /* float: every frame against the reference */
    pos = used;
    for (f = 0; f < 3; f++) {
        int mlen = f < 2 ? BLOCK : T - 2 * BLOCK;
        CHECK(stampdec_next_frame_length(d) == (uint32_t)mlen);
        CHECK(stampdec_decode_frame(d, file + pos, len - pos, &used, out, BLOCK, &n, 0) == STAMPDEC_OK);
        CHECK(n == (uint32_t)mlen && used == 6);
        reference(f, ref, mlen);
        for (i = 0; i < mlen; i++) CHECK(fabs(out[i] - ref[i]) < 1e-6);
        pos += used;
    }
    CHECK(stampdec_next_frame_length(d) == 0);
    CHECK(stampdec_decode_frame(d, file + pos, len - pos, &used, out, BLOCK, &n, 0) == STAMPDEC_ERR_STATE);

    /* q15 agrees with float to a few LSBs of Q11 */
    CHECK(stampdec_read_header(d, file, len, &used, &info) == STAMPDEC_OK);
    pos = used;
    for (f = 0; f < 3; f++) {
        CHECK(stampdec_decode_frame_q15(d, file + pos, len - pos, &used, outq, BLOCK, &n, 0) == STAMPDEC_OK);
        reference(f, ref, (int)n);
        for (i = 0; i < (int)n; i++) CHECK(fabs(outq[i] / 2048.0 - ref[i]) < 4.0 / 2048);
        pos += used;
    }

    /* errors */
    CHECK(stampdec_read_header(d, file, 3, &used, &info) == STAMPDEC_ERR_TRUNCATED);
    CHECK(stampdec_read_header(d, file, 42, &used, &info) == STAMPDEC_ERR_TRUNCATED);
    memcpy(bad, file, len);
    bad[0] = 'X';
    CHECK(stampdec_read_header(d, bad, len, &used, &info) == STAMPDEC_ERR_MAGIC);
    memcpy(bad, file, len);
    bad[4] = 3;
    CHECK(stampdec_read_header(d, bad, len, &used, &info) == STAMPDEC_ERR_VERSION);
    memcpy(bad, file, len);
    bad[30] ^= 1;
    CHECK(stampdec_read_header(d, bad, len, &used, &info) == STAMPDEC_ERR_CRC);
    m.model_id[0] ^= 1;
    CHECK(stampdec_read_header(d, file, len, &used, &info) == STAMPDEC_ERR_MODEL);
    m.model_id[0] ^= 1;
    CHECK(stampdec_read_header(d, file, len, &used, &info) == STAMPDEC_OK);
    memcpy(bad, file, len);
    bad[used + 1] ^= 0x40; /* a token bit: the frame CRC catches it */
    CHECK(stampdec_decode_frame(d, bad + used, len - used, &pos, out, BLOCK, &n, 0) == STAMPDEC_ERR_CRC);
    CHECK(stampdec_decode_frame(d, file + used, 5, &pos, out, BLOCK, &n, 0) == STAMPDEC_ERR_TRUNCATED);
    CHECK(stampdec_decode_frame(d, file + used, len - used, &pos, out, BLOCK - 1, &n, 0) == STAMPDEC_ERR_CAPACITY);
    CHECK(stampdec_decode_frame(d, file + used, len - used, &pos, out, BLOCK, &n, 3) == STAMPDEC_ERR_ARG);
    CHECK(strcmp(stampdec_strerror(STAMPDEC_ERR_CRC), "CRC mismatch (damaged data)") == 0);

    /* the state holds no pointers into itself: a copy taken mid-file decodes the rest identically */
    {
        uint64_t copy_buf[512];
        float out2[BLOCK];
        stampdec *c2 = (stampdec *)(void *)copy_buf;
        uint16_t ch = 0;
        CHECK(stampdec_peek_channels(file, len, &ch) == STAMPDEC_OK && ch == 1);
        CHECK(stampdec_peek_channels(file, 3, &ch) == STAMPDEC_ERR_TRUNCATED);
        CHECK(stampdec_version() == STAMPDEC_VERSION);
        CHECK(stampdec_init((stampdec *)(void *)(state_buf + 4), need, &m, 1) == STAMPDEC_ERR_ARG); /* misaligned */
        CHECK(need <= sizeof(copy_buf));
        CHECK(stampdec_read_header(d, file, len, &used, &info) == STAMPDEC_OK);
        pos = used;
        CHECK(stampdec_decode_frame(d, file + pos, len - pos, &used, out, BLOCK, &n, 0) == STAMPDEC_OK);
        pos += used;
        memcpy(copy_buf, state_buf, need);
        memset(state_words, 0xA5, sizeof(state_words)); /* the original is gone */
        CHECK(stampdec_decode_frame(c2, file + pos, len - pos, &used, out2, BLOCK, &n, 0) == STAMPDEC_OK);
        reference(1, ref, BLOCK);
        for (i = 0; i < BLOCK; i++) CHECK(fabs(out2[i] - ref[i]) < 1e-6);
        CHECK(stampdec_init(d, need, &m, 1) == STAMPDEC_OK);
    }

    /* float64 mean: a 1e9 offset keeps a ripple of 0.5 x the reference */
    {
        uint8_t z[128];
        double mu, sd;
        float outn[BLOCK];
        size_t zl = zscore_file(z, &m, file, 1e9, 0.5f, "chan", BLOCK, BLOCK);
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_OK);
        CHECK(stampdec_channel_stats(d, 0, &mu, &sd) == STAMPDEC_OK && mu == 1e9 && sd == 0.5);
        CHECK(stampdec_decode_frame_normalized(d, z + used, zl - used, &pos, outn, BLOCK, &n, 0) == STAMPDEC_OK);
        reference(0, ref, BLOCK);
        for (i = 0; i < BLOCK; i++) CHECK(fabs(outn[i] - ref[i]) < 1e-6);
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_OK);
        CHECK(stampdec_decode_frame(d, z + used, zl - used, &pos, out, BLOCK, &n, 0) == STAMPDEC_OK);
        for (i = 0; i < BLOCK; i++) CHECK(fabs(out[i] - (1e9 + 0.5 * ref[i])) <= 64.0); /* float32 ulp at 1e9 */
        /* one rule for names with Python: strict UTF-8 */
        zl = zscore_file(z, &m, file, 0.0, 1.0f, "\xc3\x28", BLOCK, BLOCK);
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_ERR_CORRUPT);
        zl = zscore_file(z, &m, file, 0.0, 1.0f, "\xed\xa0\x80", BLOCK, BLOCK); /* a surrogate */
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_ERR_CORRUPT);
        zl = zscore_file(z, &m, file, 0.0, 1.0f, "\xc3\xa9t\xc3\xa9", BLOCK, BLOCK);
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_OK);
        /* the limits of docs/FORMAT.md */
        zl = zscore_file(z, &m, file, 0.0, 1.0f, "a", STAMPDEC_MAX_FRAME_SAMPLES, BLOCK);
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_OK);
        zl = zscore_file(z, &m, file, 0.0, 1.0f, "a", STAMPDEC_MAX_FRAME_SAMPLES + BLOCK, BLOCK);
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_ERR_CORRUPT);
        zl = zscore_file(z, &m, file, 0.0, 1.0f, "a", BLOCK, (uint64_t)STAMPDEC_MAX_FRAMES * BLOCK);
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_OK && info.n_frames == STAMPDEC_MAX_FRAMES);
        zl = zscore_file(z, &m, file, 0.0, 1.0f, "a", BLOCK, (uint64_t)STAMPDEC_MAX_FRAMES * BLOCK + 1u);
        CHECK(stampdec_read_header(d, z, zl, &used, &info) == STAMPDEC_ERR_CORRUPT);
        z[5] = 0x10; /* MEAN64 without zscore statistics */
        z[36] = 0;
        put32(z + zl - 10, stampdec_crc32(z, zl - 10));
        CHECK(stampdec_read_header(d, z, zl, &used, &info) != STAMPDEC_OK);
    }

    if (failures) fprintf(stderr, "%d check(s) failed\n", failures);
    else printf("stampdec unit tests: ok\n");
    return failures ? 1 : 0;
}
