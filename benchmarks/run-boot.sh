#!/usr/bin/env bash
# Builds the client, the auto-configuration, the starter and the benchmarks, then runs the Spring Boot layer's
# benchmarks and prints a table (see benchmarks/BOOT.md):
#   verify      webhook signature verifications/s, 2 KiB body, 1 thread (JMH: 1 fork, 3x2 s warm-up, 5x2 s)
#   deliveries  signed webhook deliveries/s over HTTP through a running Boot app (all must be published)
#   startup     time to ApplicationReadyEvent of a minimal Boot web app with and without the starter (fresh JVMs)
# Usage: benchmarks/run-boot.sh [verify] [deliveries] [startup]     (default: all three)
# Set MVN_FLAGS=-o to build offline; JAVA_OPTS for the driver JVM, e.g. -Dbench.startup.runs=21
# (also bench.deliveries.threads, bench.deliveries.warmup, bench.deliveries.count).
# Run on an otherwise idle machine: the start-up comparison is sensitive to load (printed with the table).
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/classpath.sh
test -f benchmarks/target/classes/META-INF/BenchmarkList || { echo "JMH BenchmarkList missing" >&2; exit 1; }
echo "load: $(uptime)"
java ${JAVA_OPTS:-} -cp "$CP" dev.ucare.benchmarks.boot.BootBenchmarks "$@"
