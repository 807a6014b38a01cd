/* The smallest complete use of the C decoder: a token file on stdin, CSV on stdout, static
 * buffers only. The output buffer holds one frame of up to 1,024 samples x 8 channels: encode
 * with `stampcodec encode --frame-samples 1024` (docs/EMBEDDING.md, "Frame size and RAM"). */
#include <stdio.h>
#include "stampdec.h"
#include STAMPDEC_MODEL_HEADER /* from `stampcodec export --format c -o model.h` */

static const stampdec_model model = STAMPDEC_MODEL_INIT;
static uint8_t file[1 << 20];
static uint64_t state[1024]; /* 8 KiB, STAMPDEC_STATE_ALIGN-aligned; checked below */
static float out[1024 * 8];

int main(void) {
    stampdec *d = (stampdec *)(void *)state;
    stampdec_info info;
    size_t len = fread(file, 1, sizeof(file), stdin), pos, used;
    uint32_t n, i, c;
    int r = stampdec_init(d, sizeof(state), &model, 8);
    if (!r) r = stampdec_read_header(d, file, len, &used, &info);
    for (pos = used; !r && stampdec_next_frame_length(d); pos += used) {
        r = stampdec_decode_frame_normalized(d, file + pos, len - pos, &used, out, sizeof(out) / sizeof(out[0]), &n, 0);
        for (i = 0; !r && i < n; i++)
            for (c = 0; c < info.channels; c++) {
                double mean, sd;
                stampdec_channel_stats(d, (uint16_t)c, &mean, &sd);
                printf(c + 1 < info.channels ? "%.17g," : "%.17g\n", out[i * info.channels + c] * sd + mean);
            }
    }
    if (r) fprintf(stderr, "stampdec: %s\n", stampdec_strerror(r));
    return r ? 1 : 0;
}
