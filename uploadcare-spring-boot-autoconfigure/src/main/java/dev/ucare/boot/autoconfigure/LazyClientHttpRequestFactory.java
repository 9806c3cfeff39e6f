package dev.ucare.boot.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Creates the underlying request factory (and its HTTP client, threads and pools) on the first request, so that
 * building the Uploadcare client costs next to nothing at start-up.
 */
final class LazyClientHttpRequestFactory implements ClientHttpRequestFactory {

    private final Supplier<ClientHttpRequestFactory> supplier;

    private volatile ClientHttpRequestFactory delegate;

    LazyClientHttpRequestFactory(Supplier<ClientHttpRequestFactory> supplier) {
        this.supplier = supplier;
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        ClientHttpRequestFactory factory = delegate;
        if (factory == null) {
            synchronized (this) {
                factory = delegate;
                if (factory == null) {
                    factory = supplier.get();
                    delegate = factory;
                }
            }
        }
        return factory.createRequest(uri, httpMethod);
    }
}
