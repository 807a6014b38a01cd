/* stampdec_cli: decode a token file to CSV with the C decoder and a compiled-in model.
 * The Raspberry Pi class example (aarch64 Linux), also built natively for tests and callgrind.
 *
 *   stampdec_cli [--q15] [--scales N] [--repeat N] TOKENS OUT.csv|-|--null
 *
 * --q15 uses the fixed-point path (values written back in signal units via the header's
 * statistics); --null writes nothing and prints an FNV-1a checksum of the decoded samples;
 * --repeat decodes the file N times (for instruction counts per sample).
 */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "stampdec.h"
#include STAMPDEC_MODEL_HEADER

static const stampdec_model model = STAMPDEC_MODEL_INIT;

static int fail(const char *what, int code) {
    fprintf(stderr, "stampdec_cli: %s: %s\n", what, code ? stampdec_strerror(code) : "failed");
    return 1;
}

static uint32_t fnv1a(uint32_t h, const void *p, size_t n) {
    const uint8_t *b = (const uint8_t *)p;
    while (n--) h = (h ^ *b++) * 16777619u;
    return h;
}

int main(int argc, char **argv) {
    int q15 = 0, scales = 0, repeat = 1, argi = 1, rep, r;
    const char *in_path, *out_path;
    FILE *in, *out = NULL;
    uint8_t *data;
    long size;
    size_t len, used, pos;
    stampdec_info info;
    stampdec *dec;
    float *buf;
    int16_t *bufq;
    uint32_t checksum = 2166136261u, n, i, c;

    for (; argi < argc && argv[argi][0] == '-' && argv[argi][1] == '-' && strcmp(argv[argi], "--null"); argi++) {
        if (!strcmp(argv[argi], "--q15")) q15 = 1;
        else if (!strcmp(argv[argi], "--scales") && argi + 1 < argc) scales = atoi(argv[++argi]);
        else if (!strcmp(argv[argi], "--repeat") && argi + 1 < argc) repeat = atoi(argv[++argi]);
        else { fprintf(stderr, "stampdec_cli: unknown option %s\n", argv[argi]); return 2; }
    }
    if (argc - argi != 2 || repeat < 1) {
        fprintf(stderr, "usage: stampdec_cli [--q15] [--scales N] [--repeat N] TOKENS OUT.csv|-|--null\n");
        return 2;
    }
    in_path = argv[argi];
    out_path = argv[argi + 1];
    in = fopen(in_path, "rb");
    if (!in) { perror(in_path); return 1; }
    fseek(in, 0, SEEK_END);
    size = ftell(in);
    fseek(in, 0, SEEK_SET);
    data = (uint8_t *)malloc(size > 0 ? (size_t)size : 1u);
    if (!data || fread(data, 1, (size_t)size, in) != (size_t)size) { fclose(in); return fail("read", 0); }
    fclose(in);
    len = (size_t)size;

    {   /* the channel count sizes the state: read it from the header's fixed part */
        uint16_t channels = len >= 24 ? (uint16_t)(data[22] | (data[23] << 8)) : 1;
        size_t need = stampdec_state_size(&model, channels ? channels : 1);
        dec = (stampdec *)malloc(need);
        if (!dec || (r = stampdec_init(dec, need, &model, channels ? channels : 1))) return fail("init", dec ? r : 0);
    }
    for (rep = 0; rep < repeat; rep++) {
        if ((r = stampdec_read_header(dec, data, len, &used, &info))) return fail(in_path, r);
        if (rep == 0) {
            buf = (float *)malloc((size_t)info.frame_samples * info.channels * sizeof(float));
            bufq = (int16_t *)malloc((size_t)info.frame_samples * info.channels * sizeof(int16_t));
            if (!buf || !bufq) return fail("memory", 0);
            if (strcmp(out_path, "--null")) {
                out = strcmp(out_path, "-") ? fopen(out_path, "w") : stdout;
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
        while (stampdec_next_frame_length(dec)) {
            r = q15 ? stampdec_decode_frame_q15(dec, data + pos, len - pos, &used, bufq,
                                                (size_t)info.frame_samples * info.channels, &n, scales)
                    : stampdec_decode_frame(dec, data + pos, len - pos, &used, buf,
                                            (size_t)info.frame_samples * info.channels, &n, scales);
            if (r) return fail(in_path, r);
            pos += used;
            if (q15) checksum = fnv1a(checksum, bufq, (size_t)n * info.channels * sizeof(int16_t));
            else checksum = fnv1a(checksum, buf, (size_t)n * info.channels * sizeof(float));
            if (out && rep == 0)
                for (i = 0; i < n; i++)
                    for (c = 0; c < info.channels; c++) {
                        float v;
                        if (q15) {
                            float mu, sd;
                            int16_t q = bufq[(size_t)i * info.channels + c];
                            stampdec_channel_stats(dec, (uint16_t)c, &mu, &sd);
                            v = q == INT16_MIN ? (float)NAN : (float)q / (1 << STAMPDEC_Q_OUT) * sd + mu;
                        } else {
                            v = buf[(size_t)i * info.channels + c];
                        }
                        if (v != v) fprintf(out, c ? ",nan" : "nan");
                        else fprintf(out, c ? ",%.9g" : "%.9g", v);
                        if (c + 1 == info.channels) fputc('\n', out);
                    }
        }
        if (pos != len) return fail(in_path, STAMPDEC_ERR_CORRUPT);
    }
    if (out && out != stdout) fclose(out);
    printf("samples %llu channels %u frames %u checksum %08x\n", (unsigned long long)info.length,
           (unsigned)info.channels, (unsigned)info.n_frames, (unsigned)checksum);
    free(buf);
    free(bufq);
    free(dec);
    free(data);
    return 0;
}
