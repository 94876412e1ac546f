#!/bin/sh
# Set-up for the audit workbook's end-to-end test, which opens the workbook in LibreOffice
# Calc to prove a spreadsheet program reads it with the Chinese text intact. Debian's
# headless Calc (libreoffice-calc-nogui, no recommends: no desktop, no Java).
# Idempotent: does nothing when soffice is already on PATH.
# Prints the path of the soffice to use on its last line of stdout.
set -eu

found() { command -v soffice 2>/dev/null || command -v libreoffice 2>/dev/null || true; }

cmd="$(found)"
if [ -n "$cmd" ]; then
  echo "$cmd"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-libreoffice: soffice is not installed, and there is no apt-get to install libreoffice-calc-nogui; install LibreOffice Calc by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
echo "ensure-libreoffice: installing libreoffice-calc-nogui with apt-get (first run only)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >&2

cmd="$(found)"
if [ -n "$cmd" ]; then
  echo "$cmd"
  exit 0
fi
echo "ensure-libreoffice: installed libreoffice-calc-nogui, but neither soffice nor libreoffice is on PATH" >&2
exit 1
