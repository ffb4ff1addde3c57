#!/usr/bin/env bash
# What packaging/slim_opencv.py needs on a Linux build machine: gcc and readelf (the stubs and the
# OpenBLAS shim), and the reference LAPACK (static) and BLAS that replace OpenCV's OpenBLAS.
# On Debian as root, installs what is missing; elsewhere it only reports (the build then keeps
# OpenCV whole, about 70 MB bigger).
set -euo pipefail
[ "$(uname -s)" = Linux ] || exit 0
missing=()
command -v gcc >/dev/null || missing+=(gcc)
command -v readelf >/dev/null || missing+=(binutils)
for lib in libblas.so.3:libblas3 libgfortran.so.5:libgfortran5; do
  ldconfig -p 2>/dev/null | grep -q "${lib%%:*} " || missing+=("${lib##*:}")
done
# The position-independent static LAPACK, from which the OpenBLAS shim takes only what it needs.
ls /usr/lib/*-linux-gnu/liblapack_pic.a >/dev/null 2>&1 || missing+=(liblapack-dev)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing build dependencies: ${missing[*]}" >&2
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >&2
else
  echo "Missing for a slim bundle: ${missing[*]} (Debian package names); the bundle keeps OpenCV's video libraries and OpenBLAS" >&2
fi
