package dev.ucare.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of the Uploadcare client.
 *
 * <p>
 * {@link #CLIENT_OPERATION}: one call of a client method, named
 * {@code uploadcare.client.operation}, from the call until its result or failure (for the
 * asynchronous forms, until their future completes). An operation carried out with other
 * operations has them as child observations: {@code conversions.convertAndWait} has
 * {@code conversions.convert}, each status poll and the final {@code files.get};
 * {@code uploads.upload} of a large source has one {@code uploads.part} per multipart
 * part; {@code uploads.uploadAll} has one {@code uploads.upload} per source. The HTTP
 * exchanges made for an operation ({@code http.client.requests} of Spring's
 * {@code RestClient}, one per attempt) are children of the innermost operation. With
 * Micrometer Tracing each of them is a span.
 */
public enum UploadcareObservationDocumentation implements ObservationDocumentation {

	/** One call of a client operation. */
	CLIENT_OPERATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultUploadcareObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * Keys with few values, on metrics and spans; every observation carries all of them.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The client method, {@code <service>.<method>}: {@code files.get},
		 * {@code uploads.upload}, {@code conversions.convertAndWait}, ... The
		 * asynchronous forms are observed as their blocking form
		 * ({@code uploads.uploadAsync} as {@code uploads.upload}); one part of a
		 * multipart upload is {@code uploads.part}.
		 */
		OPERATION {
			@Override
			public String asString() {
				return "operation";
			}
		},

		/** {@code success}, or {@code failure} when the operation threw. */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/**
		 * Class of the HTTP status of the operation's last answer, or of its failure:
		 * {@code 2xx}, {@code 4xx}, {@code 5xx}...; {@code none} when no answer came
		 * (network failure, a request refused before it was sent).
		 */
		STATUS {
			@Override
			public String asString() {
				return "status";
			}
		},

		/** Simple class name of the exception thrown, or {@code none}. */
		EXCEPTION {
			@Override
			public String asString() {
				return "exception";
			}
		},

		/**
		 * The project: the name given to the client's builder
		 * ({@code projectName(String)}), by default its public key.
		 */
		PROJECT {
			@Override
			public String asString() {
				return "project";
			}
		}

	}

	/**
	 * Keys with many values, on spans only (never on metrics); each is present only when
	 * known.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/** UUID of the file the operation was about, or made. */
		FILE_UUID {
			@Override
			public String asString() {
				return "file.uuid";
			}
		},

		/** Id of the group the operation was about, or made. */
		GROUP_ID {
			@Override
			public String asString() {
				return "group.id";
			}
		},

		/**
		 * Server-side job: conversion token, add-on request id, from-URL token.
		 */
		JOB_ID {
			@Override
			public String asString() {
				return "job.id";
			}
		},

		/**
		 * Uploadcare's {@code X-Uploadcare-Request-Id} of the operation's last answer.
		 */
		REQUEST_ID {
			@Override
			public String asString() {
				return "request.id";
			}
		},

		/** Number of the part, from 1, for {@code uploads.part}. */
		PART_NUMBER {
			@Override
			public String asString() {
				return "part.number";
			}
		}

	}

}
