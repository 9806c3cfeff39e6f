package dev.ucare.kotlin

import dev.ucare.client.UploadcareClient
import dev.ucare.client.UploadcareNotFoundException
import dev.ucare.client.files.FileInfo
import dev.ucare.client.files.FileQuery
import dev.ucare.client.groups.GroupInfo
import dev.ucare.client.upload.UploadOptions
import dev.ucare.client.webhooks.WebhookPayload
import dev.ucare.emulator.UploadcareEmulator
import java.time.OffsetDateTime
import kotlin.jvm.optionals.getOrNull
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatIllegalArgumentException
import org.assertj.core.api.Assertions.catchThrowableOfType
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

/**
 * The client's public API from Kotlin, against the emulator: what the API may leave out is `T?`, the rest `T`,
 * never a platform type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientNullnessTest {

	private val emulator: UploadcareEmulator = UploadcareEmulator.start()

	private val client: UploadcareClient = UploadcareClient.builder()
		.publicKey(emulator.publicKey())
		// a nullable setting takes null: none configured
		.secureUrlBuilder(null)
		.userAgentExtension(null)
		.secretKey(emulator.secretKey())
		.uploadBaseUrl(emulator.uploadBaseUrl())
		.restBaseUrl(emulator.restBaseUrl())
		.cdnBaseUrl(emulator.cdnBaseUrl())
		.build()

	@BeforeEach
	fun reset() = emulator.reset()

	@AfterAll
	fun close() {
		client.close()
		emulator.close()
	}

	@Test
	fun `a file's uuid is String, what the API may leave out is nullable`() {
		val uploaded: FileInfo = client.uploads().upload("hello".toByteArray(),
				UploadOptions.builder().filename("hello.txt").metadata("kind", "greeting").build())
		val file = client.files().get(uploaded.uuid())

		assertNonNull(file.uuid())
		assertNonNull(file.metadata())
		assertNonNull(file.size())
		assertNullable(file.mimeType())
		assertNullable(file.originalFilename())
		assertNullable(file.datetimeUploaded())
		assertNullable(file.datetimeStored())
		assertNullable(file.datetimeRemoved())
		assertNullable(file.isImage())
		assertNullable(file.url())
		assertNullable(file.contentInfo())
		assertNullable(file.appdata())

		// used directly where non-null, null-checked where nullable
		assertThat(file.uuid().length).isEqualTo(36)
		assertThat(file.mimeType()?.substringBefore('/')).isEqualTo("text")
		assertThat(file.originalFilename() ?: "unnamed").isEqualTo("hello.txt")
		assertThat(file.metadata()["kind"]).isEqualTo("greeting")
		val uploadedAt: OffsetDateTime = file.datetimeUploaded() ?: error("the REST API sends the upload time")
		assertThat(uploadedAt).isBeforeOrEqualTo(OffsetDateTime.now())
		assertThat(file.datetimeRemoved()).isNull()
		assertThat(file.removed()).isFalse()
		// the typed views: an Optional of T, and the add-ons' results with nullable parts
		assertNonNull(file.content())
		assertNonNull(file.addons())
		assertNullable(file.addons().clamAv().getOrNull()?.infectedWith())
	}

	@Test
	fun `metadata get answers an Optional of String, nullable through getOrNull`() {
		val uuid = client.uploads().upload("x".toByteArray()).uuid()
		client.metadata().put(uuid, "color", "blue")

		assertNonNull(client.metadata().get(uuid, "color"))
		assertNonNull(client.metadata().getAll(uuid))
		val color: String? = client.metadata().get(uuid, "color").getOrNull()
		assertThat(color).isEqualTo("blue")
		assertThat(client.metadata().get(uuid, "size").getOrNull()).isNull()
		assertNonNull(client.metadata().put(uuid, "size", "L"))
	}

	@Test
	fun `a group's files are a List of nullable FileInfo, a page's next link is nullable`() {
		val a = client.uploads().upload("a".toByteArray()).uuid()
		val b = client.uploads().upload("b".toByteArray()).uuid()
		val group: GroupInfo = client.groups().create(listOf(a, b))

		assertNonNull(group.id())
		assertNullable(group.cdnUrl())
		assertNonNull(group.files())
		// List<@Nullable FileInfo>: a removed file is a null entry
		assertThat(staticTypeOf(group.files()).arguments.single().type!!.isMarkedNullable).isTrue()
		val fetched = client.groups().get(group.id())
		assertThat(fetched.files().mapNotNull { it?.uuid() }).containsExactly(a, b)
		assertThat(fetched.fileUuids()).containsExactly(a, b)

		val page = client.files().list(FileQuery.builder().limit(1).build())
		assertNonNull(page.results())
		assertNullable(page.next())
		assertNullable(page.previous())
		assertThat(page.next()?.isNotBlank()).isTrue()
		assertThat(page.results().single().uuid()).isIn(a, b)
	}

	@Test
	fun `errors carry a nullable detail and request id`() {
		val missing = catchThrowableOfType(UploadcareNotFoundException::class.java) {
			client.files().get("00000000-0000-4000-8000-000000000000")
		}
		assertNullable(missing.detail())
		assertNullable(missing.requestId())
		assertThat(missing.status()).isEqualTo(404)
	}

	@Test
	fun `a webhook payload's hook is Hook, its file data nullable`() {
		val payload = WebhookPayload.parse("""{"hook":{"event":"file.uploaded"}}""".toByteArray())
		assertNonNull(payload.hook())
		assertNonNull(payload.hook().event())
		assertNullable(payload.data())
		assertNullable(payload.initiator())
		assertThat(payload.data()?.uuid()).isNull()
		assertThat(payload.hook().event()).isEqualTo("file.uploaded")
	}

	@Test
	fun `a null from code the compiler does not check is refused naming the parameter`() {
		// Kotlin refuses null for a non-null parameter at compile time, but a platform type (here from the JDK, which
		// is not null-annotated) passes unchecked, as a null from plain Java code would; the client refuses it at once
		emulator.requestLog().clear()
		assertThatIllegalArgumentException()
			.isThrownBy { UploadcareClient.builder().publicKey(System.getProperty("uploadcare.kotlin-check.unset")) }
			.withMessage("publicKey must not be null")
		assertThatIllegalArgumentException()
			.isThrownBy { client.webhooks().unsubscribe(System.getProperty("uploadcare.kotlin-check.unset")) }
			.withMessage("targetUrl must not be null")
		assertThat(emulator.requestLog().all()).isEmpty()
	}

}
