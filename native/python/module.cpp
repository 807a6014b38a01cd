// stampcodec._native: the C decoder for Python. numpy in, numpy out; all checks stay in C.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern "C" {
#include "stampdec.h"
#include "stampenc.h"
}

namespace py = pybind11;

void register_csv_numbers(py::module_ &mod);  // csv_numbers.cpp: the CSV reader's fast path

namespace {

struct NativeError : std::runtime_error {
    int code;
    NativeError(int c, const std::string &where)
        : std::runtime_error(where + ": " + stampdec_strerror(c)), code(c) {}
};

class Decoder {
  public:
    Decoder(py::array_t<float, py::array::c_style | py::array::forcecast> waves,
            py::array_t<int16_t, py::array::c_style | py::array::forcecast> waves_q15, int q15_exponent,
            py::bytes model_id, int mode, std::vector<int> scales) {
        if (waves.ndim() != 3 || waves_q15.ndim() != 3) throw std::invalid_argument("waves must be (V, atom_channels, L)");
        if (scales.empty() || scales.size() > STAMPDEC_MAX_SCALES) throw std::invalid_argument("1 to 8 scales");
        std::string id = model_id;
        if (id.size() != 8) throw std::invalid_argument("model_id must be 8 bytes");
        waves_.assign(waves.data(), waves.data() + waves.size());
        q15_.assign(waves_q15.data(), waves_q15.data() + waves_q15.size());
        std::memset(&m_, 0, sizeof(m_));
        std::memcpy(m_.model_id, id.data(), 8);
        m_.mode = static_cast<uint8_t>(mode);
        m_.n_scales = static_cast<uint8_t>(scales.size());
        for (size_t i = 0; i < scales.size() && i < STAMPDEC_MAX_SCALES; i++) {
            if (scales[i] < 1 || scales[i] > 255) throw std::invalid_argument("scales must be in 1..255");
            m_.scales[i] = static_cast<uint8_t>(scales[i]);
        }
        m_.codebook_size = static_cast<uint16_t>(waves.shape(0));
        m_.atom_channels = static_cast<uint16_t>(waves.shape(1));
        m_.atom_length = static_cast<uint16_t>(waves.shape(2));
        m_.waves = waves_.data();
        m_.waves_q15 = q15_.data();
        m_.q15_exponent = static_cast<int8_t>(q15_exponent);
        if (!stampdec_state_size(&m_, 1)) throw std::invalid_argument("inconsistent model tables");
    }

    // Parse a header: returns (bytes used, info dict). Sizes the state for its channel count.
    py::tuple open(py::buffer header) {
        py::buffer_info b = header.request();
        const uint8_t *p = static_cast<const uint8_t *>(b.ptr);
        size_t len = static_cast<size_t>(b.size * b.itemsize);
        uint16_t channels = 1;
        check(stampdec_peek_channels(p, len, &channels), "header");
        size_t need = stampdec_state_size(&m_, channels);
        size_t words = (need + 7) / 8;  // uint64_t words: STAMPDEC_STATE_ALIGN
        if (state_.size() != words) state_.assign(words, 0);  // reused across files of one width
        dec_ = reinterpret_cast<stampdec *>(state_.data());
        check(stampdec_init(dec_, state_.size() * sizeof(uint64_t), &m_, channels), "init");
        size_t used = 0;
        stampdec_info info;
        check(stampdec_read_header(dec_, p, len, &used, &info), "header");
        channels_ = info.channels;
        py::dict d;
        d["channels"] = info.channels;
        d["length"] = info.length;
        d["frames"] = info.n_frames;
        d["frame_samples"] = info.frame_samples;
        d["bounded"] = static_cast<bool>(info.bounded);
        return py::make_tuple(used, d);
    }

    // Decode the next frame at the start of `data`: returns ((m, C) array, bytes used).
    // spare = false: an output of exactly m x C values, so the library has no room for its token
    // cache or row accumulators: it decodes each entropy-coded segment twice and sums 128 samples at
    // a time (the path of callers without the room; tests compare both).
    py::tuple frame(py::buffer data, int scales, bool q15, bool normalized, bool f64, bool spare) {
        spare_ = spare;
        if (!dec_) throw std::logic_error("open() a header first");
        py::buffer_info b = data.request();
        const uint8_t *p = static_cast<const uint8_t *>(b.ptr);
        size_t len = static_cast<size_t>(b.size * b.itemsize);
        uint32_t m = stampdec_next_frame_length(dec_);
        if (!m) check(STAMPDEC_ERR_STATE, "frame");
        if (f64) {  // an error-bounded file: values in double
            auto fn = [](stampdec *d, const uint8_t *q, size_t n, size_t *used, double *out, size_t cap, uint32_t *got,
                         int) { return stampdec_decode_frame_f64(d, q, n, used, out, cap, got); };
            return decode_into<double>(fn, p, len, m, 0);
        }
        if (q15) return decode_into<int16_t>(stampdec_decode_frame_q15, p, len, m, scales);
        if (normalized) return decode_into<float>(stampdec_decode_frame_normalized, p, len, m, scales);
        return decode_into<float>(stampdec_decode_frame, p, len, m, scales);
    }

