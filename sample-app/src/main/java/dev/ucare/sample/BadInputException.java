package dev.ucare.sample;

/** Input the user can fix (shown as a 400 page with this message). */
public class BadInputException extends RuntimeException {

	public BadInputException(String message) {
		super(message);
	}

}
