package dev.ucare.emulator;

import java.io.IOException;
import java.net.InetAddress;

/** Which hosts the emulator may reach (from_url fetches, webhook deliveries). */
final class Hosts {

	private Hosts() {
	}

	/**
	 * @return whether {@code host} resolves to a loopback address
	 */
	static boolean isLoopback(String host) {
		try {
			return host != null && InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (IOException e) {
			return false;
		}
	}

}
