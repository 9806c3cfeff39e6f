package dev.ucare.emulator.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps method + path regex to handlers. */
public final class Router {

	/** Handles a routed call; {@code path} holds the regex groups of the matched path. */
	@FunctionalInterface
	public interface Handler {

		public void handle(Call call, Matcher path) throws IOException;

	}

	private record Route(String method, Pattern pattern, Handler handler) {
	}

	private final List<Route> routes = new ArrayList<>();

	public Router on(String method, String regex, Handler handler) {
		routes.add(new Route(method, Pattern.compile(regex), handler));
		return this;
	}

	/**
	 * @return the methods routed for {@code path} (empty when no route matches it)
	 */
	public Set<String> methodsFor(String path) {
		Set<String> methods = new LinkedHashSet<>();
		for (Route route : routes) {
			if (route.pattern.matcher(path).matches()) {
				methods.add(route.method);
			}
		}
		return methods;
	}

	/**
	 * @return every method routed on any path
	 */
	public Set<String> allMethods() {
		Set<String> methods = new LinkedHashSet<>();
		routes.forEach(route -> methods.add(route.method));
		return methods;
	}

	public void dispatch(Call call) throws IOException {
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
