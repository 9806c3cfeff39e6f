package dev.ucare.client.testing;

import java.util.List;

/**
 * A VCR cassette: the ordered interactions recorded by one test of the Python SDK.
 *
 * @param name file name without {@code .yaml}, e.g. {@code test_multipart_upload}
 * @param interactions interactions in recorded order
 */
public record Recording(String name, List<Interaction> interactions) {

	public Recording {
		interactions = List.copyOf(interactions);
	}

	/** The interaction at {@code index}. */
	public Interaction interaction(int index) {
		return interactions.get(index);
	}

	/** Number of interactions. */
	public int size() {
		return interactions.size();
	}
}
