package dev.ucare.sample.gallery;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The gallery's items (Spring Data JPA). */
public interface GalleryItems extends JpaRepository<GalleryItem, Long> {

	/** The latest items first. */
	List<GalleryItem> findTop20ByOrderByAddedDescIdDesc();

}
