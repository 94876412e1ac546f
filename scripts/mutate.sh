#!/bin/sh
# `npm run mutate [-- common|lineage|parse …]`: StrykerJS over each named scope in turn
# (all three when none is named), unit tests only. CPU-heavy: on a shared machine run it
# under the heavy-job lock, e.g. `flock /tmp/pg-heavy.lock npm run mutate -- common`.
set -eu
cd "$(dirname "$0")/.."
scopes="${*:-common lineage parse}"
for scope in $scopes; do
  case "$scope" in
    common | lineage | parse) ;;
    *) echo "mutate: unknown scope '$scope'; use common, lineage or parse" >&2; exit 2 ;;
  esac
  echo "mutate: $scope" >&2
  MUTATE_SCOPE="$scope" npx stryker run stryker.config.mjs
done