    size_t state_bytes() const { return state_.size() * sizeof(uint64_t); }

  private:
    // One frame through either arithmetic path into a new (m, C) array, without the GIL. The
    // array is allocated with stampdec_frame_capacity's room past the samples (the token cache:
    // each entropy-coded segment is decoded once) and returned as a view of its first m x C.
    template <typename T, typename Fn>
    py::tuple decode_into(Fn fn, const uint8_t *p, size_t len, uint32_t m, int scales) {
        size_t values = static_cast<size_t>(m) * channels_;
        size_t cap = spare_ ? std::max(values, stampdec_frame_capacity(dec_, sizeof(T) == 2 ? 1 : 0)) : values;
        py::array_t<T> buf(static_cast<py::ssize_t>(cap));
        size_t used = 0;
        uint32_t n = 0;
        int r;
        {
            py::gil_scoped_release nogil;
            r = fn(dec_, p, len, &used, buf.mutable_data(), cap, &n, scales);
        }
        check(r, "frame");
        py::array out = buf[py::slice(0, static_cast<py::ssize_t>(values), 1)];
        return py::make_tuple(out.attr("reshape")(static_cast<py::ssize_t>(m), static_cast<py::ssize_t>(channels_)), used);
    }

    static void check(int r, const char *where) {
        if (r != STAMPDEC_OK) throw NativeError(r, where);
    }
    std::vector<float> waves_;
    std::vector<int16_t> q15_;
    stampdec_model m_{};
    std::vector<uint64_t> state_;
    stampdec *dec_ = nullptr;
    uint16_t channels_ = 0;
    bool spare_ = true;
};


// The C encoder (stampenc.h) over one stream: tables in, token rows or frame bytes out.
class Encoder {
  public:
    using F32 = py::array_t<float, py::array::c_style | py::array::forcecast>;

