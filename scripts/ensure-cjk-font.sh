#!/bin/sh
# Set-up for the document-format tests (test/formats/render.ts): a CJK TrueType font
# to print the seeds into PDFs. Debian's fonts-wqy-microhei, since pdfkit embeds
# TrueType outlines reliably and the collection covers simplified and traditional
# characters. Idempotent: does nothing when the font file is there.
# Prints the path of the font file on its last line of stdout.
set -eu

FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

if [ -f "$FONT" ]; then
  echo "$FONT"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-cjk-font: $FONT is missing and there is no apt-get to install fonts-wqy-microhei" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
echo "ensure-cjk-font: installing fonts-wqy-microhei with apt-get (first run only)" >&2
export DEBIAN_FRONTEND=noninteractive
# Other set-up steps may hold the dpkg lock on a shared machine: wait for it rather than fail.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq fonts-wqy-microhei >&2

if [ -f "$FONT" ]; then
  echo "$FONT"
  exit 0
fi
echo "ensure-cjk-font: installed fonts-wqy-microhei, but $FONT is still missing" >&2
exit 1
