#!/bin/sh
# Set-up for examples/notebook.py (and its end-to-end test): pandas, networkx and
# requests from Debian's packages, not pip, so the versions are the distribution's.
# Idempotent: does nothing when an interpreter already imports all three.
# Prints the path of the python3 to use on its last line of stdout.
#
# The first python3 on PATH may be a pyenv (or venv) interpreter that cannot see
# Debian's dist-packages; /usr/bin/python3 is the one apt installs for, so it is
# tried after the PATH one and is the one checked after installing.
set -eu

can_import() { "$1" -c 'import pandas, networkx, requests' >/dev/null 2>&1; }

for py in "$(command -v python3 || true)" /usr/bin/python3; do
  if [ -n "$py" ] && [ -x "$py" ] && can_import "$py"; then
    echo "$py"
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-python: no python3 imports pandas, networkx and requests, and there is no apt-get to install python3-pandas python3-networkx python3-requests" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
echo "ensure-python: installing python3-pandas python3-networkx python3-requests with apt-get (first run only)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq python3-pandas python3-networkx python3-requests >&2

if can_import /usr/bin/python3; then
  echo /usr/bin/python3
  exit 0
fi
echo "ensure-python: installed the Debian packages, but /usr/bin/python3 still cannot import pandas, networkx and requests" >&2
exit 1
