package dev.ucare.archfixture;

import org.springframework.boot.archfixture.BootTypeStandIn;

/** Breaks "no Spring Boot": uses a type from {@code org.springframework.boot}. */
public final class SpringBootUser {

	Object boot() {
		return new BootTypeStandIn();
	}

}
