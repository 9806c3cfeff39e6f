#!/usr/bin/env bash
# Load on the standalone emulator (dev.ucare.benchmarks.EmulatorLoadBenchmark): 32 uploaders send 4-64 KiB direct
# uploads for 60 s to `java -Xmx256m -jar` of the standalone jar; every request must succeed, the REST listing must
# hold every file with its size, and a sample must come back byte for byte from the CDN.
# Usage: benchmarks/run-load.sh [--seconds 60] [--uploaders 32] [--heap 256m]     (MVN_FLAGS=-o to build offline)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_FLAGS:-} -pl uploadcare-emulator,benchmarks -am package -DskipTests
JAR=$(ls uploadcare-emulator/target/uploadcare-emulator-*-standalone.jar | head -1)
echo "load: $(uptime)"
java -Xmx1g -cp benchmarks/target/classes dev.ucare.benchmarks.EmulatorLoadBenchmark --jar "$JAR" "$@"
