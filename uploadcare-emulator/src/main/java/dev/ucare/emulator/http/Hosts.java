package dev.ucare.emulator.http;

import java.io.IOException;
import java.net.InetAddress;

import org.jspecify.annotations.Nullable;

/** Which hosts the emulator may reach (from_url fetches, webhook deliveries). */
public final class Hosts {

	private Hosts() {
	}

	/**
	 * @return whether {@code host} resolves to a loopback address
	 */
	public static boolean isLoopback(@Nullable String host) {
		try {
			return host != null && InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (IOException e) {
			return false;
		}
	}

}
