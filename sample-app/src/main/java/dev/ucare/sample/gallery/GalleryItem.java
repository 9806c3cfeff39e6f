package dev.ucare.sample.gallery;

import java.time.Instant;

import dev.ucare.boot.autoconfigure.persistence.UploadcareDeleteOnRemove;
import dev.ucare.boot.autoconfigure.persistence.UploadcareStore;
import dev.ucare.client.reference.FileReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * A picture of the gallery: what the browser upload form accepts, kept in the database.
 * The picture is a {@link FileReference} column (its CDN URL, effects included); the
 * starter stores the file once the transaction that saved the item commits, and deletes
 * it once a transaction that removed the item commits.
 */
@Entity
public class GalleryItem {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false, length = 100)
	private String title;

	@UploadcareStore
	@UploadcareDeleteOnRemove
	@Column(nullable = false, length = 1024)
	private FileReference picture;

	@Column(nullable = false)
	private Instant added;

	protected GalleryItem() {
	}

	public GalleryItem(String title, FileReference picture) {
		this.title = title;
		this.picture = picture;
		this.added = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public FileReference getPicture() {
		return picture;
	}

	public Instant getAdded() {
		return added;
	}

}
