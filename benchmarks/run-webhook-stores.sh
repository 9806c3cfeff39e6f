#!/usr/bin/env bash
# Webhook deliveries/s through one Boot instance with each de-duplication store (benchmarks/BOOT.md):
# starts throwaway PostgreSQL and Redis servers (.ci/test-servers.sh, stopped at the end), compiles the reactor
# (no install), and runs BootBenchmarks deliveries for STORES (default memory,jdbc,redis).
# Set MVN_FLAGS=-o to build offline; JAVA_OPTS for the driver JVM (bench.deliveries.threads/.warmup/.count).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/test-servers.sh
start_test_servers
trap stop_test_servers EXIT
touch benchmarks/src/main/java/dev/ucare/benchmarks/boot/BootBenchmarks.java
# The compiler's debug output carries the resolved class path (the reactor's target/classes, no install needed).
CP=$(mvn -B ${MVN_FLAGS:-} -X -pl benchmarks -am compile -Dspring-javaformat.skip=true \
    | grep -a -o -- '-classpath [^ ]*' | tail -1 | cut -d' ' -f2)
echo "load: $(uptime)"
java ${JAVA_OPTS:-} -Dbench.deliveries.stores="${STORES:-memory,jdbc,redis}" -cp "benchmarks/target/classes:$CP" \
    dev.ucare.benchmarks.boot.BootBenchmarks deliveries
