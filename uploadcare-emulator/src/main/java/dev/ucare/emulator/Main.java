package dev.ucare.emulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Standalone entry point:
 * {@code java -jar uploadcare-emulator-standalone.jar --port 8080 --public-key K --secret-key S}.
 * {@code --port P} binds upload on P, REST on P+1 and CDN on P+2 (0 = random); every
 * option of {@link UploadcareEmulator.Builder} has a flag, listed by {@code --help}.
 */
public final class Main {

	private Main() {
	}

	/** One command-line flag. */
	private record Flag(String name, @Nullable String argument, String help, BiConsumer<Options, String> apply) {

		boolean takesArgument() {
			return argument != null;
		}

	}

	/** What the flags say; turned into a builder by {@link #builder()}. */
	static final class Options {

		String host = "127.0.0.1";

		@Nullable Integer port;

		int uploadPort;

		int restPort;

		int cdnPort;

		String publicKey = UploadcareEmulator.DEFAULT_PUBLIC_KEY;

		String secretKey = UploadcareEmulator.DEFAULT_SECRET_KEY;

		final List<String[]> projects = new ArrayList<>();

		int webhookAttempts = UploadcareEmulator.DEFAULT_WEBHOOK_ATTEMPTS;

		Duration webhookRetryDelay = UploadcareEmulator.DEFAULT_WEBHOOK_RETRY_DELAY;

		final List<java.util.function.UnaryOperator<UploadcareEmulator.Builder>> settings = new ArrayList<>();

		boolean help;

		UploadcareEmulator.Builder builder() {
			UploadcareEmulator.Builder builder = UploadcareEmulator.builder().keys(publicKey, secretKey).host(host);
			if (port != null) {
				builder.ports(port, port == 0 ? 0 : port + 1, port == 0 ? 0 : port + 2);
			}
			else {
				builder.ports(uploadPort, restPort, cdnPort);
			}
			projects.forEach(p -> builder.project(p[0], p[1]));
			builder.webhookRetries(webhookAttempts, webhookRetryDelay);
			UploadcareEmulator.Builder configured = builder;
			for (java.util.function.UnaryOperator<UploadcareEmulator.Builder> setting : settings) {
				configured = setting.apply(configured);
			}
			return configured;
		}

		void set(java.util.function.UnaryOperator<UploadcareEmulator.Builder> setting) {
			settings.add(setting);
		}

	}

	private static final Map<String, Flag> FLAGS = new LinkedHashMap<>();

	private static void flag(String name, @Nullable String argument, String help, BiConsumer<Options, String> apply) {
		FLAGS.put(name, new Flag(name, argument, help, apply));
	}

	/**
	 * A flag that sets one builder setting to its value, parsed by {@code parse} (given
	 * the flag's name for its messages and the value).
	 */
	private static <T> void setting(String name, String argument, String help, BiFunction<String, String, T> parse,
			BiFunction<UploadcareEmulator.Builder, T, UploadcareEmulator.Builder> setting) {
		flag(name, argument, help, (o, v) -> {
			T value = parse.apply(name, v);
			o.set(b -> setting.apply(b, value));
		});
	}

