package dev.ucare.kotlin

import dev.ucare.boot.autoconfigure.UploadcareConnectionDetails
import dev.ucare.boot.autoconfigure.UploadcareProperties
import dev.ucare.boot.autoconfigure.projects.UploadcareClients
import dev.ucare.client.UploadcareClient
import dev.ucare.client.cdn.CdnUrls
import dev.ucare.client.files.FileOperations
import dev.ucare.client.metadata.MetadataOperations
import dev.ucare.client.upload.UploadOperations
import dev.ucare.emulator.UploadcareEmulator
import dev.ucare.emulator.spring.AutoConfigureUploadcareEmulator
import java.net.URI
import kotlin.jvm.optionals.getOrNull
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.boot.SpringBootConfiguration
import org.springframework.boot.autoconfigure.EnableAutoConfiguration
import org.springframework.boot.test.context.SpringBootTest

/**
 * The starter's beans as a Kotlin application gets them: injected through the constructor, typed `T`, with the
 * nullness of the client's API (and of the starter's own types: unset properties and connection details are `T?`).
 */
@SpringBootTest(classes = [StarterBeansNullnessTest.App::class])
@AutoConfigureUploadcareEmulator
class StarterBeansNullnessTest @Autowired constructor(
	private val client: UploadcareClient,
	private val uploads: UploadOperations,
	private val files: FileOperations,
	private val metadata: MetadataOperations,
	private val cdn: CdnUrls,
	private val clients: UploadcareClients,
	private val connectionDetails: UploadcareConnectionDetails,
	private val properties: UploadcareProperties,
	private val emulator: UploadcareEmulator,
) {

	@Test
	fun `the beans are the client's services, used with their nullness`() {
		assertNonNull(client.publicKey())
		val uuid: String = uploads.upload("from a Kotlin bean".toByteArray()).uuid()
		val file = files.get(uuid)
		assertThat(file.mimeType() ?: "unknown").contains("/")
		assertThat(metadata.get(uuid, "absent").getOrNull()).isNull()
		val url: URI = cdn.url(uuid, null as String?)
		assertThat(url.toString()).startsWith(emulator.cdnBaseUrl().toString()).contains(uuid)
		assertThat(emulator.file(uuid).getOrNull()?.uuid()).isEqualTo(uuid)
	}

	@Test
	fun `projects are reached by a nullable name, null for the default project`() {
		assertNonNull(clients.get(null))
		assertThat(clients.get(null).publicKey()).isEqualTo(client.publicKey())
		assertThat(clients.getDefault()).isSameAs(clients.get(null))
		assertNonNull(clients.projects())
	}

	@Test
	fun `connection details and properties say what may be unset`() {
		assertNullable(connectionDetails.getSecretKey())
		assertNullable(connectionDetails.getCdnBaseUrl())
		assertNonNull(connectionDetails.getUploadBaseUrl())
		assertThat(connectionDetails.getSecretKey()).isNotNull()
		assertNullable(properties.publicKey())
		assertNullable(properties.cdn().cname())
		assertNonNull(properties.store())
		assertNonNull(properties.upload().signatureTtl())
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	class App

}