    // tables: dictionary (K, Ca, L), w0 (H, 3, K), b0 (H), w1 (H, 3, H), b1 (H), w2 (K, H), b2 (K),
    // codebook (V, K): the convolutions tap-major, as stampenc_model wants them.
    // fixed: stampenc_fixed's fields (stampcodec.runtime.fixed.fixed_tables), for arithmetic 2.
    Encoder(py::dict tables, std::optional<py::dict> fixed, py::bytes model_id, int mode, std::vector<int> scales,
            int channels, uint32_t frame_samples, int arithmetic, bool entropy,
            std::optional<py::array_t<double, py::array::c_style | py::array::forcecast>> mean,
            std::optional<F32> stdev, double sample_rate, double time_origin,
            std::optional<std::vector<int>> factors) {
        std::string id = model_id;
        if (id.size() != 8) throw std::invalid_argument("model_id must be 8 bytes");
        if (scales.empty() || scales.size() > STAMPENC_MAX_SCALES) throw std::invalid_argument("1 to 8 scales");
        if (channels < 1 || channels > 65535) throw std::invalid_argument("channels must be in 1..65535");
        const char *names[] = {"dictionary", "w0", "b0", "w1", "b1", "w2", "b2", "codebook"};
        for (int i = 0; i < 8; i++) {
            F32 a = tables[names[i]].cast<F32>();
            t_[i].assign(a.data(), a.data() + a.size());
            if (i == 0) {
                if (a.ndim() != 3) throw std::invalid_argument("dictionary must be (K, Ca, L)");
                m_.n_atoms = static_cast<uint16_t>(a.shape(0));
                m_.atom_channels = static_cast<uint16_t>(a.shape(1));
                m_.atom_length = static_cast<uint16_t>(a.shape(2));
            }
            if (i == 1) m_.hidden = static_cast<uint16_t>(a.shape(0));
            if (i == 7) m_.codebook_size = static_cast<uint16_t>(a.shape(0));
        }
        size_t k = m_.n_atoms, h = m_.hidden, v = m_.codebook_size;
        size_t want[] = {k * m_.atom_channels * m_.atom_length, h * 3 * k, h, h * 3 * h, h, k * h, k, v * k};
        for (int i = 0; i < 8; i++)
            if (t_[i].size() != want[i]) throw std::invalid_argument(std::string("encoder table ") + names[i] + " has the wrong size");
        std::memcpy(m_.model_id, id.data(), 8);
        m_.mode = static_cast<uint8_t>(mode);
        m_.n_scales = static_cast<uint8_t>(scales.size());
        for (size_t i = 0; i < scales.size(); i++) m_.scales[i] = static_cast<uint8_t>(scales[i]);
        m_.dictionary = t_[0].data(); m_.w0 = t_[1].data(); m_.b0 = t_[2].data(); m_.w1 = t_[3].data();
        m_.b1 = t_[4].data(); m_.w2 = t_[5].data(); m_.b2 = t_[6].data(); m_.codebook = t_[7].data();
        if (fixed) set_fixed(*fixed);
        std::memset(&c_, 0, sizeof(c_));
        c_.channels = static_cast<uint16_t>(channels);
        c_.frame_samples = frame_samples;
        if (arithmetic < 0 || arithmetic > 2) throw std::invalid_argument("arithmetic must be 0 (f32), 1 (f64) or 2 (q)");
        c_.arithmetic = static_cast<uint8_t>(arithmetic);
        c_.entropy = entropy ? 1 : 0;
        if (mean || stdev) {
            if (!mean || !stdev || mean->size() != channels || stdev->size() != channels)
                throw std::invalid_argument("zscore needs one mean and one std per channel");
            mean_.assign(mean->data(), mean->data() + channels);
            std_.assign(stdev->data(), stdev->data() + channels);
            c_.normalization = 1;
            c_.mean = mean_.data();
            c_.std = std_.data();
        }
        c_.sample_rate = sample_rate;
        c_.time_origin = time_origin;
        if (factors) { // sixteenths, one per channel
            if (factors->size() != static_cast<size_t>(channels))
                throw std::invalid_argument("resampling needs one factor per channel");
            for (int f : *factors) {
                if (f < 16 || f > 4080)
                    throw std::invalid_argument("a resampling factor is 16 r, from 16 to 4080 (r from 1 to 255)");
                factors_.push_back(static_cast<uint16_t>(f));
            }
            c_.factors = factors_.data();
        }
        size_t need = stampenc_state_size(&m_, &c_);
        if (!need) throw std::invalid_argument("encoder: the model and this stream do not fit each other (frame size, channels, statistics)");
        state_.assign((need + 7) / 8, 0);
        enc_ = reinterpret_cast<stampenc *>(state_.data());
        int r = stampenc_init(enc_, state_.size() * 8, &m_, &c_);
        if (r) throw std::invalid_argument(std::string("encoder: ") + stampenc_strerror(r));
        out_.resize(stampenc_max_frame_bytes(enc_));
    }

    // (Ca, T) normalized samples, T a multiple of the block, at most frame_samples -> tokens per scale.
    std::vector<py::array_t<int64_t>> encode_row(F32 row) {
        if (row.ndim() != 2 || row.shape(0) != m_.atom_channels) throw std::invalid_argument("a row is (atom channels, T)");
        uint32_t t = static_cast<uint32_t>(row.shape(1));
        std::vector<std::vector<uint16_t>> tok(m_.n_scales);
        std::vector<uint16_t *> ptr(m_.n_scales);
        uint32_t block = static_cast<uint32_t>(m_.scales[0]) * (m_.atom_length / 2u);
        if (!t || t % block) throw std::invalid_argument("a row's length must be a positive multiple of the block");
        for (size_t s = 0; s < m_.n_scales; s++) {
            tok[s].resize(t / (m_.scales[s] * (m_.atom_length / 2u)));
            ptr[s] = tok[s].data();
        }
        int r;
        {
            py::gil_scoped_release nogil;
            r = stampenc_encode_row(enc_, row.data(), t, ptr.data());
        }
        if (r) throw std::invalid_argument(std::string("encode_row: ") + stampenc_strerror(r));
        std::vector<py::array_t<int64_t>> out;
        for (auto &v : tok) {
            py::array_t<int64_t> a(static_cast<py::ssize_t>(v.size()));
            for (size_t i = 0; i < v.size(); i++) a.mutable_data()[i] = v[i];
            out.push_back(a);
        }
        return out;
    }

