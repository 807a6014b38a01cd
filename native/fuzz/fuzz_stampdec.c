/* libFuzzer target: the container and frame parser with a real model (exported by
 * `stampcodec export --format c`; run.sh builds it for three models). Every input must decode or return an error code;
 * ASan and UBSan catch the rest. Build and run: native/fuzz/run.sh SECONDS. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "stampdec.h"
#include STAMPDEC_MODEL_HEADER

static const stampdec_model model = STAMPDEC_MODEL_INIT;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static uint64_t state[1 << 13]; /* 64 KiB, STAMPDEC_STATE_ALIGN-aligned */
    static float out[16384 * 8];
    static int16_t outq[16384 * 8];
    static double out64[16384 * 8];
    static int64_t outl[16384 * 8];
    stampdec *d = (stampdec *)(void *)state;
    stampdec_info info;
    size_t used, pos;
    uint32_t n;
    int path = size > 0 ? data[size - 1] % 3 : 0; /* the last byte picks float, normalized or q15 */
    int exact = size > 0 && (data[size - 1] & 0x80); /* and whether the output has no spare room (no token cache) */
    /* (error-bounded files: f64, lattice; every path also meets the other kind of file) */
    if (stampdec_init(d, sizeof(state), &model, 8) != STAMPDEC_OK) abort();
    if (stampdec_read_header(d, data, size, &used, &info) != STAMPDEC_OK) return 0;
    if (used > size || info.channels > 8) abort();
    pos = used;
    while (stampdec_next_frame_length(d)) {
        int r;
        size_t cap = exact ? stampdec_next_frame_length(d) * (size_t)info.channels : 16384u * 8u;
        if (stampdec_next_frame_length(d) * (size_t)info.channels > 16384u * 8u) return 0;
        if (info.bounded)
            r = path == 1 ? stampdec_decode_frame_lattice(d, data + pos, size - pos, &used, outl, 16384u * 8u, &n)
                : path == 2 ? stampdec_decode_frame(d, data + pos, size - pos, &used, out, 16384u * 8u, &n, 0)
                            : stampdec_decode_frame_f64(d, data + pos, size - pos, &used, out64, 16384u * 8u, &n);
        else
            r = path == 2   ? stampdec_decode_frame_q15(d, data + pos, size - pos, &used, outq, cap, &n, 0)
                : path == 1 ? stampdec_decode_frame_normalized(d, data + pos, size - pos, &used, out, cap, &n, 0)
                            : stampdec_decode_frame(d, data + pos, size - pos, &used, out, cap, &n, 0);
        if (r != STAMPDEC_OK) return 0;
        if (used > size - pos || n == 0) abort();
        pos += used;
    }
    return 0;
}
