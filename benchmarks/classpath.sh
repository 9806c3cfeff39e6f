#!/usr/bin/env bash
# Sourced by the benchmark scripts: compiles this module and the modules it uses (no install: the shared local
# repository keeps no SNAPSHOT of this project) and sets, from the compiler's debug output (no extra Maven plugin):
#   CP         the benchmarks' class path (the reactor's target/classes and the dependencies' jars)
#   CLIENT_CP  the benchmark classes plus the plain client's own class path (uploadcare-client and its
#              dependencies only), for the processes that time the client as a user without Spring Boot runs it
# MVN_FLAGS=-o builds offline.
touch benchmarks/src/main/java/dev/ucare/benchmarks/UploadBenchmarks.java \
    uploadcare-client/src/main/java/dev/ucare/client/UploadcareClient.java
COMPILER_OUTPUT=$(mvn -B ${MVN_FLAGS:-} -X -pl benchmarks -am compile -Dspring-javaformat.skip=true \
    | grep -a -o -- '-classpath [^ ]*' | cut -d' ' -f2)
CP=$(echo "$COMPILER_OUTPUT" | grep '/benchmarks/target/classes' | tail -1)
CLIENT_CP=$(echo "$COMPILER_OUTPUT" | grep '^[^:]*/uploadcare-client/target/classes:' | head -1)
test -n "$CP" -a -n "$CLIENT_CP" || { echo "could not compile the benchmarks" >&2; exit 1; }
CLIENT_CP="$(pwd)/benchmarks/target/classes:$CLIENT_CP"
unset COMPILER_OUTPUT
