package dev.ucare.client.upload;

/** Bytes already in memory. */
final class ArrayContent implements SourceContent {

	private final byte[] bytes;

	ArrayContent(byte[] bytes) {
		this.bytes = bytes;
	}

	@Override
	public long length() {
		return bytes.length;
	}

	@Override
	public Slice slice(long offset, long length) {
		return new Slice(length, out -> out.write(bytes, (int) offset, (int) length));
	}

	@Override
	public void close() {
	}

}
