package dev.ucare.boot.entities;

import dev.ucare.boot.autoconfigure.persistence.UploadcareDeleteOnRemove;
import dev.ucare.boot.autoconfigure.persistence.UploadcareStore;
import dev.ucare.client.reference.GroupReference;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An album: a group of files, stored after commit and deleted with the entity. */
@Entity
public class Album {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@UploadcareStore
	@UploadcareDeleteOnRemove
	private GroupReference photos;

	protected Album() {
	}

	public Album(GroupReference photos) {
		this.photos = photos;
	}

	public Long getId() {
		return id;
	}

	public GroupReference getPhotos() {
		return photos;
	}

}
