package dev.ucare.boot.autoconfigure.binding;

import java.util.Locale;

import dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration;
import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import dev.ucare.client.reference.InvalidReferenceException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReferenceBindingAutoConfigurationTests {

	private static final String ID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(UploadcareAutoConfiguration.class, ReferenceBindingAutoConfiguration.class))
		.withPropertyValues("uploadcare.public-key=pk", "uploadcare.cdn.base-url=https://cdn.example.com/media/");

	@Test
	void formattersRebaseOnTheClientsCdn() {
		runner.run(context -> {
			assertThat(context).doesNotHaveBean(ReferenceBindingAdvice.class);
			FileReferenceFormatter files = context.getBean(FileReferenceFormatter.class);
			FileReference ref = files.parse("https://evil.example.net/" + ID + "/-/preview/", Locale.ROOT);
			assertThat(ref.toString()).isEqualTo("https://cdn.example.com/media/" + ID + "/-/preview/");
			assertThat(files.print(FileReference.of(ID), Locale.ROOT))
				.isEqualTo("https://cdn.example.com/media/" + ID + "/");
			GroupReferenceFormatter groups = context.getBean(GroupReferenceFormatter.class);
			assertThat(groups.print(groups.parse(ID + "~2", Locale.ROOT), Locale.ROOT))
				.isEqualTo("https://cdn.example.com/media/" + ID + "~2/");
			assertThatExceptionOfType(InvalidReferenceException.class)
				.isThrownBy(() -> files.parse(ID + "~2", Locale.ROOT));
		});
	}

	@Test
	void jacksonModuleWritesAndReadsUrls() {
		runner.run(context -> {
			JsonMapper mapper = JsonMapper.builder().addModule(context.getBean(ReferenceJacksonModule.class)).build();
			Holder holder = mapper.readValue("{\"file\":\"" + ID + "\",\"group\":\"" + ID + "~3\"}", Holder.class);
			assertThat(holder.file().cdnBase()).hasToString("https://cdn.example.com/media/");
			assertThat(mapper.writeValueAsString(holder)).isEqualTo("{\"file\":\"https://cdn.example.com/media/" + ID
					+ "/\",\"group\":\"https://cdn.example.com/media/" + ID + "~3/\"}");
			assertThatExceptionOfType(DatabindException.class)
				.isThrownBy(() -> mapper.readValue("{\"file\":\"nope\"}", Holder.class))
				.withMessageContaining("contains no Uploadcare file UUID");
			assertThatExceptionOfType(DatabindException.class)
				.isThrownBy(() -> mapper.readValue("{\"file\":42}", Holder.class));
		});
		runner.withClassLoader(new FilteredClassLoader(tools.jackson.databind.JacksonModule.class))
			.run(context -> assertThat(context).doesNotHaveBean(ReferenceJacksonModule.class)
				.hasSingleBean(FileReferenceFormatter.class));
	}

	@Test
	void webApplicationsGetPlainFieldErrors() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(UploadcareAutoConfiguration.class, ReferenceBindingAutoConfiguration.class))
			.withPropertyValues("uploadcare.public-key=pk")
			.run(context -> {
				assertThat(context).hasSingleBean(ReferenceBindingAdvice.class);
				Form form = new Form();
				DataBinder binder = new DataBinder(form, "form");
				DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
				conversions.addFormatter(context.getBean(FileReferenceFormatter.class));
				binder.setConversionService(conversions);
				binder.setBindingErrorProcessor(new ReferenceBindingErrorProcessor(binder.getBindingErrorProcessor()));
				binder.bind(new MutablePropertyValues(java.util.Map.of("avatar", "https://x.io/no-uuid-here/")));
				var error = binder.getBindingResult().getFieldError("avatar");
				assertThat(error).isNotNull();
				assertThat(error.getDefaultMessage()).isEqualTo(
						"is not an Uploadcare file or group: 'https://x.io/no-uuid-here/' contains no Uploadcare file UUID");
				assertThat(error.getCodes()).startsWith("uploadcare.invalidReference.form.avatar")
					.contains("typeMismatch.form.avatar", "typeMismatch");
				assertThat(error.getArguments()).containsExactly("UUID", "https://x.io/no-uuid-here/");
			});
	}

	record Holder(FileReference file, GroupReference group) {
	}

	static class Form {

		private FileReference avatar;

		public FileReference getAvatar() {
			return avatar;
		}

		public void setAvatar(FileReference avatar) {
			this.avatar = avatar;
		}

	}

}
