// stampcodec._native.csv_numbers: the CSV reader's fast path (stampcodec.csvio), plain numeric text
// to float64 in one pass. Anything it is not sure of goes back to Python (None), whose parsers say
// what is wrong and where: this function never decides that a file is bad.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace py = pybind11;

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Python's float() on a cell, for the plain decimal cells only: [+-]digits[.digits][(e|E)[+-]digits]
// with surrounding white space (std::from_chars: correctly rounded, as float() is). 1 = a number (finite), 0 = a missing marker (NaN), -1 = anything
// else (underscores, inf, nan spelled otherwise, hex, non-ASCII, out of range): Python decides.
int cell_value(const char *b, const char *e, double *out) {
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
    if (*b == '+') {  // from_chars takes no '+'; "+-1" stays an error for Python to name
        b++;
        if (b < e && (*b == '+' || *b == '-')) return -1;
    }
    {   // a digit or a point first (after a sign): from_chars would also read inf and nan(...)
        const char *f = b < e && *b == '-' ? b + 1 : b;
        if (f == e || !((*f >= '0' && *f <= '9') || *f == '.')) return -1;
    }
    // the rest must be all number: it stops at '_', 'x', a second sign and anything non-ASCII
    auto r = std::from_chars(b, e, *out, std::chars_format::general);
    if (r.ec != std::errc() || r.ptr != e || !std::isfinite(*out)) return -1;
    return 1;
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
    std::vector<double> values;
    std::vector<long long> lines;
    std::vector<const char *> starts(static_cast<size_t>(width) + 1);
    values.reserve(text.size() / 4);
    const char *p = text.data(), *end = p + text.size();
    long long line = first_line;
    for (; p < end; line++) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        const char *le = nl ? nl : end;
        bool blank = true;
        int cells = 1;
        starts[0] = p;
        for (const char *q = p; q < le; q++) {
            if (*q == d) {
                if (cells < width) starts[static_cast<size_t>(cells)] = q + 1;
                cells++;
            } else if (*q != ' ' && *q != '\t' && *q != '\r') {  // csvio's blank rows: these and delimiters
                blank = false;
            }
        }
        if (!blank) {
            if (cells != width) return py::none();
            starts[static_cast<size_t>(width)] = le + 1;
            for (int c : cols) {
                double v;
                if (cell_value(starts[static_cast<size_t>(c)], starts[static_cast<size_t>(c) + 1] - 1, &v) < 0)
                    return py::none();
                values.push_back(v);
            }
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
