package dev.ucare.archfixture.internal;

/** Shared plumbing, used correctly. */
public final class Plumbing {

}
