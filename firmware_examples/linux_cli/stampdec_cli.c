/* stampdec_cli: decode a token file to CSV with the C decoder and a compiled-in model.
 * The Raspberry Pi class example (aarch64 Linux), also built natively for tests and callgrind.
 *
 *   stampdec_cli [--q15] [--scales N] [--repeat N] [--time] TOKENS OUT.csv|-|--null
 *
 * --q15 uses the fixed-point path; both paths write normalized samples and apply the
 * header's statistics in double, so large offsets keep their ripple. --null writes nothing and
 * prints an FNV-1a checksum of the decoded samples; --repeat decodes the file N times (for
 * instruction counts per sample); --time prints the decode calls' wall clock per sample, the
 * best of the repeats (the checksum and the CSV are not timed). TOKENS may be - or a pipe. OUT.csv is written to OUT.csv.tmp
 * and renamed when the whole file decoded; on an error nothing is left behind.
 */
#define _POSIX_C_SOURCE 199309L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <math.h>
#include <string.h>

#include "stampdec.h"
#include STAMPDEC_MODEL_HEADER

static const stampdec_model model = STAMPDEC_MODEL_INIT;

static int fail(const char *what, int code) {
    fprintf(stderr, "stampdec_cli: %s: %s\n", what, code ? stampdec_strerror(code) : "failed");
    return 1;
}

/* The whole input, from a file or a pipe (no ftell: a pipe has no size). */
static uint8_t *read_all(FILE *in, size_t *len) {
    size_t cap = 1u << 16, n = 0, got;
    uint8_t *buf = (uint8_t *)malloc(cap), *bigger;
    if (!buf) return NULL;
    while ((got = fread(buf + n, 1, cap - n, in)) > 0) {
        n += got;
        if (n == cap) {
            if (cap > ((size_t)1 << 30) || !(bigger = (uint8_t *)realloc(buf, cap * 2))) { free(buf); return NULL; }
            buf = bigger;
            cap *= 2;
        }
    }
    if (ferror(in)) { free(buf); return NULL; }
    *len = n;
    return buf;
}

static char tmp_path[4096];

/* Significant digits: 9 for the signal, plus those its mean takes up (as stampcodec decode). */
static int csv_digits(double mean, double sd) {
    double extra = sd > 0 && mean != 0 ? ceil(log10(fabs(mean) / sd)) : 0;
    return 9 + (extra > 8 ? 8 : extra < 0 ? 0 : (int)extra);
}

/* An error after the output was opened: remove the partial file. */
static int fail_out(FILE *out, const char *what, int code) {
    if (out && out != stdout) { fclose(out); remove(tmp_path); }
    return fail(what, code);
}