    // (R, Ca, T) normalized rows -> tokens per scale (R, n_s), the rows spread over up to `threads`
    // workers. A state holds no pointer into itself, so each extra worker encodes with a byte copy
    // of this one (the workspace is per state); each row's arithmetic is the same on any worker, so
    // the tokens do not depend on the thread count.
    std::vector<py::array_t<int64_t>> encode_rows(F32 rows, int threads) {
        if (rows.ndim() != 3 || rows.shape(1) != m_.atom_channels) throw std::invalid_argument("rows are (R, atom channels, T)");
        if (threads < 1) throw std::invalid_argument("threads must be >= 1");
        const size_t r = static_cast<size_t>(rows.shape(0)), t = static_cast<size_t>(rows.shape(2));
        const size_t block = static_cast<size_t>(m_.scales[0]) * (m_.atom_length / 2u);
        if (!t || t % block || t > c_.frame_samples) throw std::invalid_argument("a row's length must be a positive multiple of the block, at most the frame");
        std::vector<py::array_t<int64_t>> out;
        std::vector<int64_t *> dst(m_.n_scales);
        std::vector<size_t> len(m_.n_scales);
        for (size_t s = 0; s < m_.n_scales; s++) {
            len[s] = t / (m_.scales[s] * (m_.atom_length / 2u));
            out.emplace_back(std::vector<py::ssize_t>{static_cast<py::ssize_t>(r), static_cast<py::ssize_t>(len[s])});
            dst[s] = out.back().mutable_data();
        }
        const float *src = rows.data();
        const size_t row_values = static_cast<size_t>(m_.atom_channels) * t;
        const size_t workers = std::min(static_cast<size_t>(threads), r);
        std::atomic<size_t> next{0};
        std::atomic<int> failed{0};
        auto work = [&](stampenc *e) {
            std::vector<std::vector<uint16_t>> tok(m_.n_scales);
            std::vector<uint16_t *> ptr(m_.n_scales);
            for (size_t s = 0; s < m_.n_scales; s++) {
                tok[s].resize(len[s]);
                ptr[s] = tok[s].data();
            }
            for (size_t i; !failed && (i = next++) < r;) {
                int rc = stampenc_encode_row(e, src + i * row_values, static_cast<uint32_t>(t), ptr.data());
                if (rc) {
                    failed = rc;
                    return;
                }
                for (size_t s = 0; s < m_.n_scales; s++)
                    std::copy(tok[s].begin(), tok[s].end(), dst[s] + i * len[s]);
            }
        };
        {
            py::gil_scoped_release nogil;
            std::vector<std::vector<uint64_t>> copies;
            std::vector<std::thread> pool;
            try {
                if (workers > 1) {
                    copies.reserve(workers - 1);  // the copies must not move while their workers run
                    pool.reserve(workers - 1);
                }
            } catch (const std::exception &) {
            }
            for (size_t w = 1; w < workers && copies.size() < copies.capacity(); w++) {
                try {
                    copies.push_back(state_);
                    pool.emplace_back(work, reinterpret_cast<stampenc *>(copies.back().data()));
                } catch (const std::exception &) {
                    break;  // no memory or no thread: the workers started (and this one) take the rows
                }
            }
            work(enc_);
            for (auto &th : pool) th.join();
        }
        if (failed) throw std::invalid_argument(std::string("encode_rows: ") + stampenc_strerror(failed));
        return out;
    }

    py::bytes header(uint64_t length) {
        std::vector<uint8_t> buf(stampenc_header_size(enc_));
        size_t n = 0;
        int r = stampenc_header(enc_, length, buf.data(), buf.size(), &n);
        if (r) throw std::invalid_argument(std::string("header: ") + stampenc_strerror(r));
        return py::bytes(reinterpret_cast<const char *>(buf.data()), n);
    }

    // (n, C) samples in the signal's units (NaN = missing) -> the frames they completed.
    std::vector<py::bytes> push(F32 x) {
        if (x.ndim() != 2 || x.shape(1) != c_.channels) throw std::invalid_argument("push takes (n, channels) samples");
        std::vector<py::bytes> frames;
        const float *p = x.data();
        uint32_t left = static_cast<uint32_t>(x.shape(0));
        while (left) {
            uint32_t taken = 0;
            size_t n = 0;
            int r;
            {
                py::gil_scoped_release nogil;
                r = stampenc_push(enc_, p, left, &taken, out_.data(), out_.size(), &n);
            }
            if (r) throw std::invalid_argument(std::string("push: ") + stampenc_strerror(r));
            if (n) frames.emplace_back(reinterpret_cast<const char *>(out_.data()), n);
            p += static_cast<size_t>(taken) * c_.channels;
            left -= taken;
        }
        return frames;
    }

