/*
 * stampdec: the STAMP token-file decoder in portable C99.
 *
 * No malloc, no globals, no I/O: the caller owns every byte. Query the state size, give
 * stampdec_init() a buffer of that size, feed it the file header, then each frame in order;
 * each frame decodes to frame_length x channels interleaved samples. A frame is an independent
 * signal, so frames may be decoded as they arrive and dropped afterwards.
 *
 *     stampdec_model m = STAMPDEC_MODEL_INIT;        // from a generated model header
 *     size_t need = stampdec_state_size(&m, max_channels);
 *     stampdec *d = (stampdec *)my_buffer;            // need bytes, STAMPDEC_STATE_ALIGN-aligned
 *     stampdec_init(d, need, &m, max_channels);
 *     size_t used; stampdec_info info;
 *     stampdec_read_header(d, file, file_len, &used, &info);
 *     for each frame: stampdec_decode_frame(d, p, left, &used, out, out_cap, &n, scales);
 *
 * Two arithmetic paths: float32 (stampdec_decode_frame) and fixed point
 * (stampdec_decode_frame_q15: int16 tables, int32 accumulators, saturated int16 output in Q11
 * of the normalized signal; no floating point at all).
 *
 * The format is docs/FORMAT.md (version 1); the arithmetic is docs/MODEL.md, "Decoding".
 */
#ifndef STAMPDEC_H
#define STAMPDEC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STAMPDEC_VERSION_MAJOR 0
#define STAMPDEC_VERSION_MINOR 8
#define STAMPDEC_VERSION_PATCH 0
/* major << 16 | minor << 8 | patch: compare with stampdec_version() to catch a header and a
 * library from different releases */
#define STAMPDEC_VERSION ((STAMPDEC_VERSION_MAJOR << 16) | (STAMPDEC_VERSION_MINOR << 8) | STAMPDEC_VERSION_PATCH)
#define STAMPDEC_FORMAT_VERSION 2 /* the newest token format this build reads (it reads 1 too) */
/* The state buffer must be aligned to this many bytes (it holds doubles); stampdec_init refuses
 * another alignment with STAMPDEC_ERR_ARG. A uint64_t or double array is always aligned. */
#define STAMPDEC_STATE_ALIGN 8
#define STAMPDEC_MAX_SCALES 8
#define STAMPDEC_Q_OUT 11 /* q15 output: normalized sample = value / 2^11 (range +-16) */

/* Limits (docs/FORMAT.md, "Limits"), the same in the encoder and both readers: a header past
 * them is STAMPDEC_ERR_CORRUPT. An output buffer of STAMPDEC_MAX_FRAME_VALUES samples decodes
 * any frame of any valid file; a smaller one decodes files whose frames fit it. */
#define STAMPDEC_MAX_FRAME_SAMPLES (1u << 20) /* samples per channel in one frame */
#define STAMPDEC_MAX_FRAME_VALUES (1u << 21)  /* frame samples x channels */
#define STAMPDEC_MAX_FRAMES 0xFFFFFFFFu       /* frames in one file */

enum {
    STAMPDEC_OK = 0,
    STAMPDEC_ERR_ARG = -1,         /* a NULL pointer or impossible argument */
    STAMPDEC_ERR_MAGIC = -2,       /* not a token file */
    STAMPDEC_ERR_VERSION = -3,     /* a format version this build does not read */
    STAMPDEC_ERR_TRUNCATED = -4,   /* the buffer ends inside the header or frame */
    STAMPDEC_ERR_CRC = -5,         /* CRC mismatch: the data is damaged */
    STAMPDEC_ERR_CORRUPT = -6,     /* a field out of range */
    STAMPDEC_ERR_MODEL = -7,       /* encoded with another model or layout */
    STAMPDEC_ERR_UNSUPPORTED = -8, /* reserved features, tokens coded with a prior, or a call for the other kind of file */
    STAMPDEC_ERR_CAPACITY = -9,    /* more channels than the state was sized for, or output too small */
    STAMPDEC_ERR_STATE = -10,      /* called out of order (no header yet, or all frames done) */
    STAMPDEC_ERR_NO_TABLES = -11   /* the model lacks the tables this path needs */
};

/* A model's decoding tables: codeword waveforms W[v] = codebook[v] @ dictionary. */
typedef struct {
    uint8_t model_id[8];
    uint8_t mode;           /* 0 independent, 1 joint */
    uint8_t n_scales;
    uint8_t scales[STAMPDEC_MAX_SCALES]; /* coarse to fine */
    uint16_t codebook_size; /* V */
    uint16_t atom_length;   /* L (a multiple of 4) */
    uint16_t atom_channels; /* 1 (independent) or C (joint) */
    const float *waves;     /* V x atom_channels x L, or NULL */
    const int16_t *waves_q15; /* same layout: W ~= waves_q15 * 2^(q15_exponent - 15), or NULL */
    int8_t q15_exponent;
} stampdec_model;

/* What a header says. Channel names stay in the caller's header bytes: see stampdec_column_name. */
typedef struct {
    uint8_t version;
    uint8_t flags;
    uint8_t normalization; /* 0 none, 1 zscore */
    uint8_t time_kind;
    uint16_t channels;
    uint32_t frame_samples;
    uint32_t n_frames;
    uint64_t length;
    double sample_rate;    /* 0 when unknown */
    double time_origin;
    uint32_t header_bytes;
    uint8_t coded_scales;  /* scales the frames carry (fewer than the model's in a truncated file) */
    uint8_t bounded;       /* an error-bounded file (encode --max-error): decode with _f64 or _lattice */
    uint8_t kept_time;     /* frames carry exact time stamps (encode --keep-time): this library skips
                              them; sample_rate and time_origin give them as a uniform grid */
} stampdec_info;

