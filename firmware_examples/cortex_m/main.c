/* Bare-metal Cortex-M3 example (qemu-system-arm -M mps2-an385): decode an embedded token stream
 * with the fixed-point path and the exported model, print some samples and a checksum over
 * semihosting. No heap: the decoder state and the frame buffer are static arrays. */
#include <stdint.h>
#include <stdio.h>

#include "stampdec.h"
#include "model.h"  /* stampcodec export --format c --tables q15 */
#include "tokens.h" /* const uint8_t tokens[]; firmware_examples/cortex_m/embed_tokens.py */

#define MAX_CHANNELS 1
#define FRAME_CAP 1024 /* samples per channel per frame the buffer holds */

static const stampdec_model model = STAMPDEC_MODEL_INIT;
static uint64_t state[560]; /* 4480 bytes, checked against stampdec_state_size() below */
static int16_t frame[FRAME_CAP * MAX_CHANNELS];

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
        if ((r = stampdec_decode_frame_q15(d, tokens + pos, sizeof(tokens) - pos, &used, frame,
                                           sizeof(frame) / sizeof(frame[0]), &n, 0))) {
            printf("error: %s\n", stampdec_strerror(r));
            return 1;
        }
        for (i = 0; i < n * info.channels; i++) { /* FNV-1a over the int16 samples, little-endian */
            h = (h ^ (uint8_t)(frame[i] & 0xFF)) * 16777619u;
            h = (h ^ (uint8_t)((uint16_t)frame[i] >> 8)) * 16777619u;
        }
        if (total == 0) {
            printf("first samples (Q%d):", STAMPDEC_Q_OUT);
            for (i = 0; i < 8 && i < n; i++) printf(" %d", frame[i * info.channels]);
            printf("\n");
        }
        total += n;
        pos += used;
    }
    printf("decoded %u samples x %u channels in %u frames, checksum %08x\n", (unsigned)total,
           (unsigned)info.channels, (unsigned)info.n_frames, (unsigned)h);
    return 0;
}
