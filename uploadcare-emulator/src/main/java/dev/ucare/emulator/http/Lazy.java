package dev.ucare.emulator.http;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value created on first use, once, thread-safely: keeps costly objects off the
 * emulator's start-up.
 */
public final class Lazy<T> implements Supplier<T> {

	private final Supplier<T> factory;

	private volatile @Nullable T value;

	private Lazy(Supplier<T> factory) {
		this.factory = factory;
	}

	public static <T> Lazy<T> of(Supplier<T> factory) {
		return new Lazy<>(factory);
	}

	@Override
	public T get() {
		T current = value;
		if (current == null) {
			synchronized (this) {
				current = value;
				if (current == null) {
					current = factory.get();
					value = current;
				}
			}
		}
		return current;
	}

}
