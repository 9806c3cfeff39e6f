package dev.ucare.boot.autoconfigure;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.ucare.client.Store;
import dev.ucare.client.files.FileInfo;
import dev.ucare.client.groups.GroupInfo;
import dev.ucare.client.upload.UploadOperations;
import dev.ucare.client.upload.UploadOptions;
import dev.ucare.client.upload.UploadSource;
import dev.ucare.client.upload.UrlUploadOptions;
import dev.ucare.client.upload.UrlUploadStatus;

import org.springframework.web.multipart.MultipartFile;

/**
 * Applies {@code uploadcare.store} to uploads made without explicit {@link UploadOptions}; explicit options are sent
 * as given.
 */
final class DefaultStoreUploadOperations implements UploadOperations {

    private final UploadOperations delegate;

    private final UploadOptions defaults;

    DefaultStoreUploadOperations(UploadOperations delegate, Store store) {
        this.delegate = delegate;
        this.defaults = UploadOptions.builder().store(store).build();
    }

    static UploadOperations of(UploadOperations delegate, Store store) {
        return (store == null || store == Store.AUTO) ? delegate : new DefaultStoreUploadOperations(delegate, store);
    }

    @Override
    public FileInfo upload(UploadSource source, UploadOptions options) {
        return delegate.upload(source, options);
    }

    @Override
    public FileInfo upload(UploadSource source) {
        return delegate.upload(source, defaults);
    }

    @Override
    public FileInfo upload(Path path) {
        return delegate.upload(path, defaults);
    }

    @Override
    public FileInfo upload(byte[] bytes) {
        return delegate.upload(bytes, defaults);
    }

    @Override
    public FileInfo upload(InputStream in) {
        return delegate.upload(in, defaults);
    }

    @Override
    public FileInfo upload(MultipartFile file) {
        return delegate.upload(file, defaults);
    }

    @Override
    public FileInfo upload(URI url) {
        return delegate.upload(url, defaults);
    }

    @Override
    public CompletableFuture<FileInfo> uploadAsync(UploadSource source, UploadOptions options) {
        return delegate.uploadAsync(source, options);
    }

    @Override
    public List<FileInfo> uploadAll(List<UploadSource> sources, UploadOptions options) {
        return delegate.uploadAll(sources, options);
    }

    @Override
    public List<FileInfo> uploadAll(List<UploadSource> sources) {
        return delegate.uploadAll(sources, defaults);
    }

    @Override
    public String startFromUrl(URI url, UrlUploadOptions options) {
        return delegate.startFromUrl(url, options);
    }

    @Override
    public UrlUploadStatus fromUrlStatus(String token) {
        return delegate.fromUrlStatus(token);
    }

    @Override
    public FileInfo fromUrl(URI url, UrlUploadOptions options) {
        return delegate.fromUrl(url, options);
    }

    @Override
    public CompletableFuture<FileInfo> fromUrlAsync(URI url, UrlUploadOptions options) {
        return delegate.fromUrlAsync(url, options);
    }

    @Override
    public FileInfo info(String uuid) {
        return delegate.info(uuid);
    }

    @Override
    public GroupInfo createGroup(List<String> files) {
        return delegate.createGroup(files);
    }

    @Override
    public GroupInfo groupInfo(String groupId) {
        return delegate.groupInfo(groupId);
    }

    @Override
    public String toString() {
        return "DefaultStoreUploadOperations[store=" + defaults.store() + ", " + delegate + "]";
    }
}
