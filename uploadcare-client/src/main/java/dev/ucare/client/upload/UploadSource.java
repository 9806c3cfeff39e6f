package dev.ucare.client.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.ucare.client.internal.Arguments;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.web.multipart.MultipartFile;

/**
 * What to upload: a file, bytes, a stream (of known or unknown length), a Spring
 * {@link Resource} or a Spring {@link MultipartFile}. Arguments are checked here, before
 * any request: a missing or unreadable file, an empty source or a negative length fail at
 * once with an {@link IllegalArgumentException} naming the source. A source that cannot
 * be read during the upload (an {@link IOException}) fails the upload with an
 * {@link UncheckedIOException} whose cause is that exception.
 *
 * <p>
 * Memory does not grow with the size of the upload. Files and arrays are read by ranges
 * as parts are sent. A stream of known length is read part by part, holding at most
 * {@code concurrency} parts at once. A stream of unknown length is first copied to a
 * temporary file, which is deleted when the upload ends, whatever the outcome. A stream
 * is closed by the upload and can be uploaded only once.
 *
 * <p>
 * {@code MultipartFile} support uses Spring's interface directly: {@code spring-web},
 * which declares it, is already this client's dependency, and the interface needs no
 * servlet classes, so an adapter of our own would only add a type every Spring user must
 * convert to.
 */
public abstract class UploadSource {

	private final String filename;

	private final @Nullable String contentType;

	UploadSource(@Nullable String filename, @Nullable String contentType) {
		this.filename = filename == null || filename.isBlank() ? "file" : filename;
		this.contentType = contentType == null || contentType.isBlank() ? null : contentType;
	}

	/** A file, read by ranges; its name is the file name. */
	public static UploadSource of(Path path) {
		Arguments.notNull(path, "path");
		if (!Files.exists(path)) {
			throw new IllegalArgumentException("File to upload does not exist: " + path);
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new IllegalArgumentException("File to upload is not a readable regular file: " + path);
		}
		long size = size(path);
		if (size == 0) {
			throw new IllegalArgumentException("File to upload is empty: " + path);
		}
		return new UploadSource(path.getFileName().toString(), null) {
			@Override
			public long length() {
				return size;
			}

			@Override
			public SourceContent open() throws IOException {
				return new FileContent(path, false);
			}
		};
	}

	/** Bytes in memory, uploaded as {@code filename} ({@code null}: {@code "file"}). */
	public static UploadSource of(byte[] bytes, @Nullable String filename) {
		Arguments.notNull(bytes, "bytes");
		if (bytes.length == 0) {
			throw new IllegalArgumentException("Byte array to upload as '" + filename + "' is empty");
		}
		return new UploadSource(filename, null) {
			@Override
			public long length() {
				return bytes.length;
			}

			@Override
			public SourceContent open() {
				return new ArrayContent(bytes);
			}
		};
	}

	/**
	 * A stream of exactly {@code length} bytes, uploaded as {@code filename}. A stream
	 * that turns out shorter or longer fails the upload before it completes.
	 * {@code filename} may be {@code null} for {@code "file"}.
	 */
	public static UploadSource of(InputStream in, long length, @Nullable String filename) {
		Arguments.notNull(in, "in");
		if (length < 0) {
			throw new IllegalArgumentException("Declared length of stream '" + filename + "' is negative: " + length);
		}
		if (length == 0) {
			throw new IllegalArgumentException("Stream '" + filename + "' is declared empty");
		}
		return new OneShot(filename, null) {
			@Override
			public long length() {
				return length;
			}

			@Override
			SourceContent openOnce() {
				return new StreamContent(in, length, filename());
			}
		};
	}

	/**
	 * A stream of unknown length, uploaded as {@code filename}; spooled to a temporary
	 * file first; {@code filename} may be {@code null} for {@code "file"}.
	 */
	public static UploadSource of(InputStream in, @Nullable String filename) {
		Arguments.notNull(in, "in");
		return new OneShot(filename, null) {
			@Override
			public long length() {
				return -1;
			}

			@Override
			SourceContent openOnce() throws IOException {
				return spool(in, filename());
			}
		};
	}

