package dev.ucare.emulator.rest;

import java.io.IOException;
import java.util.regex.Matcher;

import dev.ucare.emulator.Project;
import dev.ucare.emulator.http.Call;
import dev.ucare.emulator.http.Router;
import dev.ucare.emulator.state.Backend;
import dev.ucare.emulator.state.FileJson;

/** Assembles the REST API v0.7 routes; every route is authenticated. */
public final class RestApi {

	/** A handler that receives the authenticated project. */
	@FunctionalInterface
	public interface AuthedHandler {

		public void handle(Call call, Matcher path, Project project) throws IOException;

	}

	/** Wraps handlers with authentication. */
	public static final class Authed {

		private final RestAuth auth;

		public Authed(RestAuth auth) {
			this.auth = auth;
		}

		public Router.Handler wrap(AuthedHandler handler) {
			return (call, path) -> handler.handle(call, path, auth.authenticate(call));
		}

	}

	private RestApi() {
	}

	public static Router router(Backend backend, FileJson json) {
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
