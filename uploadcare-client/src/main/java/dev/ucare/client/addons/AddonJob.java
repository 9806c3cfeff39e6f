package dev.ucare.client.addons;

/**
 * An add-on execution accepted by the server.
 *
 * @param addon the add-on
 * @param requestId the id to ask {@code status} about
 */
public record AddonJob(Addon addon, String requestId) {
}
