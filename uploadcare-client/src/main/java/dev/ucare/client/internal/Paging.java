package dev.ucare.client.internal;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.ucare.client.Page;

import tools.jackson.core.type.TypeReference;

/** Lazy streams over cursor-paginated lists: a page is fetched only when the previous one is used up. */
public final class Paging {

    private Paging() {
    }

    public static <T> Stream<T> stream(RestTransport rest, RestRequest first, TypeReference<Page<T>> type) {
        return StreamSupport.stream(new PageSpliterator<>(rest, first, type), false);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

        private final RestTransport rest;

        private final TypeReference<Page<T>> type;

        private RestRequest nextRequest;

        private Iterator<T> current = java.util.Collections.emptyIterator();

        PageSpliterator(RestTransport rest, RestRequest first, TypeReference<Page<T>> type) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.rest = rest;
            this.type = type;
            this.nextRequest = first;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (!current.hasNext()) {
                if (nextRequest == null) {
                    return false;
                }
                Page<T> page = rest.send(nextRequest, type);
                current = page.results().iterator();
                nextRequest = page.hasNext() ? RestTransport.followLink(page.next()) : null;
            }
            action.accept(current.next());
            return true;
        }
    }
}
