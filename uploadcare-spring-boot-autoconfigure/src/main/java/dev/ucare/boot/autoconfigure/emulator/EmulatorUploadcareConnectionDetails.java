package dev.ucare.boot.autoconfigure.emulator;

import java.net.URI;

import dev.ucare.boot.autoconfigure.UploadcareConnectionDetails;
import dev.ucare.emulator.UploadcareEmulator;

/**
 * The keys of an emulator's default project and the base URLs of its Upload API, REST API
 * and CDN.
 */
final class EmulatorUploadcareConnectionDetails implements UploadcareConnectionDetails {

	private final UploadcareEmulator emulator;

	EmulatorUploadcareConnectionDetails(UploadcareEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String getPublicKey() {
		return emulator.publicKey();
	}

	@Override
	public String getSecretKey() {
		return emulator.secretKey();
	}

	@Override
	public URI getUploadBaseUrl() {
		return emulator.uploadBaseUrl();
	}

	@Override
	public URI getRestBaseUrl() {
		return emulator.restBaseUrl();
	}

	@Override
	public URI getCdnBaseUrl() {
		return emulator.cdnBaseUrl();
	}

	@Override
	public String toString() {
		return "EmulatorUploadcareConnectionDetails[publicKey=" + emulator.publicKey() + ", secretKey=******, rest="
				+ emulator.restBaseUrl() + ", upload=" + emulator.uploadBaseUrl() + ", cdn=" + emulator.cdnBaseUrl()
				+ "]";
	}

}
