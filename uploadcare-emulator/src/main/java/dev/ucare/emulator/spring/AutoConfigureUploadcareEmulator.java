package dev.ucare.emulator.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a Spring test class: an {@link dev.ucare.emulator.UploadcareEmulator} is started
 * for the test context, registered as bean {@code uploadcareEmulator}, closed with the
 * context, and its URLs and keys are exposed as {@code uploadcare.public-key},
 * {@code uploadcare.secret-key}, {@code uploadcare.upload.base-url},
 * {@code uploadcare.rest.base-url} and {@code uploadcare.cdn.base-url}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureUploadcareEmulator {

}
