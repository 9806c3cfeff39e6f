/**
 * The Upload API (internal): {@code /base/}, multipart start, part PUTs and complete,
 * {@code /from_url/} and its status, {@code /info/}, {@code /group/} and
 * {@code /group/info/}, with signed-upload and metadata rules ({@code UploadRules}).
 */
@NullMarked
package dev.ucare.emulator.upload;

import org.jspecify.annotations.NullMarked;
