#!/usr/bin/env bash
# Installs what cpy needs on a Debian machine, from Debian's packages only.
# Idempotent: does nothing when everything is already there.
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ make python3
  clang-14 libclang-rt-14-dev llvm-14-dev
  libcli11-dev nlohmann-json3-dev libfmt-dev doctest-dev
  gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib
  qemu-system-arm bossa-cli
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
