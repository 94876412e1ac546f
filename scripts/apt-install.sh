#!/bin/sh
# The one way the set-up scripts install Debian packages: `sh scripts/apt-install.sh <who> <package>…`.
# Fails with a message naming what is missing when there is no apt-get (install by hand);
# as root, or through `sudo -n` otherwise; noninteractive; and waits for the dpkg lock
# (another set-up step may hold it on a shared machine) rather than fail. Progress and
# apt's output go to stderr: the callers print their answer on stdout.
set -eu

who="$1"
shift

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$who: $* missing, and there is no apt-get to install them; install them by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
echo "$who: installing $* with apt-get (first run only)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >&2
