#!/usr/bin/env bash
# The plain client against the bare JDK HttpClient (the floor), see benchmarks/README.md "Client against the floor":
# an emulator in a JVM of its own (dev.ucare.benchmarks.client.BenchEmulator, stopped at the end), then
#   fresh JVMs, the two sides in alternation (FreshJvmBenchmark): first call, list 10,000, 200 x 1 MiB, 200 MiB
#   one warmed-up JVM (WarmBenchmark): list 10,000, 200 x 1 MiB, 200 x 1 MiB with 25 ms latency, allocation
# Usage: benchmarks/run-client.sh [fresh-JVM runs per side, default 11]
# COMPARE_CP=<class path> adds a third contender to the fresh-JVM runs (e.g. an earlier build of the client, with
# these benchmark classes compiled against it first on its class path). MVN_FLAGS=-o builds offline.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/classpath.sh
RUNS=${1:-11}
WORK=$(mktemp -d)
java -Xmx768m -cp "$CP" dev.ucare.benchmarks.client.BenchEmulator "$WORK/server.properties" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do test -f "$WORK/server.properties" && break; sleep 1; done
test -f "$WORK/server.properties" || { cat "$WORK/server.log" >&2; exit 1; }
echo "load: $(uptime)"
CONTENDERS=("client=sdk@$CLIENT_CP")
if [ -n "${COMPARE_CP:-}" ]; then CONTENDERS+=("compare=sdk@$COMPARE_CP"); fi
CONTENDERS+=("floor=floor@$CLIENT_CP")
for scenario in first list seq multipart; do
    java -cp "$CLIENT_CP" dev.ucare.benchmarks.client.FreshJvmBenchmark "$WORK/server.properties" "$scenario" "$RUNS" \
        "${CONTENDERS[@]}"
done
java -cp "$CLIENT_CP" dev.ucare.benchmarks.client.WarmBenchmark "$WORK/server.properties"