/* Opaque; lives in the caller's buffer. It holds no pointers into itself, so it may be copied
 * or moved with memcpy between calls (to snapshot a decoder, or to move it between memories). */
typedef struct stampdec stampdec;

const char *stampdec_strerror(int code);

/* The library's STAMPDEC_VERSION, as compiled. */
uint32_t stampdec_version(void);

/* The channel count of a token file's header (data at least 37 bytes): what to size the state
 * for before stampdec_init. Checks magic and version only; stampdec_read_header checks the rest. */
int stampdec_peek_channels(const uint8_t *data, size_t len, uint16_t *channels);

/* Bytes of state for a decoder of this model handling up to max_channels channels. */
size_t stampdec_state_size(const stampdec_model *model, uint16_t max_channels);

int stampdec_init(stampdec *dec, size_t state_bytes, const stampdec_model *model, uint16_t max_channels);

/* Parse and check the header at data[0..len); *used = its size. Resets the frame counter. */
int stampdec_read_header(stampdec *dec, const uint8_t *data, size_t len, size_t *used, stampdec_info *info);

/* Samples per channel in the next frame (0 when all frames are done). */
uint32_t stampdec_next_frame_length(const stampdec *dec);

/* Output elements (float, or int16 with q15 != 0) that let the next frame decode fastest: its
 * frame length x channels, and past them room for the frame's tokens (unpacked or range decoded
 * once, and each entropy-coded segment decoded once instead of twice) and, for q15 or more than one
 * channel, a row of 32-bit accumulators (a channel summed in one pass, not 128 samples at a time).
 * Any buffer of at least frame length x channels works, at some speed; the part past the samples is
 * scratch. 0 before a header or after the last frame. */
size_t stampdec_frame_capacity(const stampdec *dec, int q15);

/* Decode the next frame from data[0..len) into out (frame length x channels, interleaved),
 * in the signal's units, NaN where samples were missing. scales = 0 decodes all scales, N the
 * N coarsest. *used = bytes of the frame; *n_samples = samples per channel written.
 * float32 output holds 24 bits: a channel whose mean dwarfs its ripple (1e9 +- 1e-3) or whose
 * values pass float32's range loses them here. For those, decode normalized samples and apply
 * the header's statistics in double (stampdec_channel_stats), as the Python binding does. */
int stampdec_decode_frame(stampdec *dec, const uint8_t *data, size_t len, size_t *used,
                          float *out, size_t out_capacity, uint32_t *n_samples, int scales);

/* The same before the per-channel statistics: x = out * std + mean (stampdec_channel_stats). */
int stampdec_decode_frame_normalized(stampdec *dec, const uint8_t *data, size_t len, size_t *used,
                                     float *out, size_t out_capacity, uint32_t *n_samples, int scales);

/* The same in fixed point: out = normalized samples in Q11 (divide by 2^11, then x std + mean
 * per channel, see stampdec_channel_stats), saturated to int16; missing samples are INT16_MIN. */
int stampdec_decode_frame_q15(stampdec *dec, const uint8_t *data, size_t len, size_t *used,
                              int16_t *out, size_t out_capacity, uint32_t *n_samples, int scales);

/* Error-bounded files (encode --max-error; docs/FORMAT.md, "Error-bounded layer"): every decoded
 * sample is within its channel's bound of the input. The layer is integer arithmetic, so the
 * lattice points below are the same on every CPU; values are origin + y * unit in double
 * (stampdec_channel_bound), NaN where samples were missing. The float and q15 calls above
 * return STAMPDEC_ERR_UNSUPPORTED on these files, and these two STAMPDEC_ERR_UNSUPPORTED on
 * token files. On an error, out holds nothing usable. */
int stampdec_decode_frame_f64(stampdec *dec, const uint8_t *data, size_t len, size_t *used,
                              double *out, size_t out_capacity, uint32_t *n_samples);

/* The same as integers, without floating point (an FPU-less core): out = lattice points y,
 * INT64_MIN where samples were missing; the value is origin + y * unit. */
int stampdec_decode_frame_lattice(stampdec *dec, const uint8_t *data, size_t len, size_t *used,
                                  int64_t *out, size_t out_capacity, uint32_t *n_samples);

/* A channel's bound and the lattice of the frame decoded last (the header's, or the grid the
 * values sat on in that frame; STAMPDEC_ERR_UNSUPPORTED for token files). */
int stampdec_channel_bound(const stampdec *dec, uint16_t channel, double *bound, double *origin, double *unit);

/* Per-channel mean and standard deviation from the header (0 and 1 with no normalization), in
 * double: the mean is stored as float64 so that a large offset keeps a small signal. */
int stampdec_channel_stats(const stampdec *dec, uint16_t channel, double *mean, double *std);

/* Name of column `index` (0 = the time column, 1.. = channels) in a header buffer; *name is not
 * NUL-terminated (stampdec_read_header has checked it is UTF-8). Returns STAMPDEC_ERR_ARG when
 * the header carries no names. */
int stampdec_column_name(const uint8_t *header, size_t len, uint16_t index, const char **name, size_t *name_len);

uint32_t stampdec_crc32(const uint8_t *data, size_t len);

#ifdef __cplusplus
}
#endif
#endif /* STAMPDEC_H */
