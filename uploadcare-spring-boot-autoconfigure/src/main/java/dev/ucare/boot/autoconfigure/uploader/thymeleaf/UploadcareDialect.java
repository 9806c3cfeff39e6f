package dev.ucare.boot.autoconfigure.uploader.thymeleaf;

import java.util.Set;

import dev.ucare.boot.autoconfigure.uploader.UploaderConfig;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;

/**
 * Thymeleaf dialect rendering Uploadcare's File Uploader from the {@link UploaderConfig}:
 * <ul>
 * <li>{@code <ucare:resources/>} in the page's head: the stylesheet and the module script
 * that defines the components, wires signed uploads to the signature endpoint (with the
 * CSRF token when Spring Security provides one) and prefills fields;</li>
 * <li>{@code <ucare:uploader field="*{avatar}"/>} in a form: {@code <uc-config>}, the
 * solution element, {@code <uc-upload-ctx-provider>} and {@code <uc-form-input>} posting
 * the field, prefilled with the field's current value; per-field overrides as attributes,
 * e.g. {@code img-only="true"} (see {@link UploaderConfig#OVERRIDABLE}).</li>
 * </ul>
 * The prefix is {@code ucare}, since {@code uc-} belongs to the uploader's own elements.
 */
public final class UploadcareDialect extends AbstractProcessorDialect {

	/** The dialect's prefix. */
	public static final String PREFIX = "ucare";

	private final UploaderConfig config;

	/**
	 * @param config the resolved uploader configuration
	 */
	public UploadcareDialect(UploaderConfig config) {
		super("Uploadcare", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
		this.config = config;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new ResourcesElementProcessor(dialectPrefix, config),
				new UploaderElementProcessor(dialectPrefix, config));
	}

}
