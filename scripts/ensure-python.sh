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

sh "$(dirname "$0")/apt-install.sh" ensure-python python3-pandas python3-networkx python3-requests

if can_import /usr/bin/python3; then
  echo /usr/bin/python3
  exit 0
fi
echo "ensure-python: installed the Debian packages, but /usr/bin/python3 still cannot import pandas, networkx and requests" >&2
exit 1
