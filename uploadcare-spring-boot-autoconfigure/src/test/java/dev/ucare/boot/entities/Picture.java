package dev.ucare.boot.entities;

import dev.ucare.boot.autoconfigure.persistence.UploadcareDeleteOnRemove;
import dev.ucare.boot.autoconfigure.persistence.UploadcareStore;
import dev.ucare.client.reference.FileReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A picture: its image is stored after commit and deleted with the entity or when
 * replaced; its thumbnail is only stored.
 */
@Entity
public class Picture {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String title;

	@UploadcareStore
	@UploadcareDeleteOnRemove
	@Column(length = 1024)
	private FileReference image;

	@UploadcareStore
	@Column(length = 1024)
	private FileReference thumbnail;

	protected Picture() {
	}

	public Picture(String title, FileReference image) {
		this.title = title;
		this.image = image;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public FileReference getImage() {
		return image;
	}

	public void setImage(FileReference image) {
		this.image = image;
	}

	public FileReference getThumbnail() {
		return thumbnail;
	}

	public void setThumbnail(FileReference thumbnail) {
		this.thumbnail = thumbnail;
	}

}
