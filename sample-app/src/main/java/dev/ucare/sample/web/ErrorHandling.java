package dev.ucare.sample.web;

import dev.ucare.client.UploadcareException;
import dev.ucare.client.UploadcareInvalidRequestException;
import dev.ucare.client.UploadcareNotFoundException;
import dev.ucare.client.UploadcareUploadException;
import dev.ucare.sample.BadInputException;
import dev.ucare.sample.SampleMode;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns failures into a page with a plain message and the right status; stack traces go
 * to the log only.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final SampleMode mode;

	ErrorHandling(SampleMode mode) {
		this.mode = mode;
	}

	@ModelAttribute("mode")
	SampleMode mode() {
		return mode;
	}

	@ExceptionHandler(BadInputException.class)
	String badInput(BadInputException ex, Model model, HttpServletResponse response) {
		return checkInput(ex.getMessage(), model, response);
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	String missing(Exception ex, Model model, HttpServletResponse response) {
		String name = ex instanceof MissingServletRequestPartException part ? part.getRequestPartName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		String message = "files".equals(name) ? "Choose at least one file to upload: the upload was empty."
				: "The form field '" + name + "' is required.";
		return checkInput(message, model, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, Model model, HttpServletResponse response) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large",
				"The upload is larger than this app accepts (spring.servlet.multipart.max-file-size).", model,
				response);
	}

	@ExceptionHandler(MultipartException.class)
	String multipart(MultipartException ex, Model model, HttpServletResponse response) {
		return checkInput("The upload could not be read; choose a file and try again.", model, response);
	}

	@ExceptionHandler(UploadcareNotFoundException.class)
	String notFound(UploadcareNotFoundException ex, Model model, HttpServletResponse response) {
		String detail = describe(ex).replaceAll("[.\\s]+$", "");
		return problem(HttpStatus.NOT_FOUND, "Not found",
				"Uploadcare does not know it (" + detail + "): it may never have existed, or it was deleted.", model,
				response);
	}

	@ExceptionHandler(UploadcareInvalidRequestException.class)
	String invalid(UploadcareInvalidRequestException ex, Model model, HttpServletResponse response) {
		return problem(HttpStatus.BAD_REQUEST, "Uploadcare refused the request", describe(ex), model, response);
	}

	@ExceptionHandler(UploadcareUploadException.class)
	String upload(UploadcareUploadException ex, Model model, HttpServletResponse response) {
		log.warn("Upload failed (status {}, request id {}): {}", ex.status(), ex.requestId(), ex.getMessage());
		HttpStatus status = ex.status() >= 500 ? HttpStatus.BAD_GATEWAY : HttpStatus.BAD_REQUEST;
		return problem(status, "Upload failed", ex.getMessage(), model, response);
	}

	@ExceptionHandler(UploadcareException.class)
	String uploadcare(UploadcareException ex, Model model, HttpServletResponse response) {
		log.warn("Uploadcare call failed (status {}, request id {})", ex.status(), ex.requestId(), ex);
		HttpStatus status = ex.status() == 0 ? HttpStatus.BAD_GATEWAY
				: ex.status() >= 400 && ex.status() < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.BAD_GATEWAY;
		return problem(status, "Uploadcare call failed", describe(ex), model, response);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	String illegalArgument(IllegalArgumentException ex, Model model, HttpServletResponse response) {
		return checkInput(ex.getMessage(), model, response);
	}

	@ExceptionHandler(ResponseStatusException.class)
	String status(ResponseStatusException ex, Model model, HttpServletResponse response) {
		HttpStatusCode code = ex.getStatusCode();
		HttpStatus status = HttpStatus.resolve(code.value());
		return problem(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status,
				status == null ? "Error" : status.getReasonPhrase(), ex.getReason(), model, response);
	}

	private static String describe(UploadcareException ex) {
		String detail = ex.detail();
		return detail != null && !detail.isBlank() ? detail : ex.getMessage();
	}

	/** A 400 for input the user can correct. */
	private String checkInput(String message, Model model, HttpServletResponse response) {
		return problem(HttpStatus.BAD_REQUEST, "Please check your input", message, model, response);
	}

	private String problem(HttpStatus status, String title, String message, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("mode", mode);
		model.addAttribute("status", status.value());
		model.addAttribute("title", title);
		// not "message": the layout shows that one as a flash, so it would appear twice
		model.addAttribute("problemMessage", message);
		return "problem";
	}

}
