/* Bare-metal Cortex-M4F example (qemu-system-arm -M mps2-an386): encode a held-out recording with
 * the C encoder as a sensor would, a chunk of samples at a time, and write the token file to the
 * host over semihosting: tokens_f32.bin with the float path, tokens_q.bin with the fixed-point
 * path, each when model.h has its tables (export --tables float|q15|both). The host decodes them
 * with `stampcodec decode`; the bytes are the host C encoder's (tests/test_firmware.py checks).
 * Static buffers only, no heap. scripts/qemu_instructions.py counts the instructions it runs. */
#include <stdint.h>
#include <stdio.h>

#include "stampenc.h"
#include "model.h"   /* stampcodec export --format c --encoder [--tables float|q15|both] */
#include "samples.h" /* embed_samples.py: samples[], SAMPLES_T, SAMPLES_C, samples_mean/std, SAMPLE_RATE */

#ifndef STATE_BYTES
#define STATE_BYTES (24u * 1024u)
#endif
#ifndef FACTOR
#define FACTOR 16u /* every channel's resampling factor r, as 16 r: 32 codes them at half the rate */
#endif
#ifndef OUT_BYTES
#define OUT_BYTES 1024u /* a frame with few gaps; stampenc_push says STAMPENC_ERR_CAPACITY otherwise */
#endif

static const stampenc_model model = STAMPDEC_MODEL_ENC_INIT;
static uint64_t state[STATE_BYTES / 8u];
static uint8_t out[OUT_BYTES];

static int fail(const char *what, int r) {
    printf("error: %s: %s\n", what, stampenc_strerror(r));
    return 1;
}

static int encode(uint8_t arithmetic, const char *path) {
    stampenc *e = (stampenc *)(void *)state;
    stampenc_config c = {0};
    uint16_t factors[SAMPLES_C];
    size_t n, bytes = 0, need;
    uint32_t i = 0, taken, frames = 0;
    FILE *f;
    int r;
    c.channels = SAMPLES_C;
    c.frame_samples = FRAME_SAMPLES;
    c.arithmetic = arithmetic;
    c.entropy = 1;
    c.normalization = 1;
    c.mean = samples_mean;
    c.std = samples_std;
    c.sample_rate = SAMPLE_RATE;
    for (i = 0; i < SAMPLES_C; i++) factors[i] = FACTOR;
    i = 0;
    if (FACTOR != 16u) c.factors = factors;
    need = stampenc_state_size(&model, &c);
    if (!need || need > sizeof(state)) {
        printf("state buffer too small or configuration refused: need %u bytes\n", (unsigned)need);
        return 3;
    }
    if ((r = stampenc_init(e, sizeof(state), &model, &c))) return fail("init", r);
    if (!(f = fopen(path, "wb"))) {
        printf("error: cannot open %s on the host\n", path);
        return 2;
    }
    /* the length is known here; a live stream writes the header last, over a placeholder */
    if ((r = stampenc_header(e, SAMPLES_T, out, sizeof(out), &n))) return fail("header", r);
    fwrite(out, 1, n, f);
    bytes += n;
    while (i < SAMPLES_T) {
        uint32_t chunk = SAMPLES_T - i < CHUNK ? SAMPLES_T - i : CHUNK;
        if ((r = stampenc_push(e, samples + (size_t)i * SAMPLES_C, chunk, &taken, out, sizeof(out), &n)))
            return fail("push", r);
        if (n) {
            fwrite(out, 1, n, f);
            bytes += n;
            frames++;
        }
        i += taken;
    }
    if ((r = stampenc_flush(e, out, sizeof(out), &n))) return fail("flush", r);
    if (n) {
        fwrite(out, 1, n, f);
        bytes += n;
        frames++;
    }
    fclose(f);
    printf("%s: encoded %u samples x %u channels in %u frames of %u, %u bytes, state %u bytes\n", path,
           (unsigned)SAMPLES_T, (unsigned)SAMPLES_C, (unsigned)frames, (unsigned)FRAME_SAMPLES, (unsigned)bytes,
           (unsigned)need);
    return 0;
}

int main(void) {
    int r = 0;
#ifdef STAMPDEC_MODEL_ENC_HAS_FLOAT
    r |= encode(STAMPENC_F32, "tokens_f32.bin");
#endif
#ifdef STAMPDEC_MODEL_ENC_HAS_FIXED
    r |= encode(STAMPENC_Q, "tokens_q.bin");
#endif
    return r;
}
