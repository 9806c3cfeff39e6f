package dev.ucare.emulator;

/**
 * A project (key pair) known to the emulator.
 *
 * @param id numeric project id, as in webhook objects
 * @param publicKey public key
 * @param secretKey secret key
 * @param name project name
 * @param autostoreEnabled whether {@code UPLOADCARE_STORE=auto} (and no store value)
 * stores files
 */
public record Project(long id, String publicKey, String secretKey, String name, boolean autostoreEnabled) {
}
