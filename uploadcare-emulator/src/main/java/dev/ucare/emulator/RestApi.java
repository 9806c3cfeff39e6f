package dev.ucare.emulator;

import java.io.IOException;
import java.util.regex.Matcher;

/** Assembles the REST API v0.7 routes; every route is authenticated. */
final class RestApi {

	/** A handler that receives the authenticated project. */
	@FunctionalInterface
	interface AuthedHandler {

		void handle(Call call, Matcher path, Project project) throws IOException;

	}

	/** Wraps handlers with authentication. */
	static final class Authed {

		private final RestAuth auth;

		Authed(RestAuth auth) {
			this.auth = auth;
		}

		Router.Handler wrap(AuthedHandler handler) {
			return (call, path) -> handler.handle(call, path, auth.authenticate(call));
		}

	}

	private RestApi() {
	}

	static Router router(Backend backend, FileJson json) {
		Router router = new Router();
		Authed authed = new Authed(new RestAuth(backend));
		new RestFiles(backend, json).routes(router, authed);
		new RestMetadata(backend).routes(router, authed);
		new RestGroups(backend, json).routes(router, authed);
		new RestWebhooks(backend).routes(router, authed);
		new RestConversions(backend, json).routes(router, authed);
		new RestAddons(backend).routes(router, authed);
		return router;
	}

}
