package dev.ucare.emulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps method + path regex to handlers. */
final class Router {

	/** Handles a routed call; {@code path} holds the regex groups of the matched path. */
	@FunctionalInterface
	interface Handler {

		void handle(Call call, Matcher path) throws IOException;

	}

	private record Route(String method, Pattern pattern, Handler handler) {
	}

	private final List<Route> routes = new ArrayList<>();

	Router on(String method, String regex, Handler handler) {
		routes.add(new Route(method, Pattern.compile(regex), handler));
		return this;
	}

	void dispatch(Call call) throws IOException {
		boolean pathMatched = false;
		for (Route route : routes) {
			Matcher m = route.pattern.matcher(call.path());
			if (m.matches()) {
				pathMatched = true;
				if (route.method.equals(call.method())) {
					route.handler.handle(call, m);
					return;
				}
			}
		}
		if (pathMatched) {
			throw new ApiError(405, "Method \"" + call.method() + "\" not allowed.");
		}
		throw ApiError.notFound();
	}

}
