#!/usr/bin/env bash
# The national-scale benchmark, in one run on the same content: writes a deterministic workload
# (one ICS per real ICB), then measures and prints
#   site: pages per second of ics-docs (HTML only) against Hugo on the same Markdown papers;
#   PDF:  pages per second of ics-docs against headless Chromium's print-to-PDF of the same HTML,
#         and veraPDF's PDF/UA-1 and PDF/A-3a verdicts on both engines' PDFs;
#   rebuilds: with nothing changed, and after one paper changed (JVM start shown apart);
#   the national build with PDFs: time, pages and peak memory within the heap given.
# Figures go to BENCHMARKS.md by hand, with the machine and date. Not a test: nothing here fails on a figure.
#
#   bench/run.sh                      36 systems, one year, seed 1, 1 GiB heap
#   SYSTEMS=4 bench/run.sh            a quicker look
set -euo pipefail

SYSTEMS=${SYSTEMS:-36}
YEARS=${YEARS:-1}
SEED=${SEED:-1}
HEAP=${HEAP:-1g}
PACKS=${PACKS:-12}
WORK=${WORK:-/tmp/ics-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

./mvnw -q -B -ntp -DskipTests -Dinvoker.skip=true -pl bench -am package org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib
CP="bench/target/classes:bench/target/lib/*"
java_() { java -Xmx"$HEAP" -cp "$CP" "$@"; }
result() { grep '^RESULT' | sed 's/^RESULT //'; }
field() { tr ' ' '\n' | grep "^$1=" | head -1 | cut -d= -f2; }
now() { date +%s.%N; }
calc() { awk "BEGIN { print $* }"; }

rm -rf "$WORK" && mkdir -p "$WORK"
echo "== workload: $SYSTEMS systems, $YEARS year(s), seed $SEED"
java_ org.icsdocs.bench.WorkloadGenerator --out "$WORK/systems" --systems "$SYSTEMS" --years "$YEARS" --seed "$SEED" | tail -1
FIRST=$(basename "$(ls -d "$WORK"/systems/*/ | head -1)")

echo "== site: ics-docs (HTML only) against Hugo $(hugo version | awk '{print $2}')"
ICS_SITE=$(java_ org.icsdocs.bench.NationalBuild --systems "$WORK/systems" --out "$WORK/html" --pdf false | result)
java_ org.icsdocs.bench.HugoSite --systems "$WORK/systems" --out "$WORK/hugo" | result
t0=$(now); hugo --quiet -s "$WORK/hugo" -d "$WORK/hugo/public" >/dev/null; t1=$(now)
HUGO_PAGES=$(find "$WORK/hugo/public" -name '*.html' | wc -l)
HUGO_SECONDS=$(calc "$t1 - $t0")
ICS_PPS=$(echo "$ICS_SITE" | field sitePagesPerSecond)
HUGO_PPS=$(calc "$HUGO_PAGES / $HUGO_SECONDS")
printf 'ics-docs: %s\nhugo: pages=%d seconds=%.2f pagesPerSecond=%.1f\nsite ratio (ics-docs / Hugo pages per second): %.2f\n' \
  "$ICS_SITE" "$HUGO_PAGES" "$HUGO_SECONDS" "$HUGO_PPS" "$(calc "$ICS_PPS / $HUGO_PPS")"

echo "== PDF: ics-docs against Chromium $(/usr/bin/chromium --version | awk '{print $2}'), $PACKS packs of $FIRST, same HTML"
java_ org.icsdocs.bench.PdfBench --systems "$WORK/systems" --only "$FIRST" --packs "$PACKS" --html "$WORK/pdf-html" | grep -E '^(RESULT|veraPDF)' | sed 's/^RESULT //'

echo "== national build with PDFs, -Xmx$HEAP"
/usr/bin/time -f 'process: %e s wall, %M KiB max RSS' java -Xmx"$HEAP" -cp "$CP" org.icsdocs.bench.NationalBuild \
  --systems "$WORK/systems" --out "$WORK/full" --pdf true --incremental true 2>&1 | grep -E '^(RESULT|process)' | sed 's/^RESULT //'

echo "== rebuilds of $FIRST (after the national build)"
t0=$(now); java -cp "$CP" org.icsdocs.bench.JvmStart; t1=$(now)
printf 'JVM start: %.3f s\n' "$(calc "$t1 - $t0")"
t0=$(now); java_ org.icsdocs.bench.RebuildBench --systems "$WORK/systems" --out "$WORK/full" --only "$FIRST" --repeats 5 | result; t1=$(now)
printf 'rebuild process (2 x 5 rebuilds): %.3f s\n' "$(calc "$t1 - $t0")"