static uint32_t fnv1a(uint32_t h, const void *p, size_t n) {
    const uint8_t *b = (const uint8_t *)p;
    while (n--) h = (h ^ *b++) * 16777619u;
    return h;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

int main(int argc, char **argv) {
    int q15 = 0, scales = 0, repeat = 1, timed = 0, argi = 1, rep, r;
    double best = -1.0, spent;
    const char *in_path, *out_path;
    FILE *in, *out = NULL;
    uint8_t *data;
    size_t len, used, pos, cap_f = 0, cap_q = 0;
    stampdec_info info;
    stampdec *dec;
    float *buf;
    int16_t *bufq;
    double *buf64 = NULL;
    int64_t *bufl = NULL;
    uint32_t checksum = 2166136261u, n, i, c;

    for (; argi < argc && argv[argi][0] == '-' && argv[argi][1] == '-' && strcmp(argv[argi], "--null"); argi++) {
        if (!strcmp(argv[argi], "--q15")) q15 = 1;
        else if (!strcmp(argv[argi], "--scales") && argi + 1 < argc) scales = atoi(argv[++argi]);
        else if (!strcmp(argv[argi], "--repeat") && argi + 1 < argc) repeat = atoi(argv[++argi]);
        else if (!strcmp(argv[argi], "--time")) timed = 1;
        else { fprintf(stderr, "stampdec_cli: unknown option %s\n", argv[argi]); return 2; }
    }
    if (argc - argi != 2 || repeat < 1) {
        fprintf(stderr, "usage: stampdec_cli [--q15] [--scales N] [--repeat N] [--time] TOKENS OUT.csv|-|--null\n");
        return 2;
    }
    in_path = argv[argi];
    out_path = argv[argi + 1];
    in = strcmp(in_path, "-") ? fopen(in_path, "rb") : stdin;
    if (!in) { perror(in_path); return 1; }
    data = read_all(in, &len);
    if (in != stdin) fclose(in);
    if (!data) return fail(in_path, 0);

    {   /* the channel count sizes the state: read it from the header's fixed part */
        uint16_t channels = 1;
        size_t need;
        if ((r = stampdec_peek_channels(data, len, &channels))) return fail(in_path, r);
        need = stampdec_state_size(&model, channels);
        dec = (stampdec *)malloc(need); /* malloc's alignment satisfies STAMPDEC_STATE_ALIGN */
        if (!dec || (r = stampdec_init(dec, need, &model, channels))) return fail("init", dec ? r : 0);
    }
    for (rep = 0; rep < repeat; rep++) {
        if ((r = stampdec_read_header(dec, data, len, &used, &info))) return fail_out(out, in_path, r);
        if (rep == 0) {
            /* the header's limits bound these: at most STAMPDEC_MAX_FRAME_VALUES samples, and room
             * for the first (the longest) frame's tokens, so each segment is range decoded once */
            cap_f = stampdec_frame_capacity(dec, 0);
            cap_q = stampdec_frame_capacity(dec, 1);
            buf = (float *)malloc((cap_f ? cap_f : 1) * sizeof(float));
            bufq = (int16_t *)malloc((cap_q ? cap_q : 1) * sizeof(int16_t));
            /* error-bounded files: values in double, or (--q15: no floating point) lattice points */
            buf64 = (double *)malloc(info.bounded ? (size_t)info.frame_samples * info.channels * sizeof(double) : 1);
            bufl = (int64_t *)malloc(info.bounded ? (size_t)info.frame_samples * info.channels * sizeof(int64_t) : 1);
            if (!buf || !bufq || !buf64 || !bufl) return fail("memory", 0);
            if (strcmp(out_path, "--null")) {
                if (strcmp(out_path, "-")) {
                    if (snprintf(tmp_path, sizeof(tmp_path), "%s.tmp", out_path) >= (int)sizeof(tmp_path))
                        return fail(out_path, 0);
                    out = fopen(tmp_path, "w");
                } else {
                    out = stdout;
                }
                if (!out) { perror(out_path); return 1; }
                for (c = 0; c < info.channels; c++) {
                    const char *name;
                    size_t name_len;
                    if (stampdec_column_name(data, len, (uint16_t)(c + 1), &name, &name_len) == STAMPDEC_OK)
                        fprintf(out, "%s%.*s", c ? "," : "", (int)name_len, name);
                    else
                        fprintf(out, "%sch%u", c ? "," : "", (unsigned)c);
                }
                fputc('\n', out);
            }
        }
        pos = used;
        spent = 0.0;
        while (stampdec_next_frame_length(dec) && info.bounded) {
            size_t cap = (size_t)info.frame_samples * info.channels;
            double t0 = now();
            r = q15 ? stampdec_decode_frame_lattice(dec, data + pos, len - pos, &used, bufl, cap, &n)
                    : stampdec_decode_frame_f64(dec, data + pos, len - pos, &used, buf64, cap, &n);
            spent += now() - t0;
            if (r) return fail_out(out, in_path, r);
            pos += used;
            if (q15) checksum = fnv1a(checksum, bufl, (size_t)n * info.channels * sizeof(int64_t));
            else checksum = fnv1a(checksum, buf64, (size_t)n * info.channels * sizeof(double));
            if (out && rep == 0)
                for (i = 0; i < n; i++)
                    for (c = 0; c < info.channels; c++) {
                        size_t at = (size_t)i * info.channels + c;
                        double v = buf64[at], bound, origin, unit;
                        if (q15) { /* the library's integers; the value as stampdec.h defines it */
                            stampdec_channel_bound(dec, (uint16_t)c, &bound, &origin, &unit);
                            v = bufl[at] == INT64_MIN ? (double)NAN : (double)bufl[at] * unit + origin;
                        }
                        if (v != v) fprintf(out, c ? ",nan" : "nan");
                        else fprintf(out, c ? ",%.17g" : "%.17g", v); /* exact: the bound holds in the text */
                        if (c + 1 == info.channels) fputc('\n', out);
                    }
        }
        while (stampdec_next_frame_length(dec)) {
            double t0 = now();
            r = q15 ? stampdec_decode_frame_q15(dec, data + pos, len - pos, &used, bufq, cap_q, &n, scales)
                    : stampdec_decode_frame_normalized(dec, data + pos, len - pos, &used, buf, cap_f, &n, scales);
            spent += now() - t0;
            if (r) return fail_out(out, in_path, r);
            pos += used;
            if (q15) checksum = fnv1a(checksum, bufq, (size_t)n * info.channels * sizeof(int16_t));
            else checksum = fnv1a(checksum, buf, (size_t)n * info.channels * sizeof(float));
            if (out && rep == 0)
                for (i = 0; i < n; i++)
                    for (c = 0; c < info.channels; c++) {
                        double v, mu, sd;
                        stampdec_channel_stats(dec, (uint16_t)c, &mu, &sd);
                        if (q15) {
                            int16_t q = bufq[(size_t)i * info.channels + c];
                            v = q == INT16_MIN ? (double)NAN : (double)q / (1 << STAMPDEC_Q_OUT) * sd + mu;
                        } else {
                            v = (double)buf[(size_t)i * info.channels + c] * sd + mu;
                        }
                        if (v != v) fprintf(out, c ? ",nan" : "nan");
                        else fprintf(out, c ? ",%.*g" : "%.*g", csv_digits(mu, sd), v);
                        if (c + 1 == info.channels) fputc('\n', out);
                    }
        }
        if (pos != len) return fail_out(out, in_path, STAMPDEC_ERR_CORRUPT);
        if (best < 0.0 || spent < best) best = spent;
    }
    if (out && out != stdout) {
        if (ferror(out) | fclose(out) || rename(tmp_path, out_path)) { remove(tmp_path); return fail(out_path, 0); }
    }
    printf("samples %llu channels %u frames %u checksum %08x\n", (unsigned long long)info.length,
           (unsigned)info.channels, (unsigned)info.n_frames, (unsigned)checksum);
    if (timed && info.length)
        printf("decode %.3f ns per sample value (best of %d)\n", best * 1e9 / ((double)info.length * info.channels), repeat);
    free(buf);
    free(bufq);
    free(buf64);
    free(bufl);
    free(dec);
    free(data);
    return 0;
}
