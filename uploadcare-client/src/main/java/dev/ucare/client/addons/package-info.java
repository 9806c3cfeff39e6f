/**
 * Add-ons (AWS Rekognition labels and moderation labels, ClamAV, remove.bg): executing
 * them, their status, and the typed view of their results in a file's {@code appdata}.
 */
@NullMarked
package dev.ucare.client.addons;

import org.jspecify.annotations.NullMarked;
