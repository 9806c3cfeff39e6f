package dev.ucare.starter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BOM ({@code uploadcare-spring-boot-dependencies}) manages every module a user may
 * depend on, at the project's version, and nothing else: a module added to the build
 * without a BOM entry fails here.
 */
class BomTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	/** Modules that are built but not published for users. */
	private static final Set<String> NOT_PUBLISHED = Set.of("sample-app", "benchmarks", "kotlin-check",
			"uploadcare-spring-boot-dependencies", "uploadcare-test-support");

	@Test
	void managesEveryPublishedModuleAtTheProjectVersion() throws Exception {
		Document bom = parse(ROOT.resolve("uploadcare-spring-boot-dependencies/pom.xml"));
		Set<String> managed = new TreeSet<>();
		for (Element dependency : elements(bom, "dependency")) {
			assertThat(text(dependency, "groupId")).isEqualTo("dev.ucare");
			assertThat(text(dependency, "version")).isEqualTo("${uploadcare-spring-boot.version}");
			managed.add(text(dependency, "artifactId"));
		}
		assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(projectVersion());
		assertThat(managed).isEqualTo(publishedModules());
	}

	@Test
	void hasNoParentSoThatImportingItBringsOnlyVersions() throws Exception {
		Document bom = parse(ROOT.resolve("uploadcare-spring-boot-dependencies/pom.xml"));
		assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
		assertThat(text(bom.getDocumentElement(), "packaging")).isEqualTo("pom");
	}

	private static Set<String> publishedModules() throws Exception {
		Set<String> modules = new TreeSet<>();
		for (Element module : elements(parse(ROOT.resolve("pom.xml")), "module")) {
			String name = module.getTextContent().trim();
			if (!NOT_PUBLISHED.contains(name)) {
				Document pom = parse(ROOT.resolve(name).resolve("pom.xml"));
				modules.add(text(pom.getDocumentElement(), "artifactId"));
			}
		}
		assertThat(modules).contains("uploadcare-client", "uploadcare-spring-boot-starter");
		return modules;
	}

	private static String projectVersion() throws Exception {
		return text(parse(ROOT.resolve("pom.xml")).getDocumentElement(), "version");
	}

	private static Document parse(Path pom) throws Exception {
		assertThat(pom).exists();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try (var in = Files.newInputStream(pom)) {
			return factory.newDocumentBuilder().parse(in);
		}
	}

	private static List<Element> elements(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** Text of a direct child element. */
	private static String text(Element parent, String tag) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child && child.getTagName().equals(tag)) {
				return child.getTextContent().trim();
			}
		}
		throw new AssertionError("<" + parent.getTagName() + "> has no <" + tag + ">");
	}

}
