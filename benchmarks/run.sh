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
mvn -B -q ${MVN_FLAGS:-} -pl benchmarks -am install -DskipTests
# The compiler's debug output carries the resolved classpath; this needs no extra Maven plugin.
touch benchmarks/src/main/java/dev/ucare/benchmarks/UploadBenchmarks.java
CP=$(mvn -B ${MVN_FLAGS:-} -X -pl benchmarks compile | grep -a -o -- '-classpath [^ ]*' | head -1 | cut -d' ' -f2)
java -Xmx96m -cp "$CP" dev.ucare.benchmarks.UploadBenchmarks multipart "${1:-1024}"
java -Xmx1g -cp "$CP" dev.ucare.benchmarks.UploadBenchmarks many
java -cp "$CP" dev.ucare.benchmarks.EmulatorStartupBenchmark
