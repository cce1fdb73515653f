#!/usr/bin/env bash
# The national-scale benchmark, in one run on the same content: writes a deterministic workload
# (one ICS per real ICB), then measures and prints
#   site: pages per second of ics-docs (HTML only) against Hugo on the same Markdown papers;
#   PDF:  pages per second of ics-docs against headless Chromium's print-to-PDF of the same HTML,
#         and veraPDF's PDF/UA-1 and PDF/A-3a verdicts on both engines' PDFs;
#   rebuilds: with nothing changed, and after one paper changed (JVM start shown apart);
#   the national build with PDFs: time, pages and peak memory within the heap given.
# At the end every figure is printed beside the last one recorded for the same number of systems in
# BENCHMARKS.md ("Figures the bench compares with"), with the change in per cent; figures go to
# BENCHMARKS.md by hand, with the machine and date. Not a test: nothing here fails on a figure.
# The site build's CPU time (user + sys) is printed too: on a shared machine it moves less than wall time.
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
FIGURES="$WORK/figures.txt"
# figure NAME VALUE: one figure of this run, for the comparison at the end
figure() { [ -n "$2" ] && echo "$1=$2" >> "$FIGURES" || true; }

rm -rf "$WORK" && mkdir -p "$WORK" && : > "$FIGURES"
echo "== workload: $SYSTEMS systems, $YEARS year(s), seed $SEED"
java_ org.icsdocs.bench.WorkloadGenerator --out "$WORK/systems" --systems "$SYSTEMS" --years "$YEARS" --seed "$SEED" | tail -1
FIRST=$(basename "$(ls -d "$WORK"/systems/*/ | head -1)")

echo "== site: ics-docs (HTML only) against Hugo $(hugo version | awk '{print $2}')"
ICS_SITE=$(/usr/bin/time -f 'cpu %U %S' -o "$WORK/site-cpu.txt" java -Xmx"$HEAP" -cp "$CP" org.icsdocs.bench.NationalBuild \
  --systems "$WORK/systems" --out "$WORK/html" --pdf false | result)
SITE_CPU=$(awk '/^cpu/ { print $2 + $3 }' "$WORK/site-cpu.txt")
java_ org.icsdocs.bench.HugoSite --systems "$WORK/systems" --out "$WORK/hugo" | result
t0=$(now); hugo --quiet -s "$WORK/hugo" -d "$WORK/hugo/public" >/dev/null; t1=$(now)
HUGO_PAGES=$(find "$WORK/hugo/public" -name '*.html' | wc -l)
HUGO_SECONDS=$(calc "$t1 - $t0")
ICS_PPS=$(echo "$ICS_SITE" | field sitePagesPerSecond)
HUGO_PPS=$(calc "$HUGO_PAGES / $HUGO_SECONDS")
SITE_RATIO=$(calc "$ICS_PPS / $HUGO_PPS")
printf 'ics-docs: %s cpuSeconds=%s\nhugo: pages=%d seconds=%.2f pagesPerSecond=%.1f\nsite ratio (ics-docs / Hugo pages per second): %.2f\n' \
  "$ICS_SITE" "$SITE_CPU" "$HUGO_PAGES" "$HUGO_SECONDS" "$HUGO_PPS" "$SITE_RATIO"
figure site.pagesPerSecond "$ICS_PPS"
figure site.seconds "$(echo "$ICS_SITE" | field seconds)"
figure site.cpuSeconds "$SITE_CPU"
figure hugo.pagesPerSecond "$HUGO_PPS"
figure site.ratioToHugo "$SITE_RATIO"

echo "== PDF: ics-docs against Chromium $(/usr/bin/chromium --version | awk '{print $2}'), $PACKS packs of $FIRST, same HTML"
PDF=$(java_ org.icsdocs.bench.PdfBench --systems "$WORK/systems" --only "$FIRST" --packs "$PACKS" --html "$WORK/pdf-html" | grep -E '^(RESULT|veraPDF)' | sed 's/^RESULT //')
echo "$PDF"
PDF_RESULT=$(echo "$PDF" | grep -v '^veraPDF' | tail -1)
figure pdf.pagesPerSecond "$(echo "$PDF_RESULT" | field icsPagesPerSecond)"
figure chromium.pagesPerSecond "$(echo "$PDF_RESULT" | field chromiumPagesPerSecond)"
figure pdf.ratioToChromium "$(echo "$PDF_RESULT" | field ratio)"

echo "== national build with PDFs, -Xmx$HEAP"
NATIONAL=$(/usr/bin/time -f 'process: %e s wall, %M KiB max RSS, %U s user, %S s sys' java -Xmx"$HEAP" -cp "$CP" org.icsdocs.bench.NationalBuild \
  --systems "$WORK/systems" --out "$WORK/full" --pdf true --incremental true 2>&1 | grep -E '^(RESULT|process)' | sed 's/^RESULT //')
echo "$NATIONAL"
NATIONAL_RESULT=$(echo "$NATIONAL" | grep -v '^process' | tail -1)
figure national.seconds "$(echo "$NATIONAL_RESULT" | field seconds)"
figure national.pdfPagesPerSecond "$(echo "$NATIONAL_RESULT" | field pdfPagesPerSecond)"
figure national.peakHeapMiB "$(echo "$NATIONAL_RESULT" | field peakHeapMiB)"

echo "== rebuilds of $FIRST (after the national build)"
t0=$(now); java -cp "$CP" org.icsdocs.bench.JvmStart; t1=$(now)
JVM_START=$(calc "$t1 - $t0")
printf 'JVM start: %.3f s\n' "$JVM_START"
t0=$(now); REBUILD=$(java_ org.icsdocs.bench.RebuildBench --systems "$WORK/systems" --out "$WORK/full" --only "$FIRST" --repeats 5 | result); t1=$(now)
echo "$REBUILD"
printf 'rebuild process (2 x 5 rebuilds): %.3f s\n' "$(calc "$t1 - $t0")"
figure jvm.startSeconds "$JVM_START"
figure rebuild.unchanged.freshSeconds "$(echo "$REBUILD" | field noChangeFirstSeconds)"
figure rebuild.unchanged.warmSeconds "$(echo "$REBUILD" | field noChangeWarmSeconds)"
figure rebuild.onePaper.freshSeconds "$(echo "$REBUILD" | field onePaperFirstSeconds)"
figure rebuild.onePaper.warmSeconds "$(echo "$REBUILD" | field onePaperWarmSeconds)"

echo "== against the figures last recorded in BENCHMARKS.md for $SYSTEMS systems"
java -cp "$CP" org.icsdocs.bench.Recorded --benchmarks "$ROOT/BENCHMARKS.md" --systems "$SYSTEMS" --figures "$FIGURES"
