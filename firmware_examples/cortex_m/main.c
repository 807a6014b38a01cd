/* Bare-metal Cortex-M3 example (qemu-system-arm -M mps2-an385): decode an embedded token stream
 * with the fixed-point path and the exported model, print some samples and a checksum over
 * semihosting; an error-bounded stream (encode --max-error) with the integer lattice call. No
 * floating point, no heap: the decoder state and the frame buffer are static arrays. */
#include <stdint.h>
#include <stdio.h>

#include "stampdec.h"
#include "model.h"  /* stampcodec export --format c --tables q15 */
#include "tokens.h" /* const uint8_t tokens[]; firmware_examples/cortex_m/embed_tokens.py */

#define MAX_CHANNELS 1
#define FRAME_CAP 1024 /* samples per channel per frame the buffer holds */

static const stampdec_model model = STAMPDEC_MODEL_INIT;
static uint64_t state[560]; /* 4480 bytes, checked against stampdec_state_size() below */
static union { /* one buffer: Q11 samples of a token file, or lattice points of a bounded one */
    int16_t q[FRAME_CAP * MAX_CHANNELS];
    int64_t y[FRAME_CAP * MAX_CHANNELS];
} frame;

static void print_i64(int64_t v) { /* newlib-nano's printf has no %lld */
    char buf[24];
    int k = 23;
    uint64_t u = v < 0 ? 0u - (uint64_t)v : (uint64_t)v;
    buf[k] = 0;
    do buf[--k] = (char)('0' + u % 10u); while ((u /= 10u) != 0);
    if (v < 0) buf[--k] = '-';
    printf(" %s", buf + k);
}

static uint32_t fnv1a(uint32_t h, const void *p, uint32_t n) { /* over the samples' little-endian bytes */
    const uint8_t *b = (const uint8_t *)p;
    while (n--) h = (h ^ *b++) * 16777619u;
    return h;
}

int main(void) {
    stampdec *d = (stampdec *)(void *)state;
    stampdec_info info;
    size_t used, pos;
    uint32_t n, i, h = 2166136261u, total = 0;
    int r;
    if (stampdec_state_size(&model, MAX_CHANNELS) > sizeof(state)) {
        printf("state buffer too small: need %u bytes\n", (unsigned)stampdec_state_size(&model, MAX_CHANNELS));
        return 3;
    }
    if ((r = stampdec_init(d, sizeof(state), &model, MAX_CHANNELS)) ||
        (r = stampdec_read_header(d, tokens, sizeof(tokens), &used, &info))) {
        printf("error: %s\n", stampdec_strerror(r));
        return 1;
    }
    pos = used;
    while (stampdec_next_frame_length(d)) {
        r = info.bounded ? stampdec_decode_frame_lattice(d, tokens + pos, sizeof(tokens) - pos, &used, frame.y,
                                                         FRAME_CAP * MAX_CHANNELS, &n)
                         : stampdec_decode_frame_q15(d, tokens + pos, sizeof(tokens) - pos, &used, frame.q,
                                                     FRAME_CAP * MAX_CHANNELS, &n, 0);
        if (r) {
            printf("error: %s\n", stampdec_strerror(r));
            return 1;
        }
        /* the byte order is the core's: little-endian on Cortex-M, as on the host that checks it */
        h = fnv1a(h, info.bounded ? (const void *)frame.y : (const void *)frame.q,
                  n * info.channels * (info.bounded ? 8u : 2u));
        if (total == 0) {
            if (info.bounded) {
                printf("first lattice points:");
                for (i = 0; i < 8 && i < n; i++) print_i64(frame.y[i * info.channels]);
            } else {
                printf("first samples (Q%d):", STAMPDEC_Q_OUT);
                for (i = 0; i < 8 && i < n; i++) printf(" %d", frame.q[i * info.channels]);
            }
            printf("\n");
        }
        total += n;
        pos += used;
    }
    printf("decoded %u samples x %u channels in %u frames, checksum %08x\n", (unsigned)total,
           (unsigned)info.channels, (unsigned)info.n_frames, (unsigned)h);
    return 0;
}
