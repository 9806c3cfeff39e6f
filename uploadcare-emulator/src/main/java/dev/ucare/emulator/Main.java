package dev.ucare.emulator;

import java.util.concurrent.CountDownLatch;

/**
 * Standalone entry point:
 * {@code java -jar uploadcare-emulator-standalone.jar --port 8080 --public-key K --secret-key S}.
 * {@code --port P} binds upload on P, REST on P+1 and CDN on P+2 (0 = random).
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = 0;
		String publicKey = UploadcareEmulator.DEFAULT_PUBLIC_KEY;
		String secretKey = UploadcareEmulator.DEFAULT_SECRET_KEY;
		String host = "127.0.0.1";
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--port" -> port = Integer.parseInt(args[++i]);
				case "--public-key" -> publicKey = args[++i];
				case "--secret-key" -> secretKey = args[++i];
				case "--host" -> host = args[++i];
				default -> {
					System.err.println("usage: --port P --public-key K --secret-key S [--host H]");
					System.exit(2);
				}
			}
		}
		long started = System.nanoTime();
		UploadcareEmulator emulator = UploadcareEmulator.builder()
			.keys(publicKey, secretKey)
			.host(host)
			.ports(port, port == 0 ? 0 : port + 1, port == 0 ? 0 : port + 2)
			.start();
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("Uploadcare emulator started in " + millis + " ms");
		System.out.println("upload: " + emulator.uploadBaseUrl());
		System.out.println("rest:   " + emulator.restBaseUrl());
		System.out.println("cdn:    " + emulator.cdnBaseUrl());
		System.out.println("keys:   " + publicKey + " / " + secretKey);
		CountDownLatch stop = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stop.countDown();
		}));
		stop.await();
	}

}