    py::bytes flush() {
        size_t n = 0;
        int r = stampenc_flush(enc_, out_.data(), out_.size(), &n);
        if (r) throw std::invalid_argument(std::string("flush: ") + stampenc_strerror(r));
        return py::bytes(reinterpret_cast<const char *>(out_.data()), n);
    }

    uint64_t samples() const { return stampenc_samples(enc_); }
    size_t state_bytes() const { return state_.size() * sizeof(uint64_t); }
    size_t max_frame_bytes() const { return stampenc_max_frame_bytes(enc_); }

  private:
    template <typename T>
    const T *take(py::dict d, const char *name, std::vector<T> &keep, size_t want) {
        auto a = d[name].cast<py::array_t<T, py::array::c_style | py::array::forcecast>>();
        if (static_cast<size_t>(a.size()) != want) throw std::invalid_argument(std::string("fixed table ") + name + " has the wrong size");
        keep.assign(a.data(), a.data() + a.size());
        return keep.data();
    }

    void set_fixed(py::dict d) {
        size_t k = m_.n_atoms, h = m_.hidden, v = m_.codebook_size;
        std::memset(&f_, 0, sizeof(f_));
        f_.dictionary = take<int8_t>(d, "dictionary", i8_[0], k * m_.atom_channels * m_.atom_length);
        f_.w0 = take<int8_t>(d, "w0", i8_[1], h * 3 * k);
        f_.w1 = take<int8_t>(d, "w1", i8_[2], h * 3 * h);
        f_.w2 = take<int8_t>(d, "w2", i8_[3], k * h);
        f_.codebook = take<int8_t>(d, "codebook", i8_[4], v * k);
        f_.b0 = take<int32_t>(d, "b0", i32_[0], h);
        f_.b1 = take<int32_t>(d, "b1", i32_[1], h);
        f_.b2 = take<int32_t>(d, "b2", i32_[2], k);
        f_.rq0 = take<int32_t>(d, "rq0", i32_[3], h);
        f_.rq1 = take<int32_t>(d, "rq1", i32_[4], h);
        f_.rq2 = take<int32_t>(d, "rq2", i32_[5], k);
        f_.cb_mult = take<int32_t>(d, "cb_mult", i32_[6], v);
        f_.wave_mult = take<int32_t>(d, "wave_mult", i32_[7], v);
        f_.sh0 = take<uint8_t>(d, "sh0", u8_[0], h);
        f_.sh1 = take<uint8_t>(d, "sh1", u8_[1], h);
        f_.sh2 = take<uint8_t>(d, "sh2", u8_[2], k);
        f_.code_sq = take<int64_t>(d, "code_sq", i64_, v);
        f_.gelu = take<int16_t>(d, "gelu", i16_, 257);
        f_.rq_c = d["rq_c"].cast<int32_t>();
        f_.sh_c = d["sh_c"].cast<uint8_t>();
        f_.sh_wave = d["sh_wave"].cast<uint8_t>();
        f_.q_c = d["q_c"].cast<uint8_t>();
        m_.fixed = &f_;
    }

    std::vector<float> t_[8];
    std::vector<int8_t> i8_[5];
    std::vector<int32_t> i32_[8];
    std::vector<uint8_t> u8_[3];
    std::vector<int64_t> i64_;
    std::vector<int16_t> i16_;
    stampenc_fixed f_{};
    std::vector<double> mean_;
    std::vector<float> std_;
    std::vector<uint16_t> factors_;
    std::vector<uint8_t> out_;
    stampenc_model m_{};
    stampenc_config c_{};
    std::vector<uint64_t> state_;
    stampenc *enc_ = nullptr;
};

// The adaptive model's step after coding symbol s in context c (entropy.AdaptiveModel.update):
// the count grows by inc, and all counts of the context halve (rounding up) past the limit.
void update(uint16_t *counts, std::vector<uint32_t> &totals, int n, int inc, int limit, size_t c, unsigned s) {
    uint16_t *cnt = counts + c * n;
    cnt[s] = static_cast<uint16_t>(cnt[s] + inc);
    totals[c] += inc;
    if (totals[c] > static_cast<uint32_t>(limit)) {
        totals[c] = 0;
        for (int j = 0; j < n; j++) {
            cnt[j] = static_cast<uint16_t>((cnt[j] + 1u) >> 1);
            totals[c] += cnt[j];
        }
    }
}

// The error-bounded layer's residual coder (stampcodec.bounded.encode_residuals is the reference,
// and a test holds the two to the same bytes): LZMA's range encoder with per-context adaptive
// count models, magnitude symbols, raw bits below a long magnitude's leading one, a raw sign bit.
class ResidualEncoder {
  public:
    ResidualEncoder(int alphabet, int contexts, int increment, int limit, int direct)
        : n_(alphabet), inc_(increment), limit_(limit), direct_(direct),
          counts_(static_cast<size_t>(alphabet) * contexts, 1), totals_(contexts, alphabet) {}

