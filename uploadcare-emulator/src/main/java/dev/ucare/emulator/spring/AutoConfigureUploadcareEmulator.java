package dev.ucare.emulator.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a Spring test class: an {@link dev.ucare.emulator.UploadcareEmulator} is started
 * for the test context, registered as bean {@code uploadcareEmulator} and closed with the
 * context. With {@code uploadcare-spring-boot-autoconfigure} on the classpath, the
 * starter provides its {@code UploadcareConnectionDetails} from that bean, so the
 * auto-configured client talks to the emulator (its keys and base URLs) whatever the
 * {@code uploadcare.public-key}, {@code uploadcare.secret-key} and
 * {@code uploadcare.*.base-url} properties say; an application's own
 * {@code UploadcareConnectionDetails} bean still wins. No {@code uploadcare.*} client
 * property is written: the emulator's URLs and public key are exposed under its own
 * prefix ({@link UploadcareEmulatorProperties}, e.g.
 * {@code uploadcare.emulator.rest-base-url}) for tests that call it by hand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureUploadcareEmulator {

}
