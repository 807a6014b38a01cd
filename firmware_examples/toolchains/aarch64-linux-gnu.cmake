# Cross build for aarch64 Linux (Raspberry Pi 3/4/5 class) with Debian's gcc-aarch64-linux-gnu.
# Run the result on x86 with: qemu-aarch64-static -L /usr/aarch64-linux-gnu ./stampdec_cli ...
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
