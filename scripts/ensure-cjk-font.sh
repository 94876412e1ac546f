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

sh "$(dirname "$0")/apt-install.sh" ensure-cjk-font fonts-wqy-microhei

if [ -f "$FONT" ]; then
  echo "$FONT"
  exit 0
fi
echo "ensure-cjk-font: installed fonts-wqy-microhei, but $FONT is still missing" >&2
exit 1
