# shellcheck shell=bash
# Sourced by the scripts of build-scripts/ (`. "$(dirname "$0")/lib.sh"`): where things are,
# defined once.
#   here    build-scripts/
#   root    the repository
#   shared  the shared folder (corpora and evaluation data, not part of the clone):
#           AA_SHARED_DIR if set, else ../shared beside the clone
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="$(realpath -m "${AA_SHARED_DIR:-$root/../shared}")"

# need_shared WHAT PATH...: succeeds when every PATH exists (PATHs inside the shared folder, or
# a data folder given on a script's command line). When one is missing:
#   - with CI=true, prints why and exits non-zero: CI runs beside the shared folder, so a step
#     that cannot run there is a broken setup, never a pass;
#   - elsewhere, prints a loud warning and returns 1, so the caller skips WHAT. WHAT is also
#     appended to the file AA_SKIPPED_LOG names, if set, for a summary at the end of a run.
need_shared() {
  local what="$1" path missing=()
  shift
  for path in "$@"; do
    [ -e "$path" ] || missing+=("$path")
  done
  ((${#missing[@]} == 0)) && return 0
  local hint="The shared folder is not part of the clone: put it at $shared or set AA_SHARED_DIR."
  [ -z "${AA_SHARED_DIR:-}" ] || hint="AA_SHARED_DIR is $AA_SHARED_DIR: is that the shared folder?"
  if [ "${CI:-}" = true ]; then
    {
      echo "ERROR: $what needs data that is missing (CI=true, so this fails the run):"
      printf '  %s\n' "${missing[@]}"
      echo "$hint"
    } >&2
    exit 1
  fi
  {
    echo
    echo "################################################################################"
    echo "# SKIPPED, NOT PASSED: $what"
    echo "# missing:"
    printf '#   %s\n' "${missing[@]}"
    echo "# $hint"
    echo "# (With CI=true this fails instead.)"
    echo "################################################################################"
    echo
  } >&2
  if [ -n "${AA_SKIPPED_LOG:-}" ]; then echo "$what" >>"$AA_SKIPPED_LOG"; fi
  return 1
}
