package dev.ucare.boot.misplaced;

import dev.ucare.boot.autoconfigure.persistence.UploadcareStore;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A lifecycle annotation on an attribute that cannot refer to a file. */
@Entity
public class Counter {

	@Id
	@GeneratedValue
	private Long id;

	@UploadcareStore
	private Integer count;

	protected Counter() {
	}

	public Integer getCount() {
		return count;
	}

}
