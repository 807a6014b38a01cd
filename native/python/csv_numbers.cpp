// stampcodec._native.csv_numbers: the CSV reader's fast path (stampcodec.csvio), plain numeric text
// to float64 in one pass. Anything it is not sure of goes back to Python (None), whose parsers say
// what is wrong and where: this function never decides that a file is bad.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace py = pybind11;

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// The number [-]digits[.digits][(e|E)[+-]digits] at the start of [b, e) -> a finite double,
// correctly rounded, and *stop where its text ends; false when there is none, or its exponent is
// cut short, or it is out of range. Clinger's fast path where it is exact (at most 19 significant
// digits making a mantissa below 2^53, a power of ten up to 22: one rounding, by the FPU),
// std::from_chars otherwise.
bool decimal_prefix(const char *b, const char *e, double *out, const char **stop) {
    static const double tens[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = b;
    bool neg = p < e && *p == '-', any = false, exact = true;
    uint64_t m = 0;
    int digits = 0, exp10 = 0;
    if (neg) p++;
    for (; p < e && *p >= '0' && *p <= '9'; p++, any = true) {
        if (digits < 19) {
            m = m * 10 + static_cast<uint64_t>(*p - '0');
            digits += m != 0;
        } else {
            exact = false;
        }
    }
    if (p < e && *p == '.')
        for (p++; p < e && *p >= '0' && *p <= '9'; p++, any = true) {
            if (digits < 19) {
                m = m * 10 + static_cast<uint64_t>(*p - '0');
                digits += m != 0;
                exp10--;
            } else {
                exact = false;
            }
        }
    if (!any) return false;
    if (p < e && (*p == 'e' || *p == 'E')) {
        bool eneg = false;
        int x = 0;
        if (++p < e && (*p == '+' || *p == '-')) eneg = *p++ == '-';
        if (p == e || *p < '0' || *p > '9') return false;
        for (; p < e && *p >= '0' && *p <= '9'; p++)
            if (x < 100000) x = x * 10 + (*p - '0');
        exp10 += eneg ? -x : x;
    }
    *stop = p;
    if (exact && (m == 0 || (m < (uint64_t{1} << 53) && exp10 >= -22 && exp10 <= 22))) {
        double v = static_cast<double>(m);
        v = exp10 < 0 ? v / tens[-exp10] : v * tens[exp10];
        *out = neg ? -v : v;
        return true;
    }
    auto r = std::from_chars(b, p, *out, std::chars_format::general);
    return r.ec == std::errc() && r.ptr == p && std::isfinite(*out);
}

bool decimal(const char *b, const char *e, double *out) {
    const char *stop;
    return decimal_prefix(b, e, out, &stop) && stop == e;  // not '_', 'x', a second point or sign, non-ASCII
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }  // csvio's blank rows: these and delimiters

// Python's float() on a cell, for the plain decimal cells only: [+-]digits[.digits][(e|E)[+-]digits]
// with surrounding white space (decimal(): correctly rounded, as float() is). 1 = a number
// (finite), 0 = a missing marker (NaN), 2 = a blank cell (NaN; a row of them is no row), -1 =
// anything else (underscores, inf, nan spelled otherwise, hex, non-ASCII, out of range): Python
// decides.
int cell_value(const char *b, const char *e, double *out) {
    while (b < e && is_blank(*b)) b++;
    while (e > b && is_blank(e[-1])) e--;
    if (b == e) {
        *out = std::numeric_limits<double>::quiet_NaN();
        return 2;
    }
    while (b < e && is_space(*b)) b++;
    while (e > b && is_space(e[-1])) e--;
    size_t n = static_cast<size_t>(e - b);
    if (n <= 4) {  // "", nan, na, n/a, null, none (any case): csvio._MISSING
        char low[5] = {0, 0, 0, 0, 0};
        for (size_t i = 0; i < n; i++) low[i] = static_cast<char>(b[i] | 0x20);
        if (n == 0 || !std::strcmp(low, "nan") || !std::strcmp(low, "na") || !std::strcmp(low, "n/a") ||
            !std::strcmp(low, "null") || !std::strcmp(low, "none")) {
            *out = std::numeric_limits<double>::quiet_NaN();
            return 0;
        }
    }
    if (*b == '+') {  // decimal() takes no '+'; "+-1" stays an error for Python to name
        b++;
        if (b < e && *b == '-') return -1;
    }
    return decimal(b, e, out) ? 1 : -1;  // inf, nan(...), "+" alone: no digits, so not a number here
}

// text: whole lines (\n or \r\n ends); blank lines (only delimiters and white space) are skipped;
// every other line must have `width` cells. cols: the cells kept, in order. Returns (values
// (rows, len(cols)), line numbers (rows,), counting from first_line, lines read) or None.
py::object csv_numbers(const py::str &str, const std::string &delimiter, int width, const std::vector<int> &cols,
                       long long first_line) {
    Py_ssize_t size = 0;
    const char *data = PyUnicode_AsUTF8AndSize(str.ptr(), &size);  // an ASCII str's own bytes: no copy
    if (!data) throw py::error_already_set();
    const std::string_view text(data, static_cast<size_t>(size));
    if (delimiter.size() != 1 || width < 1) return py::none();
    const char d = delimiter[0];
    for (int c : cols)
        if (c < 0 || c >= width) return py::none();
    if (text.find('"') != std::string_view::npos) return py::none();  // quoted cells: the csv module's job
    std::vector<double> values, row(cols.size());
    std::vector<long long> lines;
    std::vector<int> slot(static_cast<size_t>(width), -1);  // cell -> its place in a row, or -1
    for (size_t i = 0; i < cols.size(); i++) slot[static_cast<size_t>(cols[i])] = static_cast<int>(i);
    values.reserve(text.size() / 4);
    const char *p = text.data(), *end = p + text.size();
    long long line = first_line;
    for (; p < end; line++) {  // each character is looked at once: numbers are parsed where they stand
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        const char *le = nl ? nl : end, *q = p;
        bool content = false;  // anything but blanks and delimiters (else the line is no row)
        int c = 0;
        for (;; c++, q++) {
            while (q < le && is_blank(*q)) q++;
            const int at = c < width ? slot[static_cast<size_t>(c)] : -1;
            if (q < le && *q != d) {
                const char f = *q;
                content = true;
                if (at >= 0 && ((f >= '0' && f <= '9') || f == '-' || f == '.')) {
                    const char *stop;
                    if (!decimal_prefix(q, le, &row[static_cast<size_t>(at)], &stop)) return py::none();
                    for (q = stop; q < le && is_blank(*q); q++) continue;
                    if (q < le && *q != d) return py::none();  // '_', 'x', a second point or sign, non-ASCII
                } else {  // a missing marker, '+', other text, or a cell not kept
                    const char *b = q;
                    while (q < le && *q != d) q++;
                    if (at >= 0 && cell_value(b, q, &row[static_cast<size_t>(at)]) < 0) return py::none();
                }
            } else if (at >= 0) {
                row[static_cast<size_t>(at)] = std::numeric_limits<double>::quiet_NaN();  // a blank cell
            }
            if (q >= le) break;
        }
        if (content) {
            if (c + 1 != width) return py::none();  // a row of another width: the row parser says so
            values.insert(values.end(), row.begin(), row.end());
            lines.push_back(line);
        }
        p = nl ? nl + 1 : end;
    }
    const py::ssize_t rows = static_cast<py::ssize_t>(lines.size()), k = static_cast<py::ssize_t>(cols.size());
    py::array_t<double> out({rows, k});
    py::array_t<long long> nums(rows);
    if (!values.empty()) std::memcpy(out.mutable_data(), values.data(), values.size() * sizeof(double));
    if (!lines.empty()) std::memcpy(nums.mutable_data(), lines.data(), lines.size() * sizeof(long long));
    return py::make_tuple(out, nums, line - first_line);
}

}  // namespace

void register_csv_numbers(py::module_ &mod) {
    mod.def("csv_numbers", &csv_numbers, py::arg("text"), py::arg("delimiter"), py::arg("width"), py::arg("cols"),
            py::arg("first_line"),
            "Whole lines of plain numeric CSV -> (values (rows, len(cols)) float64, line numbers, lines read), blank lines "
            "skipped, missing markers NaN; None when the text holds anything else (stampcodec.csvio decides)");
}
