package dev.ucare.benchmarks.boot;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.ucare.client.webhooks.WebhookSignatureVerifier;
import dev.ucare.client.webhooks.WebhookSignatures;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;

/**
 * JMH-free benchmarks of the Spring Boot layer. Run (after {@code mvn -o -q -pl uploadcare-spring-boot-autoconfigure
 * test-compile}):
 *
 * <pre>
 * mvn -o -q -pl uploadcare-spring-boot-autoconfigure exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.ucare.benchmarks.boot.BootBenchmarks [-Dexec.args="verify|deliveries|startup"]
 * </pre>
 *
 * Startup spawns fresh JVMs with the same class path.
 */
public final class BootBenchmarks {

    static final String SECRET = "bench-signing-secret";

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("verify", "deliveries", "startup") : Arrays.asList(args);
        if (which.contains("verify")) {
            verify();
        }
        if (which.contains("deliveries")) {
            deliveries();
        }
        if (which.contains("startup")) {
            startup();
        }
        System.exit(0);
    }

    /** Signature verifications per second on one thread for a 2 KiB body. */
    static void verify() {
        byte[] body = new byte[2048];
        Arrays.fill(body, (byte) 'x');
        WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(SECRET);
        String header = WebhookSignatures.sign(body, SECRET);
        run(verifier, body, header, Duration.ofSeconds(3)); // warm-up
        double best = 0;
        for (int round = 0; round < 3; round++) {
            best = Math.max(best, run(verifier, body, header, Duration.ofSeconds(3)));
        }
        System.out.printf("verify: %.0f verifications/s (2 KiB body, 1 thread, best of 3 x 3 s)%n", best);
    }

    private static double run(WebhookSignatureVerifier verifier, byte[] body, String header, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long count = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1000; i++) {
                if (!verifier.verify(body, header)) {
                    throw new IllegalStateException();
                }
            }
            count += 1000;
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Signed deliveries per second through the running app over HTTP (loopback), 8 client threads. */
    static void deliveries() throws Exception {
        ConfigurableApplicationContext context = new SpringApplication(WebhookApp.class).run("--server.port=0",
                "--uploadcare.public-key=demopublickey", "--uploadcare.webhooks.signing-secret=" + SECRET,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        AtomicLong received = context.getBean(WebhookApp.class).received;
        URI uri = URI.create("http://127.0.0.1:" + port + "/uploadcare/webhooks");
        int threads = 8;
        int perThread = 4000;
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < threads * perThread; i++) {
            byte[] body = payload(UUID.randomUUID().toString());
            requests.add(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("X-Uc-Signature", WebhookSignatures.sign(body, SECRET))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // warm-up: first quarter
        long warm = send(http, pool, requests.subList(0, requests.size() / 4), threads);
        long start = System.nanoTime();
        long ok = send(http, pool, requests.subList(requests.size() / 4, requests.size()), threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("deliveries: %.0f deliveries/s over HTTP (%d ok in %.2f s, %d client threads, ~%d B bodies; "
                + "published %d)%n", ok / seconds, ok, seconds, threads, requests.get(0).bodyPublisher().get().contentLength(),
                received.get() - warm);
        pool.shutdown();
        context.close();
    }

    private static long send(HttpClient http, ExecutorService pool, List<HttpRequest> requests, int threads)
            throws Exception {
        List<Future<Long>> futures = new ArrayList<>();
        int chunk = requests.size() / threads;
        for (int t = 0; t < threads; t++) {
            List<HttpRequest> mine = requests.subList(t * chunk, (t + 1) * chunk);
            futures.add(pool.submit(() -> {
                long ok = 0;
                for (HttpRequest request : mine) {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        long ok = 0;
        for (Future<Long> future : futures) {
            ok += future.get();
        }
        return ok;
    }

    static byte[] payload(String uuid) {
        return ("{\"hook\":{\"id\":1,\"project_id\":2,\"project_pub_key\":\"demopublickey\",\"target\":\"http://x/\","
                + "\"event\":\"file.uploaded\",\"is_active\":true,\"version\":\"0.7\"},\"data\":{\"uuid\":\"" + uuid
                + "\",\"original_filename\":\"a.jpg\",\"mime_type\":\"image/jpeg\",\"size\":1024,\"is_image\":true,"
                + "\"is_ready\":true,\"metadata\":{},\"appdata\":{}},\"initiator\":{\"type\":\"api\",\"detail\":{}},"
                + "\"file\":\"https://ucarecdn.com/" + uuid + "/a.jpg\"}")
            .getBytes(StandardCharsets.UTF_8);
    }

    /** Start-up time (JVM start to context ready) of a servlet app with and without the Uploadcare auto-configuration. */
    static void startup() throws Exception {
        int runs = Integer.getInteger("bench.startup.runs", 10);
        List<Long> with = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            with.add(startOnce(true));
            without.add(startOnce(false));
        }
        long medianWith = median(with);
        long medianWithout = median(without);
        System.out.printf("startup: with Uploadcare %d ms, without %d ms (median of %d fresh JVMs each) -> adds %d ms%n",
                medianWith, medianWithout, runs, medianWith - medianWithout);
        System.out.println("startup raw with=" + with + " without=" + without);
    }

    private static long startOnce(boolean withUploadcare) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                StartupProbe.class.getName(), String.valueOf(withUploadcare)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        for (String line : output.split("\n")) {
            if (line.startsWith("READY ")) {
                return Long.parseLong(line.substring(6).trim());
            }
        }
        throw new IllegalStateException("probe failed:\n" + output);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** Minimal servlet application; prints the JVM uptime when ready. */
    public static final class StartupProbe {

        public static void main(String[] args) {
            boolean withUploadcare = Boolean.parseBoolean(args[0]);
            List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN", "--uploadcare.public-key=demopublickey",
                    "--uploadcare.secret-key=demosecretkey", "--uploadcare.webhooks.signing-secret=s"));
            if (!withUploadcare) {
                arguments.add("--spring.autoconfigure.exclude="
                        + "dev.ucare.boot.autoconfigure.UploadcareAutoConfiguration,"
                        + "dev.ucare.boot.autoconfigure.metrics.UploadcareMetricsAutoConfiguration,"
                        + "dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookAutoConfiguration,"
                        + "dev.ucare.boot.autoconfigure.health.UploadcareHealthContributorAutoConfiguration");
            }
            ConfigurableApplicationContext context = SpringApplication.run(ProbeApp.class, arguments.toArray(String[]::new));
            System.out.println("READY " + ManagementFactory.getRuntimeMXBean().getUptime());
            context.close();
            System.exit(0);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ProbeApp {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WebhookApp {

        final AtomicLong received = new AtomicLong();

        @EventListener
        void on(dev.ucare.boot.autoconfigure.webhooks.FileUploadedEvent event) {
            received.incrementAndGet();
        }

        @Bean
        static String benchMarker() {
            return "bench";
        }
    }
}
