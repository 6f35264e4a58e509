#!/usr/bin/env bash
# Searches for new failing inputs: each Jazzer fuzz target in turn, for DURATION each (default 5m), with coverage
# hooks on. A finding is written under src/test/resources/<package>/<Class>Inputs/<method>/ and fails the run; mend
# the code, keep the input (it then replays in every ./mvnw verify) and commit both. See docs/fuzzing.md.
#   ops/fuzz.sh                      every target, 5 minutes each
#   DURATION=1h ops/fuzz.sh MarkdownFuzzTest#renderedMarkdownCarriesNothingThatRuns
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${DURATION:-5m}"
if [ $# -gt 0 ]; then
    targets=("$@")
else
    # every @FuzzTest method, as Class#method, from the test sources
    mapfile -t targets < <(grep -rl '@FuzzTest' src/test/java | sort | while read -r file; do
        # the first method declared after each @FuzzTest line
        awk -v class="$(basename "$file" .java)" '/@FuzzTest/ { want = 1 }
            want && match($0, /void [A-Za-z0-9_]+\(/) { print class "#" substr($0, RSTART + 5, RLENGTH - 6); want = 0 }' "$file"
    done)
fi

failed=()
for target in "${targets[@]}"; do
    echo "== fuzzing $target for $duration"
    # Jazzer fuzzes one test per run; the fuzzing profile (activated by JAZZER_FUZZ) turns its coverage hooks on
    if ! JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" ./mvnw -q -B test -Dtest="$target" \
            -Djazzer.max_duration="$duration" -Dsurefire.failIfNoSpecifiedTests=false; then
        failed+=("$target")
    fi
done
echo "== ${#targets[@]} targets fuzzed for $duration each; ${#failed[@]} with findings${failed:+: ${failed[*]}}"
[ ${#failed[@]} -eq 0 ]