	static {
		flag("--host", "HOST", "interface to bind (default 127.0.0.1)", (o, v) -> o.host = v);
		flag("--port", "PORT", "upload API on PORT, REST on PORT+1, CDN on PORT+2 (0: random ports, the default)",
				(o, v) -> o.port = port(v));
		flag("--upload-port", "PORT", "upload API port (0: random)", (o, v) -> o.uploadPort = port(v));
		flag("--rest-port", "PORT", "REST API port (0: random)", (o, v) -> o.restPort = port(v));
		flag("--cdn-port", "PORT", "CDN port (0: random)", (o, v) -> o.cdnPort = port(v));
		flag("--public-key", "KEY", "default project's public key (default demopublickey)", (o, v) -> o.publicKey = v);
		flag("--secret-key", "KEY", "default project's secret key (default demosecretkey)", (o, v) -> o.secretKey = v);
		flag("--project", "PUBLIC:SECRET", "another project (repeatable)", (o, v) -> {
			int colon = v.indexOf(':');
			if (colon <= 0 || colon == v.length() - 1) {
				throw new IllegalArgumentException("--project needs PUBLIC:SECRET, was \"" + v + "\"");
			}
			o.projects.add(new String[] { v.substring(0, colon), v.substring(colon + 1) });
		});
		flag("--signed-uploads-required", null, "require signature and expire on uploads",
				(o, v) -> o.set(b -> b.signedUploadsRequired(true)));
		setting("--autostore", "true|false",
				"project auto-store setting, used for UPLOADCARE_STORE=auto (default true)", Main::bool,
				UploadcareEmulator.Builder::autostore);
		setting("--job-delay", "DURATION", "how long conversions, add-ons and from_url fetches take (default 50ms)",
				Main::duration, UploadcareEmulator.Builder::jobDelay);
		flag("--webhook-retries", "ATTEMPTS", "webhook delivery attempts (default 3)",
				(o, v) -> o.webhookAttempts = positive("--webhook-retries", v));
		flag("--webhook-retry-delay", "DURATION", "base delay between webhook attempts, linear backoff (default 100ms)",
				(o, v) -> o.webhookRetryDelay = duration("--webhook-retry-delay", v));
		setting("--unstored-file-ttl", "DURATION", "lifetime of files that are not stored (default 24h)",
				Main::duration, UploadcareEmulator.Builder::unstoredFileTtl);
		flag("--refuse-simple-auth-over-http", null, "answer Uploadcare.Simple auth with 400, as the real API does",
				(o, v) -> o.set(b -> b.refuseSimpleAuthOverHttp(true)));
		flag("--allow-non-loopback-urls", null, "let from_url and webhooks reach hosts other than loopback",
				(o, v) -> o.set(b -> b.allowNonLoopbackUrls(true)));
		setting("--request-log-size", "N",
				"requests kept by the request log (default " + RequestLog.DEFAULT_CAPACITY + ")", Main::positive,
				UploadcareEmulator.Builder::requestLogSize);
		setting("--memory-budget", "SIZE",
				"file content kept in memory, e.g. 64m (default: 1/8 of the heap, at most 256m)", Main::size,
				UploadcareEmulator.Builder::memoryBudget);
		setting("--disk-budget", "SIZE",
				"file content kept on disk, e.g. 10g; uploads past it get 503 (default: unlimited)", Main::size,
				UploadcareEmulator.Builder::diskBudget);
		setting("--read-timeout", "DURATION",
				"close connections stalled this long while sending or receiving (default 30s)", Main::duration,
				UploadcareEmulator.Builder::readTimeout);
		setting("--max-header-size", "SIZE", "largest request line and headers; larger requests get 431 (default 64k)",
				(flag, v) -> {
					long value = size(flag, v);
					if (value > Integer.MAX_VALUE) {
						throw new IllegalArgumentException(flag + " is too large: " + v);
					}
					return (int) value;
				}, UploadcareEmulator.Builder::maxRequestHeaderSize);
		flag("--help", null, "print this help and exit", (o, v) -> o.help = true);
	}

