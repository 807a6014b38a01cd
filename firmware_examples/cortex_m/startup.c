/* Minimal Cortex-M vector table: reset enters newlib's _start (rdimon crt0 zeroes .bss, sets up
 * semihosting and calls main; main's return value becomes qemu's exit code). */
#include <stdint.h>

extern void _start(void);
extern uint32_t __stack_top;

static void fault(void) {
    for (;;) {
    }
}

__attribute__((section(".vectors"), used)) static const void *const vectors[16] = {
    &__stack_top, (const void *)_start, (const void *)fault, (const void *)fault,
    (const void *)fault, (const void *)fault, (const void *)fault, 0, 0, 0, 0,
    (const void *)fault, (const void *)fault, 0, (const void *)fault, (const void *)fault,
};
