package dev.ucare.archfixture.internal.files;

/** A capability's implementation. */
public final class FilesImplementation {

}
