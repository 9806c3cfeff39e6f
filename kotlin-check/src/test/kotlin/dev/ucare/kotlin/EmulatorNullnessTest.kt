package dev.ucare.kotlin

import dev.ucare.emulator.EmulatedFile
import dev.ucare.emulator.SeedFile
import dev.ucare.emulator.UploadcareEmulator
import dev.ucare.emulator.spring.UploadcareEmulatorProperties
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.time.Instant
import kotlin.jvm.optionals.getOrNull
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatIllegalArgumentException
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

/** The emulator's public API from Kotlin: its JSpecify nullness, not platform types. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmulatorNullnessTest {

	private val emulator: UploadcareEmulator = UploadcareEmulator.builder().jobDelay(Duration.ZERO).start()

	@BeforeEach
	fun reset() = emulator.reset()

	@AfterAll
	fun close() = emulator.close()

	@Test
	fun `a seeded file's required parts are T and its optional parts nullable`() {
		// null where the API allows it (@Nullable parameters): a random UUID
		val file: EmulatedFile = emulator.seedFile(null, "hello.txt", "hello".toByteArray())

		assertNonNull(file)
		assertNonNull(file.uuid())
		assertNonNull(file.mimeType())
		assertNonNull(file.metadata())
		assertNonNull(file.datetimeUploaded())
		assertNullable(file.image())
		assertNullable(file.sha256())
		assertNullable(file.datetimeStored())
		assertNullable(file.datetimeRemoved())

		// used directly where non-null, null-checked where nullable
		assertThat(file.uuid().length).isEqualTo(36)
		assertThat(file.mimeType().substringBefore('/')).isEqualTo("text")
		assertThat(file.image()?.width() ?: 0).isZero()
		val stored: Instant = file.datetimeStored() ?: error("seeded files are stored")
		assertThat(stored).isAfterOrEqualTo(file.datetimeUploaded())
		assertThat(file.sha256()?.length).isEqualTo(64)
	}

	@Test
	fun `lookups answer an Optional of T, nullable through getOrNull`() {
		val uuid = emulator.seedFile(null, "a.txt", byteArrayOf(1)).uuid()

		assertNonNull(emulator.file(uuid))
		val found: EmulatedFile? = emulator.file(uuid).getOrNull()
		assertThat(found?.originalFilename()).isEqualTo("a.txt")
		assertThat(emulator.file("00000000-0000-0000-0000-000000000000").getOrNull()).isNull()
		assertThat(emulator.group("00000000-0000-0000-0000-000000000000~1").getOrNull()).isNull()
	}

	@Test
	fun `seeds take null for their optional parts`() {
		val seed = SeedFile(null, null, byteArrayOf(1, 2), null, false, null, null, null)
		assertNonNull(seed.filename())
		assertNonNull(seed.metadata())
		assertNullable(seed.uuid())
		assertNullable(seed.publicKey())
		assertThat(seed.filename()).isEqualTo("file")

		val file = emulator.seedFile(seed.withMimeType(null).withMetadata(mapOf("k" to "v")))
		assertThat(file.metadata()["k"]).isEqualTo("v")
		assertThat(file.isStored).isFalse()
	}

	@Test
	fun `the request log's optional query and headers are nullable`() {
		val client = HttpClient.newHttpClient()
		client.send(HttpRequest.newBuilder(emulator.uploadBaseUrl().resolve("/info/?pub_key=nope")).build(),
				HttpResponse.BodyHandlers.discarding())
		client.send(HttpRequest.newBuilder(emulator.cdnBaseUrl().resolve("/x/")).build(),
				HttpResponse.BodyHandlers.discarding())

		val (info, cdn) = emulator.requestLog().all()
		assertNonNull(info.path())
		assertNullable(info.query())
		assertNullable(info.header("User-Agent"))
		assertThat(info.query()?.substringAfter('=')).isEqualTo("nope")
		assertThat(cdn.query()).isNull()
		assertThat(cdn.header("X-Not-Sent")).isNull()
	}

	@Test
	fun `properties for a Spring context are a Map of String to Any`() {
		val properties: Map<String, Any> = UploadcareEmulatorProperties.asMap(emulator)
		assertNonNull(properties)
		val restBaseUrl: URI = URI.create(properties.getValue(UploadcareEmulatorProperties.REST_BASE_URL).toString())
		assertThat(restBaseUrl).isEqualTo(emulator.restBaseUrl())
	}

	@Test
	fun `a null from code the compiler does not check is refused naming the parameter`() {
		// Kotlin refuses `null` for a non-null parameter at compile time, but a platform type (here from the JDK,
		// which is not null-annotated) passes unchecked, as a null from plain Java code would
		assertThatIllegalArgumentException()
			.isThrownBy { emulator.addProject("pk", System.getProperty("uploadcare.kotlin-check.unset")) }
			.withMessage("secretKey must not be null")
	}

}
