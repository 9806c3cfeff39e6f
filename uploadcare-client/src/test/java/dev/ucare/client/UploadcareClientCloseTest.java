package dev.ucare.client;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ucare.client.files.FileQuery;
import dev.ucare.client.testing.EmulatorClients;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.emulator.UploadcareEmulator;
import dev.ucare.emulator.UploadcareEmulatorExtension;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** {@link UploadcareClient#close()} against the emulator. */
class UploadcareClientCloseTest {

	private static final String UUID = "52da3bfc-7cd8-4861-8b05-126fef7a6994";

	@RegisterExtension
	static UploadcareEmulatorExtension uploadcare = UploadcareEmulatorExtension.builder().build();

	@Test
	void closeEndsTheClientsUploadThreads() throws Exception {
		UploadcareEmulator emulator = uploadcare.emulator();
		Set<Thread> before = uploadThreads();
		UploadcareClient client = EmulatorClients.builderFor(emulator).build();
		client.uploads().uploadAsync(UploadSource.of("a".getBytes(), "a.txt"), defaults()).get();
		client.uploads()
			.uploadAll(List.of(UploadSource.of("b".getBytes(), "b.txt"), UploadSource.of("c".getBytes(), "c.txt")));
		Set<Thread> mine = uploadThreads();
		mine.removeAll(before);
		assertThat(mine).isNotEmpty().allSatisfy(thread -> assertThat(thread.isAlive()).isTrue());

		client.close();

		// idle pool threads would otherwise live on for a minute
		await().atMost(Duration.ofSeconds(10)).until(() -> mine.stream().noneMatch(Thread::isAlive));
		assertThat(client.isClosed()).isTrue();
	}

	@Test
	void callsAfterCloseFailClearlyAndSendNothing() {
		UploadcareEmulator emulator = uploadcare.emulator();
		UploadcareClient client = EmulatorClients.builderFor(emulator).build();
		assertThat(client.project().get()).isNotNull();
		int sent = emulator.requestLog().all().size();

		client.close();
		client.close();

		assertClosed(() -> client.files().get(UUID));
		assertClosed(() -> client.files().stream(FileQuery.all()).findFirst());
		assertClosed(() -> client.uploads().upload("x".getBytes()));
		assertClosed(() -> client.uploads().uploadAsync(UploadSource.of("x".getBytes(), "x"), defaults()));
		assertClosed(() -> client.uploads().info(UUID));
		assertClosed(() -> client.cdn().detectFaces(UUID));
		assertClosed(() -> client.conversions().documentStatus(1));
		assertThat(emulator.requestLog().all()).hasSize(sent);
		// building URLs needs nothing that was released
		assertThat(client.cdn().url(UUID).toString()).endsWith(UUID + "/");
	}

	@Test
	void aClientIsAutoCloseable() {
		UploadcareClient leaked;
		try (UploadcareClient client = EmulatorClients.builderFor(uploadcare.emulator()).build()) {
			leaked = client;
			assertThat(client.isClosed()).isFalse();
		}
		assertThat(leaked.isClosed()).isTrue();
		assertClosed(() -> leaked.project().get());
	}

	@Test
	void closeReleasesTheRequestFactoryTheClientMade() {
		java.util.concurrent.atomic.AtomicInteger destroyed = new java.util.concurrent.atomic.AtomicInteger();
		class DisposableFactory extends org.springframework.http.client.SimpleClientHttpRequestFactory
				implements org.springframework.beans.factory.DisposableBean {

			@Override
			public void destroy() {
				destroyed.incrementAndGet();
			}

		}
		UploadcareClient client = EmulatorClients.builderFor(uploadcare.emulator())
			.requestFactory(settings -> new DisposableFactory())
			.build();
		assertThat(client.project().get()).isNotNull(); // the factory is made on the
														// first call

		client.close();
		client.close();

		assertThat(destroyed).hasValue(1);
	}

	private static dev.ucare.client.upload.UploadOptions defaults() {
		return dev.ucare.client.upload.UploadOptions.defaults();
	}

	private static void assertClosed(ThrowingCallable call) {
		assertThatThrownBy(call).isExactlyInstanceOf(IllegalStateException.class)
			.hasMessageContaining("UploadcareClient")
			.hasMessageContaining("is closed");
	}

	private static Set<Thread> uploadThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(thread -> thread.getName().startsWith("uploadcare-upload-"))
			.collect(Collectors.toSet());
	}

}
