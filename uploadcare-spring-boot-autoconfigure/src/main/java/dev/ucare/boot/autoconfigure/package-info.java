/**
 * Spring Boot auto-configuration of the Uploadcare client: {@code uploadcare.*}
 * properties, connection details, customizers and the client's beans. Each optional
 * integration has its own package and auto-configuration.
 */
@NullMarked
package dev.ucare.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
