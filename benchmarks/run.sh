#!/usr/bin/env bash
# Builds the client, the emulator and the benchmarks, then prints the upload benchmark tables and the emulator's
# start-up figures.
# Usage: benchmarks/run.sh [size of the big file in MiB, default 1024]
# The emulator runs inside the benchmark JVM. The multipart table runs with -Xmx96m (heap measured is the SDK's
# plus the emulator's, which streams parts to disk); uploadAll/listing run with -Xmx1g because the emulator keeps
# small direct uploads in memory (200 MiB).
# Set MVN_FLAGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/classpath.sh
echo "load: $(uptime)"
java -Xmx96m -cp "$CP" dev.ucare.benchmarks.UploadBenchmarks multipart "${1:-1024}"
java -Xmx1g -cp "$CP" dev.ucare.benchmarks.UploadBenchmarks many
java -cp "$CP" dev.ucare.benchmarks.EmulatorStartupBenchmark
