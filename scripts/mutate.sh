#!/bin/sh
# `npm run mutate [-- common|lineage|parse …]`: StrykerJS over each named scope in turn
# (all three when none is named), unit tests only. CPU-heavy: on a shared machine run it
# under the heavy-job lock, e.g. `flock /tmp/pg-heavy.lock npm run mutate -- common`.
# Each scope ends with docs/mutation/<scope>.md written from its JSON report (to commit).
set -eu
cd "$(dirname "$0")/.."
scopes="${*:-common lineage parse}"
# The commit the run starts at, named in each summary (a run takes up to an hour; HEAD may move).
commit="$(git rev-parse --short HEAD)"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then commit="$commit (with uncommitted changes)"; fi
for scope in $scopes; do
  case "$scope" in
    common | lineage | parse) ;;
    *) echo "mutate: unknown scope '$scope'; use common, lineage or parse" >&2; exit 2 ;;
  esac
  echo "mutate: $scope" >&2
  MUTATE_SCOPE="$scope" npx stryker run stryker.config.mjs
  # The committed summary (docs/mutation/<scope>.md): scores per folder and file, the survivors.
  node scripts/mutation-summary.js "$scope" --commit "$commit"
done