    py::bytes encode(py::array_t<int64_t, py::array::c_style | py::array::forcecast> k,
                     py::array_t<int64_t, py::array::c_style | py::array::forcecast> ctx) {
        if (k.size() != ctx.size()) throw std::invalid_argument("one context per residual");
        const int64_t *kv = k.data(), *cv = ctx.data();
        size_t contexts = totals_.size();
        for (py::ssize_t i = 0; i < ctx.size(); i++)
            if (cv[i] < 0 || static_cast<size_t>(cv[i]) >= contexts) throw std::invalid_argument("context out of range");
        {
            py::gil_scoped_release nogil;
            for (py::ssize_t i = 0; i < k.size(); i++) {
                uint64_t mag = kv[i] < 0 ? 0u - static_cast<uint64_t>(kv[i]) : static_cast<uint64_t>(kv[i]);
                unsigned len = 0;
                while (len < 64 && (mag >> len)) len++;
                if (mag < static_cast<uint64_t>(direct_)) {
                    symbol(static_cast<size_t>(cv[i]), static_cast<unsigned>(mag));
                } else {
                    if (static_cast<int>(len) - 5 + direct_ >= n_) throw std::overflow_error("residual too large");
                    symbol(static_cast<size_t>(cv[i]), static_cast<unsigned>(direct_ + len - 5));
                    unsigned nb = len - 1;
                    uint64_t raw = mag - (uint64_t{1} << nb);
                    while (nb > 16) {
                        nb -= 16;
                        bits(static_cast<uint32_t>((raw >> nb) & 0xFFFF), 16);
                    }
                    if (nb) bits(static_cast<uint32_t>(raw & ((uint64_t{1} << nb) - 1)), nb);
                }
                if (mag) bits(kv[i] < 0 ? 1u : 0u, 1);
            }
        }
        return finish();
    }

    // stampcodec.entropy.encode: symbols under one adaptive model, nothing else (a token segment)
    py::bytes encode_symbols(py::array_t<int64_t, py::array::c_style | py::array::forcecast> s) {
        const int64_t *sv = s.data();
        for (py::ssize_t i = 0; i < s.size(); i++)
            if (sv[i] < 0 || sv[i] >= n_)
                throw py::value_error("symbol " + std::to_string(sv[i]) + " outside the alphabet of " + std::to_string(n_));
        {
            py::gil_scoped_release nogil;
            for (py::ssize_t i = 0; i < s.size(); i++) symbol(0, static_cast<unsigned>(sv[i]));
        }
        return finish();
    }

  private:
    py::bytes finish() {
        for (int j = 0; j < 5; j++) shift_low();
        if (out_.empty() || out_[0] != 0) throw std::logic_error("range coder: first byte is not 0");
        return py::bytes(reinterpret_cast<const char *>(out_.data()) + 1, out_.size() - 1);
    }
    void symbol(size_t c, unsigned s) {
        uint16_t *cnt = counts_.data() + c * n_;
        uint32_t cum = 0;
        for (unsigned j = 0; j < s; j++) cum += cnt[j];
        uint32_t r = range_ / totals_[c];
        low_ += static_cast<uint64_t>(r) * cum;
        range_ = r * cnt[s];
        normalize();
        update(counts_.data(), totals_, n_, inc_, limit_, c, s);
    }
    void bits(uint32_t value, unsigned n) {
        range_ >>= n;
        low_ += static_cast<uint64_t>(value) * range_;
        normalize();
    }
    void normalize() {
        while (range_ < (1u << 24)) {
            range_ <<= 8;
            shift_low();
        }
    }
    void shift_low() {
        if (low_ < 0xFF000000u || low_ > 0xFFFFFFFFu) {
            uint8_t carry = static_cast<uint8_t>(low_ >> 32), temp = cache_;
            do {
                out_.push_back(static_cast<uint8_t>(temp + carry));
                temp = 0xFF;
            } while (--pending_);
            cache_ = static_cast<uint8_t>((low_ >> 24) & 0xFF);
        }
        pending_++;
        low_ = (low_ & 0x00FFFFFFu) << 8;
    }
    int n_, inc_, limit_, direct_;
    std::vector<uint16_t> counts_;
    std::vector<uint32_t> totals_;
    std::vector<uint8_t> out_;
    uint64_t low_ = 0;
    uint32_t range_ = 0xFFFFFFFFu;
    uint8_t cache_ = 0;
    uint64_t pending_ = 1;
};

// Its inverse (stampcodec.bounded.decode_residuals is the reference, with the same errors):
// contexts are given (interpolation levels) or follow the previous magnitude's class (time order).
class ResidualDecoder {
  public:
    ResidualDecoder(const std::string &data, int alphabet, int contexts, int increment, int limit, int direct)
        : d_(data), n_(alphabet), inc_(increment), limit_(limit), direct_(direct),
          counts_(static_cast<size_t>(alphabet) * contexts, 1), totals_(contexts, alphabet) {
        if (d_.size() < 4)
            throw py::value_error("entropy-coded segment of " + std::to_string(d_.size()) + " bytes is shorter than 4");
        for (int i = 0; i < 4; i++) code_ = (code_ << 8) | static_cast<uint8_t>(d_[i]);
    }

