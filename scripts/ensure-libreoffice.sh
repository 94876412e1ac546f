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

sh "$(dirname "$0")/apt-install.sh" ensure-libreoffice --no-install-recommends libreoffice-calc-nogui

cmd="$(found)"
if [ -n "$cmd" ]; then
  echo "$cmd"
  exit 0
fi
echo "ensure-libreoffice: installed libreoffice-calc-nogui, but neither soffice nor libreoffice is on PATH" >&2
exit 1
