package dev.ucare.benchmarks.boot;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The minimal Spring MVC application whose start-up {@link StartupBenchmark} measures, in
 * a fresh JVM per run, with and without the Uploadcare starter on the class path. It
 * references no Uploadcare type, so the same class runs on both class paths; the
 * properties are the same in both runs (ignored without the starter). Prints one line
 * {@code READY <jvm uptime ms> <boot time taken ms> <bean count> <uploadcare beans> <process CPU ms> <main thread CPU ms>}
 * when the application is ready, then exits. Arguments are passed on to the application
 * after the fixed ones (for ad-hoc comparisons, e.g.
 * {@code --spring.autoconfigure.exclude=...}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@RestController
public class StartupProbeApp {

	@GetMapping("/hello")
	String hello() {
		return "hello";
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(StartupProbeApp.class);
		application.addListeners(new ReadyPrinter());
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--uploadcare.public-key=demopublickey",
				"--uploadcare.secret-key=demosecretkey", "--uploadcare.webhooks.signing-secret=startup-secret"));
		arguments.addAll(Arrays.asList(args));
		var context = application.run(arguments.toArray(String[]::new));
		context.close();
		System.exit(0);
	}

	/**
	 * Prints the {@code READY} line. A typed class, not a lambda, so that the event type
	 * it takes is known: a lambda would be given every event, which Spring Modulith's
	 * multicaster does not forgive.
	 */
	static final class ReadyPrinter implements ApplicationListener<ApplicationReadyEvent> {

		@Override
		public void onApplicationEvent(ApplicationReadyEvent event) {
			long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
			var context = event.getApplicationContext();
			long uploadcareBeans = Arrays.stream(context.getBeanDefinitionNames())
				.filter((name) -> name.toLowerCase(Locale.ROOT).contains("uploadcare"))
				.count();
			long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime() / 1_000_000;
			long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
			System.out.println("READY " + uptime + " " + event.getTimeTaken().toMillis() + " "
					+ context.getBeanDefinitionCount() + " " + uploadcareBeans + " " + cpu + " " + mainCpu);
			System.out.flush();
		}

	}

}
