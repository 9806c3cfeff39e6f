package org.springframework.boot.archfixture;

/**
 * Stands in for a Spring Boot type (the client's test classpath has none), so that the
 * architecture test can show its "no Spring Boot" rule failing.
 */
public final class BootTypeStandIn {

}
