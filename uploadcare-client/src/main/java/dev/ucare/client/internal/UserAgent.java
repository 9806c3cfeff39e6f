package dev.ucare.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import org.springframework.core.SpringVersion;

/**
 * {@code UploadcareJava/<version>/<public key> (Java/<java version>; Spring/<spring version>[; extension])}.
 */
public final class UserAgent {

	private static final String VERSION = loadVersion();

	private UserAgent() {
	}

	public static String of(String publicKey, @Nullable String extension) {
		String spring = SpringVersion.getVersion();
		return "UploadcareJava/" + VERSION + "/" + publicKey + " (Java/" + System.getProperty("java.version")
				+ (spring == null ? "" : "; Spring/" + spring)
				+ (extension == null || extension.isBlank() ? "" : "; " + extension) + ")";
	}

	/** This library's version. */
	public static String version() {
		return VERSION;
	}

	private static String loadVersion() {
		try (InputStream in = UserAgent.class.getResourceAsStream("/dev/ucare/client/version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "dev");
		}
		catch (IOException ex) {
			return "dev";
		}
	}

}
