/* Cortex-M4F vector table: reset turns the FPU on (CP10 and CP11 full access) before newlib's
 * _start, because any float instruction before that faults. */
#include <stdint.h>

extern void _start(void);
extern uint32_t __stack_top;

static void fault(void) {
    for (;;) {
    }
}

static void reset(void) {
    *(volatile uint32_t *)0xE000ED88u |= 0xFu << 20; /* SCB->CPACR */
    __asm__ volatile("dsb\n isb" ::: "memory");
    _start();
}

__attribute__((section(".vectors"), used)) static const void *const vectors[16] = {
    &__stack_top, (const void *)reset, (const void *)fault, (const void *)fault,
    (const void *)fault, (const void *)fault, (const void *)fault, 0, 0, 0, 0,
    (const void *)fault, (const void *)fault, 0, (const void *)fault, (const void *)fault,
};
