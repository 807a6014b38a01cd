/* stampenc_cli: encode raw samples to a token file with the C encoder and a compiled-in model
 * (`stampcodec export --format c --encoder`). The host twin of the firmware encoder: the same
 * library and path give the same bytes, and callgrind counts its instructions
 * (scripts/callgrind_encode.sh).
 *
 *   stampenc_cli [--f64|--q] [--frame N] [--chunk N] [--rate HZ] [--factor F] CHANNELS IN.f32 OUT.tok
 *
 * --f64 takes the double path (the Python encoder's tokens), --q the fixed-point path (a header
 * exported with --tables q15 or both); the float path otherwise. --factor codes every channel at
 * a coarser time scale r, given as F = 16 r (16 to 4080; 32 is half the rate).
 * IN.f32 holds little-endian float32 samples, interleaved by channel (NaN = missing). The z-score
 * statistics are the input's own: the mean in double and the population standard deviation in
 * double rounded to float, over the observed samples. --chunk hands the samples to the encoder
 * N at a time (default: all), as a sensor loop would. OUT.tok is written to OUT.tok.tmp, its
 * header last (at the front), and renamed when complete; on an error nothing is left behind.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stampenc.h"
#include STAMPDEC_MODEL_HEADER

static const stampenc_model model = STAMPDEC_MODEL_ENC_INIT;

static int usage(void) {
    fprintf(stderr, "usage: stampenc_cli [--f64|--q] [--frame N] [--chunk N] [--rate HZ] [--factor F] CHANNELS IN.f32 "
                    "OUT.tok\n");
    return 2;
}

int main(int argc, char **argv) {
    stampenc_config c;
    stampenc *e;
    FILE *in, *out;
    float *x;
    double *mean;
    float *sd;
    uint8_t *buf;
    long bytes;
    size_t n, cap, t, total, chunk = 0;
    uint32_t taken;
    uint16_t ch, *factors = NULL;
    unsigned long factor = 16;
    int a = 1, r = 0;
    char tmp[4096];
    memset(&c, 0, sizeof c);
    c.frame_samples = 16384;
    c.entropy = 1;
    c.normalization = 1;
    for (; a < argc && argv[a][0] == '-' && argv[a][1] == '-'; a++) {
        if (!strcmp(argv[a], "--f64")) c.arithmetic = STAMPENC_F64;
        else if (!strcmp(argv[a], "--q")) c.arithmetic = STAMPENC_Q;
        else if (!strcmp(argv[a], "--frame") && a + 1 < argc) c.frame_samples = (uint32_t)strtoul(argv[++a], NULL, 10);
        else if (!strcmp(argv[a], "--chunk") && a + 1 < argc) chunk = strtoul(argv[++a], NULL, 10);
        else if (!strcmp(argv[a], "--rate") && a + 1 < argc) c.sample_rate = strtod(argv[++a], NULL);
        else if (!strcmp(argv[a], "--factor") && a + 1 < argc) factor = strtoul(argv[++a], NULL, 10);
        else return usage();
    }
    if (argc - a != 3 || atoi(argv[a]) < 1 || atoi(argv[a]) > 65535) return usage();
    c.channels = ch = (uint16_t)atoi(argv[a]);
    if (!(in = fopen(argv[a + 1], "rb"))) { perror(argv[a + 1]); return 1; }
    fseek(in, 0, SEEK_END);
    bytes = ftell(in);
    rewind(in);
    total = bytes > 0 ? (size_t)bytes / (4u * ch) : 0;
    if (!total || (size_t)bytes != total * 4u * ch) {
        fprintf(stderr, "stampenc_cli: %s: %ld bytes is not a whole number of %u-channel float32 samples\n",
                argv[a + 1], bytes, (unsigned)ch);
        return 1;
    }
    x = (float *)malloc((size_t)bytes);
    mean = (double *)calloc(ch, sizeof(double));
    sd = (float *)calloc(ch, sizeof(float));
    if (!x || !mean || !sd || fread(x, 4, total * ch, in) != total * ch) { fprintf(stderr, "stampenc_cli: read failed\n"); return 1; }
    fclose(in);
    for (n = 0; n < ch; n++) { /* statistics over the observed samples, as stampcodec's scan */
        double s = 0, q = 0;
        size_t k = 0;
        for (t = 0; t < total; t++) if (x[t * ch + n] == x[t * ch + n]) { s += x[t * ch + n]; k++; }
        mean[n] = k ? s / (double)k : 0.0;
        for (t = 0; t < total; t++) if (x[t * ch + n] == x[t * ch + n]) q += (x[t * ch + n] - mean[n]) * (x[t * ch + n] - mean[n]);
        sd[n] = k ? (float)sqrt(q / (double)k) : 0.0f;
    }
    c.mean = mean;
    c.std = sd;
    if (factor != 16) {
        if (factor < 16 || factor > 4080) {
            fprintf(stderr, "stampenc_cli: --factor %lu: F = 16 r runs from 16 to 4080\n", factor);
            return 1;
        }
        if (!(factors = (uint16_t *)malloc(ch * sizeof(uint16_t)))) return 1;
        for (n = 0; n < ch; n++) factors[n] = (uint16_t)factor;
        c.factors = factors;
    }
    n = stampenc_state_size(&model, &c);
    if (!n) {
        fprintf(stderr, "stampenc_cli: the model does not take this stream (a frame size that is a multiple of the "
                        "block? the path's tables in the model header?)\n");
        return 1;
    }
    e = (stampenc *)malloc((n + 7) / 8 * 8);
    if (!e || (r = stampenc_init(e, n, &model, &c))) { fprintf(stderr, "stampenc_cli: init: %s\n", stampenc_strerror(r)); return 1; }
    cap = stampenc_max_frame_bytes(e);
    buf = (uint8_t *)malloc(cap);
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[a + 2]);
    if (!buf || !(out = fopen(tmp, "wb"))) { perror(tmp); return 1; }
    memset(buf, 0, stampenc_header_size(e)); /* the header's place; written last */
    fwrite(buf, 1, stampenc_header_size(e), out);
    for (t = 0; t < total && !r; t += taken) {
        size_t want = chunk && chunk < total - t ? chunk : total - t;
        r = stampenc_push(e, x + t * ch, (uint32_t)want, &taken, buf, cap, &n);
        if (!r && n) fwrite(buf, 1, n, out);
    }
    if (!r && !(r = stampenc_flush(e, buf, cap, &n)) && n) fwrite(buf, 1, n, out);
    if (!r && !(r = stampenc_header(e, total, buf, cap, &n))) {
        fseek(out, 0, SEEK_SET);
        fwrite(buf, 1, n, out);
    }
    if (fclose(out) || r || rename(tmp, argv[a + 2])) {
        fprintf(stderr, "stampenc_cli: %s\n", r ? stampenc_strerror(r) : "cannot write the output");
        remove(tmp);
        return 1;
    }
    free(buf); free(e); free(x); free(mean); free(sd); free(factors);
    return 0;
}