	/** A file received by Spring MVC, with its original name and content type. */
	public static UploadSource of(MultipartFile file) {
		Arguments.notNull(file, "file");
		if (file.isEmpty()) {
			throw new IllegalArgumentException("Multipart file '" + file.getName() + "' is empty");
		}
		long size = file.getSize();
		String original = file.getOriginalFilename();
		String name = (original != null) ? original : file.getName();
		return new UploadSource(name, file.getContentType()) {
			@Override
			public long length() {
				return size;
			}

			@Override
			public SourceContent open() throws IOException {
				return new StreamContent(file.getInputStream(), size, filename());
			}
		};
	}

	/**
	 * A Spring {@link Resource}, uploaded under its {@linkplain Resource#getFilename()
	 * file name}. A resource that is a file is read by ranges like {@link #of(Path)}; an
	 * {@linkplain Resource#isOpen() open} resource (one whose stream can be read only
	 * once, such as an {@code InputStreamResource}) is a one-shot stream of unknown
	 * length, spooled like {@link #of(InputStream, String)}; any other resource (bytes,
	 * class path, URL) is read as a stream of its {@linkplain Resource#contentLength()
	 * content length}, and can be uploaded again.
	 * @throws IllegalArgumentException when the resource does not exist or is empty
	 * @throws java.io.UncheckedIOException when its length cannot be read
	 */
	public static UploadSource of(Resource resource) {
		Arguments.notNull(resource, "resource");
		if (!resource.exists()) {
			throw new IllegalArgumentException("Resource to upload does not exist: " + resource.getDescription());
		}
		String name = resource.getFilename();
		if (resource.isOpen()) {
			return new OneShot(name, null) {
				@Override
				public long length() {
					return -1;
				}

				@Override
				SourceContent openOnce() throws IOException {
					return spool(resource.getInputStream(), filename());
				}
			};
		}
		if (resource.isFile()) {
			try {
				return of(resource.getFile().toPath());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
			}
		}
		long size;
		try {
			size = resource.contentLength();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the length of " + resource.getDescription(), ex);
		}
		if (size == 0) {
			throw new IllegalArgumentException("Resource to upload is empty: " + resource.getDescription());
		}
		return new UploadSource(name, null) {
			@Override
			public long length() {
				return size;
			}

			@Override
			public SourceContent open() throws IOException {
				return new StreamContent(resource.getInputStream(), size, filename());
			}
		};
	}

	/** The name the file is uploaded under ({@code "file"} when none was given). */
	public String filename() {
		return filename;
	}

	/** The content type the source declares, or {@code null}. */
	public @Nullable String contentType() {
		return contentType;
	}

	/**
	 * Content type to send: {@code override}, else the source's, else guessed from
	 * {@code name}, else binary.
	 */
	public String resolveContentType(@Nullable String override, String name) {
		if (override != null && !override.isBlank()) {
			return override;
		}
		if (contentType != null) {
			return contentType;
		}
		String guessed = URLConnection.guessContentTypeFromName(Arguments.notNull(name, "name"));
		return guessed != null ? guessed : "application/octet-stream";
	}

	/** Exact length in bytes, or {@code -1} when unknown until read. */
	public abstract long length();

	/**
	 * Opens the bytes for one upload; the uploader closes the content when it is done. A
	 * stream source can be opened only once.
	 * @throws IOException when the source cannot be read
	 * @throws IllegalArgumentException when a stream source was opened before
	 */
	public abstract SourceContent open() throws IOException;

	@Override
	public String toString() {
		return "UploadSource[" + filename + (length() >= 0 ? ", " + length() + " bytes" : "") + "]";
	}

	/** Copies {@code in} to a temporary file deleted when the content is closed. */
	private static SourceContent spool(InputStream in, String name) throws IOException {
		Path spool = Files.createTempFile("uploadcare-", ".upload");
		try (in) {
			Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
			if (Files.size(spool) == 0) {
				throw new IllegalArgumentException("Stream '" + name + "' is empty");
			}
			return new FileContent(spool, true);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(spool);
			throw ex;
		}
	}

	private static long size(Path path) {
		try {
			return Files.size(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the size of " + path, ex);
		}
	}

	/** A source that can be opened only once (a stream). */
	private abstract static class OneShot extends UploadSource {

		private final AtomicBoolean opened = new AtomicBoolean();

		OneShot(@Nullable String filename, @Nullable String contentType) {
			super(filename, contentType);
		}

		@Override
		public final SourceContent open() throws IOException {
			if (!opened.compareAndSet(false, true)) {
				throw new IllegalArgumentException(
						"Stream '" + filename() + "' was already uploaded; a stream can be read only once");
			}
			return openOnce();
		}

		abstract SourceContent openOnce() throws IOException;

	}

}
