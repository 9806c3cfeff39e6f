package dev.ucare.benchmarks.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link BootBenchmarks} under Maven (skipped unless {@code -Dbench=...} is given):
 *
 * <pre>
 * mvn -o -q -pl uploadcare-spring-boot-autoconfigure test -Dtest=BootBenchmarksTest -Dbench="verify,deliveries,startup"
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = ".+")
class BootBenchmarksTest {

    @Test
    void run() throws Exception {
        String which = System.getProperty("bench");
        if (which.contains("verify")) {
            BootBenchmarks.verify();
        }
        if (which.contains("deliveries")) {
            BootBenchmarks.deliveries();
        }
        if (which.contains("startup")) {
            BootBenchmarks.startup();
        }
    }
}