    void run(int64_t *out, int64_t n, const int64_t *ctx) {
        unsigned cls = 0;
        size_t contexts = totals_.size();
        for (int64_t i = 0; i < n; i++) {
            size_t c = ctx ? static_cast<size_t>(ctx[i]) : cls;
            if (c >= contexts) throw py::value_error("context out of range");
            unsigned s = symbol(c);
            uint64_t mag = s;
            if (s >= static_cast<unsigned>(direct_)) {
                unsigned nb = s - direct_ + 4;
                mag = 1;
                while (nb > 16) {
                    nb -= 16;
                    mag = (mag << 16) | bits(16);
                }
                mag = (mag << nb) | bits(nb);
            }
            bool neg = mag && bits(1);
            out[i] = neg ? -static_cast<int64_t>(mag) : static_cast<int64_t>(mag);
            cls = mag < 1 ? 0 : mag < 2 ? 1 : mag < 4 ? 2 : mag < 16 ? 3 : 4;
        }
        if (pos_ != d_.size())
            throw py::value_error("entropy-coded segment has " + std::to_string(d_.size() - pos_) +
                                  " bytes after its samples");
    }

  private:
    unsigned symbol(size_t c) {
        uint16_t *cnt = counts_.data() + c * n_;
        uint32_t r = range_ / totals_[c];
        uint32_t v = code_ / r;
        if (v >= totals_[c]) throw py::value_error("entropy-coded segment is damaged");
        uint32_t cum = 0;
        unsigned s = 0;
        while (cum + cnt[s] <= v) cum += cnt[s++];
        code_ -= r * cum;
        range_ = r * cnt[s];
        normalize();
        update(counts_.data(), totals_, n_, inc_, limit_, c, s);
        return s;
    }
    uint32_t bits(unsigned n) {
        range_ >>= n;
        uint32_t v = code_ / range_;
        if (v >> n) throw py::value_error("entropy-coded segment is damaged (raw bits)");
        code_ -= v * range_;
        normalize();
        return v;
    }
    void normalize() {
        while (range_ < (1u << 24)) {
            if (pos_ >= d_.size()) throw py::value_error("entropy-coded segment ends early");
            code_ = (code_ << 8) | static_cast<uint8_t>(d_[pos_++]);
            range_ <<= 8;
        }
    }
    const std::string &d_;
    int n_, inc_, limit_, direct_;
    std::vector<uint16_t> counts_;
    std::vector<uint32_t> totals_;
    size_t pos_ = 4;
    uint32_t code_ = 0, range_ = 0xFFFFFFFFu;
};

}  // namespace

