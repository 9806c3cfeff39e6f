package dev.ucare.client.internal.cdn;

import java.net.URI;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.cdn.CdnBase;
import dev.ucare.client.cdn.CdnUrls;
import dev.ucare.client.cdn.DetectedFaces;
import dev.ucare.client.cdn.ImageTransformation;
import dev.ucare.client.cdn.UploadcareUrl;
import dev.ucare.client.internal.Arguments;
import dev.ucare.client.internal.CdnTransport;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * {@link CdnUrls} on a fixed {@link CdnBase}; face detection goes through a
 * {@link CdnTransport}. Immutable and thread-safe.
 */
public final class DefaultCdnUrls implements CdnUrls {

	private static final TypeReference<JsonNode> JSON = new TypeReference<>() {
	};

	private static final ImageTransformation DETECT_FACES = ImageTransformation.builder().detectFaces().build();

	private final CdnBase base;

	private final CdnTransport transport;

	/**
	 * @param base the base of every URL
	 * @param transport sends the CDN's JSON requests
	 */
	public DefaultCdnUrls(CdnBase base, CdnTransport transport) {
		if (base == null) {
			throw new IllegalArgumentException("CDN base must not be null");
		}
		this.base = base;
		this.transport = transport;
	}

	@Override
	public URI base() {
		return base.uri();
	}

	@Override
	public URI url(String uuid) {
		return url(uuid, ImageTransformation.empty(), null);
	}

	@Override
	public URI url(String uuid, @Nullable String effects) {
		return url(uuid, ImageTransformation.parse(effects), null);
	}

	@Override
	public URI url(String uuid, @Nullable ImageTransformation transformation) {
		return url(uuid, transformation, null);
	}

	@Override
	public URI url(String uuid, @Nullable String effects, @Nullable String filename) {
		return url(uuid, ImageTransformation.parse(effects), filename);
	}

	@Override
	public URI url(String uuid, @Nullable ImageTransformation transformation, @Nullable String filename) {
		return url(UploadcareUrl.ofFile(uuid, orEmpty(transformation), filename));
	}

	@Override
	public URI groupUrl(String groupId) {
		return url(UploadcareUrl.ofGroup(groupId));
	}

	@Override
	public URI groupFileUrl(String groupId, int index) {
		return groupFileUrl(groupId, index, ImageTransformation.empty());
	}

	@Override
	public URI groupFileUrl(String groupId, int index, @Nullable ImageTransformation transformation) {
		UploadcareUrl group = UploadcareUrl.ofGroup(groupId);
		return url(new UploadcareUrl(null, group.uuid(), group.groupSize(), index, orEmpty(transformation).operations(),
				null));
	}

	@Override
	public URI url(UploadcareUrl reference) {
		return Arguments.notNull(reference, "reference").toUri(base.uri());
	}

	@Override
	public URI rebase(String cdnUrl) {
		return url(UploadcareUrl.parse(cdnUrl));
	}

	/** {@code http.client.requests} URI template of face detection. */
	private static final String DETECT_FACES_TEMPLATE = "/{uuid}/-/detect_faces/";

	@Override
	public DetectedFaces detectFaces(String uuid) {
		return transport.observations().observe("cdn.detectFaces", uuid, () -> detect(uuid));
	}

	private DetectedFaces detect(String uuid) {
		String path = DETECT_FACES.path(uuid);
		JsonNode answer = transport.getJson("/" + path, DETECT_FACES_TEMPLATE, base.uri().resolve(path), JSON);
		try {
			return DetectedFaces.of(answer);
		}
		catch (IllegalArgumentException ex) {
			throw new UploadcareException("GET /" + path + " answered faces the client cannot read: " + ex.getMessage(),
					ex);
		}
	}

	private static ImageTransformation orEmpty(@Nullable ImageTransformation transformation) {
		return transformation == null ? ImageTransformation.empty() : transformation;
	}

	@Override
	public String toString() {
		return "DefaultCdnUrls[" + base.uri() + "]";
	}

}
