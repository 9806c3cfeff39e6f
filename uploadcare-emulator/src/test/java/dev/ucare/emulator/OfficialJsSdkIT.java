package dev.ucare.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Uploadcare's official JS SDK ({@code @uploadcare/upload-client} and
 * {@code @uploadcare/rest-client} 6.21.0, npm) run by the system {@code node} against the
 * standalone jar: every operation of theirs that the emulator claims, one result line
 * each ({@code src/test/js/sdk-operations.mjs}). Skipped, with the reason, without node
 * or the installed packages.
 */
class OfficialJsSdkIT {

	/** Every operation the script must report, in order; a missing one fails the test. */
	static final List<String> OPERATIONS = List.of(
			"upload-client uploadFile: direct upload with metadata (POST /base/)",
			"upload-client uploadDirect and base: direct upload of an image, then its info",
			"upload-client uploadFile: multipart upload of 11 MiB (start, part PUTs, complete)",
			"CDN: the bytes of direct and multipart uploads", "upload-client info: file info (GET /info/)",
			"upload-client uploadFile from URL (POST /from_url/, status polling)",
			"upload-client signed uploads: a valid signature is accepted, a forged one refused",
			"upload-client uploadFileGroup: group of uploaded files (POST /group/ with files[])",
			"upload-client groupInfo (GET /group/info/)",
			"upload-client UploadClient: the client object with its settings",
			"rest-client listOfFiles + Paginator: every page, signed auth",
			"rest-client fileInfo (with appdata), simple and signed auth", "rest-client storeFile and deleteFile",
			"rest-client storeFiles and deleteFiles (batch, with problems)",
			"rest-client copyFileToLocalStorage and copyFileToRemoteStorage",
			"rest-client metadata: updateMetadata, getMetadata, getMetadataValue, deleteMetadata",
			"rest-client groups: listOfGroups, groupInfo, deleteGroup",
			"rest-client webhooks: create, list, update, delete; a signed delivery arrives",
			"rest-client conversions: document and video convert, conversionJobStatus, conversionInfo",
			"rest-client add-ons: executeAddon and addonExecutionStatus for all four",
			"loopback only: nothing left the machine");

	@Test
	void everyClaimedOperationWorksWithTheOfficialJsSdk() throws Exception {
		OfficialClients.requireNode();
		OfficialClients.requirePackage("@uploadcare/upload-client", "6.21.0");
		OfficialClients.requirePackage("@uploadcare/rest-client", "6.21.0");
		try (StandaloneEmulator emulator = StandaloneEmulator.start("--job-delay", "20ms", "--webhook-retry-delay",
				"10ms")) {
			OfficialClients.Finished run = OfficialClients.run(List.of("node", "sdk-operations.mjs"),
					Map.of("UPLOAD_BASE", emulator.upload.toString(), "REST_BASE", emulator.rest.toString(), "CDN_BASE",
							emulator.cdn.toString(), "PUBLIC_KEY", UploadcareEmulator.DEFAULT_PUBLIC_KEY, "SECRET_KEY",
							UploadcareEmulator.DEFAULT_SECRET_KEY),
					Duration.ofMinutes(3));
			Map<String, JsonNode> results = new LinkedHashMap<>();
			for (String line : run.lines()) {
				if (line.startsWith("{\"op\"")) {
					JsonNode result = TestHttp.JSON.readTree(line);
					results.put(result.get("op").asString(), result);
					System.out.printf("[js-sdk] %-4s %s%n", result.get("ok").asBoolean() ? "ok" : "FAIL",
							result.get("op").asString());
				}
			}
			assertThat(results.values()).as("operations that failed, with their errors")
				.filteredOn(r -> !r.get("ok").asBoolean())
				.isEmpty();
			assertThat(results.keySet()).as("operations reported by sdk-operations.mjs; output: %s", run.lines())
				.containsExactlyElementsOf(OPERATIONS);
			assertThat(run.exitCode()).isZero();
		}
	}

}
