package dev.ucare.client.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Vectors of section 8.2 and 8.3 of the reference. */
class RequestSignerTest {

	private static final String DATE = "Fri, 30 Sep 2016 11:10:54 GMT";

	@Test
	void md5OfEmptyAndJsonBodies() {
		assertThat(Hashing.md5Hex(new byte[0])).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
		assertThat(Hashing.md5Hex(bytes("{\"foo\":\"bar\"}"))).isEqualTo("9bb58f26192e4ba00f01e2e7b136bbd8");
		assertThat(Hashing.md5Hex(bytes("[\"21975c81-7f57-4c7a-aef9-acfe28779f78\"]")))
			.isEqualTo("36e90e909111d8c5b9752458603aeec7");
	}

	@Test
	void stringToSignJoinsFivePartsWithLineFeeds() {
		assertThat(
				RequestSigner.stringToSign("get", new byte[0], "application/json", DATE, "/files/?limit=1&stored=true"))
			.isEqualTo("GET\nd41d8cd98f00b204e9800998ecf8427e\napplication/json\n" + DATE
					+ "\n/files/?limit=1&stored=true");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					demosecretkey   | GET  | /files/?limit=1&stored=true | ''                                         | Fri, 30 Sep 2016 11:10:54 GMT | 3b560df3211143339f65bba4098190d55cfe8982
					demosecretkey   | PUT  | /files/storage/             | ["21975c81-7f57-4c7a-aef9-acfe28779f78"]   | Fri, 30 Sep 2016 11:10:54 GMT | 04f7972966043227b131c9fdc502a6064342da93
					demosecretkey   | POST | /files/?limit=1&stored=true | {"foo":"bar"}                              | Fri, 30 Sep 2016 11:10:54 GMT | c9d3de76964099bb927f3eb5aadcb463042c71a8
					YOUR_SECRET_KEY | GET  | /files/?limit=1&stored=true | ''                                         | Mon, 05 Nov 2018 13:14:41 GMT | 6d71c0f3769021d56765bc2dfb3e168a64d25e4b
					""")
	void signaturesMatchTheReferenceVectors(String secret, String method, String uri, String body, String date,
			String expected) {
		assertThat(RequestSigner.sign(secret, method, bytes(body), "application/json", date, uri)).isEqualTo(expected);
	}

	@Test
	void datesAreZeroPaddedRfc1123InGmt() {
		assertThat(RequestSigner.formatDate(Instant.parse("2021-10-02T00:00:00Z")))
			.isEqualTo("Sat, 02 Oct 2021 00:00:00 GMT");
		assertThat(RequestSigner.formatDate(Instant.parse("2016-09-30T11:10:54Z"))).isEqualTo(DATE);
	}

	@Test
	void datesMatchTheRfc1123FormatterAtAnyInstant() {
		DateTimeFormatter rfc1123 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
			.withZone(ZoneOffset.UTC);
		Random random = new Random(42);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(0, 253402300799L), random.nextInt(1_000_000_000));
			assertThat(RequestSigner.formatDate(instant)).as("%s", instant).isEqualTo(rfc1123.format(instant));
		}
		assertThat(RequestSigner.formatDate(Instant.parse("2024-02-29T23:59:59.999Z")))
			.isEqualTo("Thu, 29 Feb 2024 23:59:59 GMT");
	}

	@Test
	void signedUriIsRawPathAndQueryAsSent() {
		assertThat(RestAuthInterceptor
			.signedUri(URI.create("http://h:1/files/?from=2021-10-12T06%3A55%3A15%2B00%3A00&limit=2")))
			.isEqualTo("/files/?from=2021-10-12T06%3A55%3A15%2B00%3A00&limit=2");
		assertThat(RestAuthInterceptor.signedUri(URI.create("https://api.uploadcare.com/project/")))
			.isEqualTo("/project/");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
