package dev.ucare.boot.entities;

import dev.ucare.boot.autoconfigure.persistence.UploadcareDeleteOnRemove;
import dev.ucare.boot.autoconfigure.persistence.UploadcareStore;
import dev.ucare.client.reference.FileReference;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A plain {@code String} column managed by the lifecycle (properties on getters), and a
 * banner of the "marketing" project.
 */
@Entity
public class Attachment {

	private Long id;

	private String file;

	private FileReference banner;

	protected Attachment() {
	}

	public Attachment(String file, FileReference banner) {
		this.file = file;
		this.banner = banner;
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	@UploadcareStore
	@UploadcareDeleteOnRemove
	public String getFile() {
		return file;
	}

	public void setFile(String file) {
		this.file = file;
	}

	@UploadcareStore(project = "marketing")
	public FileReference getBanner() {
		return banner;
	}

	public void setBanner(FileReference banner) {
		this.banner = banner;
	}

}
