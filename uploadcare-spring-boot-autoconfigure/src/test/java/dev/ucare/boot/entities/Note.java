package dev.ucare.boot.entities;

import dev.ucare.client.reference.FileReference;
import dev.ucare.client.reference.GroupReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** References without lifecycle annotations: the converters alone. */
@Entity
public class Note {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Column(length = 2048)
	private FileReference file;

	private GroupReference photos;

	protected Note() {
	}

	public Note(FileReference file, GroupReference photos) {
		this.file = file;
		this.photos = photos;
	}

	public Long getId() {
		return id;
	}

	public FileReference getFile() {
		return file;
	}

	public GroupReference getPhotos() {
		return photos;
	}

}