PYBIND11_MODULE(_native, mod) {
    mod.doc() = "The stampdec C99 decoder and stampenc encoder (native/), for stampcodec.runtime.native";
    py::register_exception<NativeError>(mod, "NativeError", PyExc_ValueError);
    mod.attr("Q_OUT") = STAMPDEC_Q_OUT;
    register_csv_numbers(mod);
    mod.def("crc32", [](py::bytes b) {
        std::string s = b;
        return stampdec_crc32(reinterpret_cast<const uint8_t *>(s.data()), s.size());
    });
    mod.def(
        "encode_residuals",
        [](py::array_t<int64_t, py::array::c_style | py::array::forcecast> k,
           py::array_t<int64_t, py::array::c_style | py::array::forcecast> ctx, int alphabet, int contexts, int increment,
           int limit, int direct) { return ResidualEncoder(alphabet, contexts, increment, limit, direct).encode(k, ctx); },
        py::arg("k"), py::arg("ctx"), py::arg("alphabet"), py::arg("contexts"), py::arg("increment"), py::arg("limit"),
        py::arg("direct"), "stampcodec.bounded.encode_residuals in C++ (the same bytes)");
    mod.def(
        "encode_symbols",
        [](py::array_t<int64_t, py::array::c_style | py::array::forcecast> s, int alphabet, int increment, int limit) {
            if (alphabet < 1 || alphabet > 65535 || limit + increment > 65535) throw py::value_error("impossible model");
            return ResidualEncoder(alphabet, 1, increment, limit, alphabet).encode_symbols(s);
        },
        py::arg("symbols"), py::arg("alphabet"), py::arg("increment"), py::arg("limit"),
        "stampcodec.entropy.encode in C++ (the same bytes and the same error)");
    mod.def(
        "gelu_inplace",
        [](py::array x) {
            // Writes through the caller's buffer (the numpy encoder's workspace), so no conversion
            // may stand in between: a copy would be silently discarded.
            if (!py::isinstance<py::array_t<double>>(x) || !(x.flags() & py::array::c_style) || !x.writeable())
                throw py::type_error("gelu_inplace needs a writable C-contiguous float64 array");
            auto *data = static_cast<double *>(x.mutable_data());
            const auto n = static_cast<size_t>(x.size());
            py::gil_scoped_release unlocked;
            stampenc_gelu(data, n);
        },
        py::arg("x"), "x = gelu(x) in place with the C encoder's erf (stampenc_gelu)");
    mod.def(
        "decode_residuals",
        [](py::bytes data, int64_t n, std::optional<py::array_t<int64_t, py::array::c_style | py::array::forcecast>> ctx,
           int alphabet, int contexts, int increment, int limit, int direct) {
            if (n < 0 || (ctx && ctx->size() != n)) throw py::value_error("one context per residual");
            std::string d = data;
            py::array_t<int64_t> out(n);
            ResidualDecoder dec(d, alphabet, contexts, increment, limit, direct);
            dec.run(out.mutable_data(), n, ctx ? ctx->data() : nullptr);
            return out;
        },
        py::arg("data"), py::arg("n"), py::arg("ctx"), py::arg("alphabet"), py::arg("contexts"), py::arg("increment"),
        py::arg("limit"), py::arg("direct"),
        "stampcodec.bounded.decode_residuals in C++ (the same residuals and the same errors); ctx None: "
        "contexts follow the previous magnitude's class");
    py::class_<Decoder>(mod, "Decoder")
        .def(py::init<py::array_t<float, py::array::c_style | py::array::forcecast>,
                      py::array_t<int16_t, py::array::c_style | py::array::forcecast>, int, py::bytes, int,
                      std::vector<int>>(),
             py::arg("waves"), py::arg("waves_q15"), py::arg("q15_exponent"), py::arg("model_id"), py::arg("mode"),
             py::arg("scales"))
        .def("open", &Decoder::open, py::arg("header"))
        .def("frame", &Decoder::frame, py::arg("data"), py::arg("scales") = 0, py::arg("q15") = false,
             py::arg("normalized") = false, py::arg("f64") = false, py::arg("spare") = true)
        .def_property_readonly("state_bytes", &Decoder::state_bytes);
    py::class_<Encoder>(mod, "Encoder")
        .def(py::init<py::dict, std::optional<py::dict>, py::bytes, int, std::vector<int>, int, uint32_t, int, bool,
                      std::optional<py::array_t<double, py::array::c_style | py::array::forcecast>>,
                      std::optional<Encoder::F32>, double, double, std::optional<std::vector<int>>>(),
             py::arg("tables"), py::arg("fixed"), py::arg("model_id"), py::arg("mode"), py::arg("scales"),
             py::arg("channels"), py::arg("frame_samples"), py::arg("arithmetic") = 1, py::arg("entropy") = true,
             py::arg("mean") = py::none(),
             py::arg("std") = py::none(), py::arg("sample_rate") = 0.0, py::arg("time_origin") = 0.0,
             py::arg("factors") = py::none())
        .def("encode_row", &Encoder::encode_row, py::arg("row"))
        .def("encode_rows", &Encoder::encode_rows, py::arg("rows"), py::arg("threads") = 1)
        .def("header", &Encoder::header, py::arg("length"))
        .def("push", &Encoder::push, py::arg("x"))
        .def("flush", &Encoder::flush)
        .def_property_readonly("samples", &Encoder::samples)
        .def_property_readonly("state_bytes", &Encoder::state_bytes)
        .def_property_readonly("max_frame_bytes", &Encoder::max_frame_bytes);
}
