package dev.ucare.client;

/** How REST API requests authenticate. */
public enum AuthScheme {

	/**
	 * {@code Authorization: Uploadcare <public key>:<HMAC-SHA1 signature>} with a
	 * {@code Date} header. The secret never leaves the process. The default.
	 */
	SIGNED,

	/**
	 * {@code Authorization: Uploadcare.Simple <public key>:<secret key>}. Sends the
	 * secret with every request; Uploadcare refuses it over plain HTTP.
	 */
	SIMPLE

}
