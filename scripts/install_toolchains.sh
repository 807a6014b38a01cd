#!/usr/bin/env bash
# The system packages some tests need and pip cannot give: valgrind (callgrind counts), clang with
# libFuzzer, the aarch64 and Cortex-M cross compilers, debootstrap, qemu-user and qemu-system-arm.
# Without them those tests skip, naming this script; with CI=true they fail instead.
#   sudo bash scripts/install_toolchains.sh      (Debian/Ubuntu; does nothing when all are present)
set -euo pipefail
PKGS="valgrind debootstrap clang libclang-rt-14-dev gcc-aarch64-linux-gnu g++-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm"
# shellcheck disable=SC2086
if dpkg -s $PKGS >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $PKGS >/dev/null
