/* The ctest programs' one assertion: report the failed condition and count it, then go on, so a
 * run lists every failure; main returns non-zero when `failures` is. */
#ifndef STAMP_TESTS_CHECK_H
#define STAMP_TESTS_CHECK_H

#include <stdio.h>

static int failures;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK(%s)\n", __FILE__, __LINE__, #cond);         \
            failures++;                                                              \
        }                                                                            \
    } while (0)

#endif