	/**
	 * Parses the flags.
	 * @throws IllegalArgumentException naming the flag when one is unknown, lacks its
	 * value or has a bad one
	 */
	static Options parse(String... args) {
		Options options = new Options();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				value = arg.substring(eq + 1);
				arg = arg.substring(0, eq);
			}
			Flag flag = FLAGS.get(arg.equals("-h") ? "--help" : arg);
			if (flag == null) {
				throw new IllegalArgumentException("unknown option " + arg);
			}
			if (flag.takesArgument() && value == null) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(arg + " needs a value (" + flag.argument() + ")");
				}
				value = args[++i];
			}
			else if (!flag.takesArgument() && value != null) {
				throw new IllegalArgumentException(arg + " takes no value");
			}
			flag.apply().accept(options, value);
		}
		// a builder check (e.g. a budget below zero) fails here, before anything starts
		options.builder();
		return options;
	}

	/**
	 * @return the usage text listing every flag
	 */
	static String usage() {
		StringBuilder text = new StringBuilder(
				"Uploadcare emulator: Upload API, REST API v0.7, CDN and webhook delivery on loopback.\n\n"
						+ "usage: java -jar uploadcare-emulator-standalone.jar [options]\n\noptions:\n");
		for (Flag flag : FLAGS.values()) {
			String left = flag.name() + (flag.takesArgument() ? " " + flag.argument() : "");
			text.append(String.format(Locale.ROOT, "  %-36s %s%n", left, flag.help()));
		}
		text.append("\nDURATION: 500ms, 2s, 5m, 24h, 1d or ISO-8601 (PT2S); SIZE: bytes or with k, m, g (64m).\n");
		return text.toString();
	}

	public static void main(String[] args) throws InterruptedException {
		int status = run(args, System.out, System.err);
		if (status >= 0) {
			System.exit(status);
		}
	}

	/**
	 * Parses, starts and prints the URLs; returns the exit status for help and usage
	 * errors, or -1 once the emulator runs (until the JVM is stopped).
	 */
	static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
		Options options;
		try {
			options = parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			err.println("Run with --help for the options.");
			return 2;
		}
		if (options.help) {
			out.print(usage());
			return 0;
		}
		long started = System.nanoTime();
		UploadcareEmulator emulator = options.builder().start();
		long millis = (System.nanoTime() - started) / 1_000_000;
		out.println("Uploadcare emulator started in " + millis + " ms");
		out.println("upload: " + emulator.uploadBaseUrl());
		out.println("rest:   " + emulator.restBaseUrl());
		out.println("cdn:    " + emulator.cdnBaseUrl());
		out.println("keys:   " + emulator.publicKey() + " / " + emulator.secretKey());
		out.flush();
		CountDownLatch stop = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stop.countDown();
		}));
		stop.await();
		return -1;
	}

	private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

	private static final Pattern SIZE = Pattern.compile("(\\d+)([kmg]?)b?", Pattern.CASE_INSENSITIVE);

	static Duration duration(String flag, String value) {
		Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
		if (m.matches()) {
			long n = Long.parseLong(m.group(1));
			return switch (m.group(2)) {
				case "ms" -> Duration.ofMillis(n);
				case "s" -> Duration.ofSeconds(n);
				case "m" -> Duration.ofMinutes(n);
				case "h" -> Duration.ofHours(n);
				default -> Duration.ofDays(n);
			};
		}
		try {
			return Duration.parse(value.trim());
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException(
					flag + " needs a duration such as 500ms, 2s, 5m, 24h or PT2S, was \"" + value + "\"");
		}
	}

	static long size(String flag, String value) {
		Matcher m = SIZE.matcher(value.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException(
					flag + " needs a size such as 65536, 64k, 256m or 10g, was \"" + value + "\"");
		}
		long n = Long.parseLong(m.group(1));
		int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
			case "k" -> 10;
			case "m" -> 20;
			case "g" -> 30;
			default -> 0;
		};
		if (n > (Long.MAX_VALUE >> shift)) {
			throw new IllegalArgumentException(flag + " is too large: " + value);
		}
		return n << shift;
	}

	private static int port(String value) {
		int port = integer("port", value);
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("a port must be between 0 and 65535, was " + value);
		}
		return port;
	}

	private static int positive(String flag, String value) {
		int n = integer(flag, value);
		if (n < 1) {
			throw new IllegalArgumentException(flag + " must be at least 1, was " + value);
		}
		return n;
	}

	private static int integer(String flag, String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(flag + " needs an integer, was \"" + value + "\"");
		}
	}

	private static boolean bool(String flag, String value) {
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1", "on" -> true;
			case "false", "no", "0", "off" -> false;
			default -> throw new IllegalArgumentException(flag + " needs true or false, was \"" + value + "\"");
		};
	}

}
