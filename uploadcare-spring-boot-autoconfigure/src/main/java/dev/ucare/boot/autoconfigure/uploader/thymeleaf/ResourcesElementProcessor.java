package dev.ucare.boot.autoconfigure.uploader.thymeleaf;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.ucare.boot.autoconfigure.uploader.UploaderConfig;
import dev.ucare.boot.autoconfigure.uploader.UploaderSolution;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;
import org.unbescape.javascript.JavaScriptEscape;

/**
 * {@code <ucare:resources/>}: the uploader's stylesheet(s) and the module script. Extra
 * solutions used by per-field overrides go in {@code solutions="inline,minimal"}.
 */
final class ResourcesElementProcessor extends AbstractElementTagProcessor {

	/** The script run once the File Uploader's module is loaded. */
	static final String GLUE = """
			UC.defineComponents(UC);
			const providers = (ctx) => document.querySelector('uc-upload-ctx-provider[ctx-name="' + ctx + '"]');
			for (const config of document.querySelectorAll('uc-config[data-ucare-signature-url]')) {
			  config.secureUploadsSignatureResolver = async () => {
			    const headers = { 'Accept': 'application/json' };
			    if (config.dataset.ucareCsrfHeader) headers[config.dataset.ucareCsrfHeader] = config.dataset.ucareCsrfToken;
			    const response = await fetch(config.dataset.ucareSignatureUrl,
			        { method: 'POST', headers: headers, credentials: 'same-origin' });
			    if (!response.ok) {
			      console.error('Uploadcare: no upload signature (' + response.status + ')', await response.text());
			      return null;
			    }
			    const body = await response.json();
			    return { secureSignature: body.signature, secureExpire: String(body.expire) };
			  };
			}
			for (const config of document.querySelectorAll('uc-config[data-ucare-metadata]')) {
			  config.metadata = JSON.parse(config.dataset.ucareMetadata);
			}
			for (const wrapper of document.querySelectorAll('[data-ucare-uploader]')) {
			  const ctx = wrapper.dataset.ucareUploader;
			  const fallback = wrapper.querySelector('input[data-ucare-fallback]');
			  const provider = providers(ctx);
			  if (fallback && wrapper.dataset.ucarePrefill) {
			    try {
			      provider.getAPI().addFileFromCdnUrl(fallback.value);
			      wrapper.dataset.ucarePrefilled = 'true';
			    } catch (e) {
			      console.warn('Uploadcare: could not show the current file', e);
			    }
			  }
			  const form = wrapper.closest('form');
			  if (form) {
			    // post the uploader's value when it has one; the current value when the uploader was
			    // left alone (or could not show it); nothing when the shown current file was removed
			    form.addEventListener('submit', () => {
			      const kept = wrapper.querySelector('input[data-ucare-fallback]');
			      if (!kept) return;
			      const inputs = Array.from(wrapper.querySelectorAll('uc-form-input input'));
			      const entries = provider.getAPI().getOutputCollectionState().allEntries.length;
			      if (inputs.some(i => i.value) || (entries === 0 && wrapper.dataset.ucarePrefilled)) {
			        kept.remove();
			      } else {
			        for (const input of inputs) input.disabled = true;
			      }
			    }, true);
			  }
			}
			document.documentElement.dataset.ucareReady = 'true';
			""";

	private final UploaderConfig config;

	ResourcesElementProcessor(String prefix, UploaderConfig config) {
		super(TemplateMode.HTML, prefix, "resources", true, null, false, 1000);
		this.config = config;
	}

	@Override
	protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
			IElementTagStructureHandler structureHandler) {
		Set<String> stylesheets = new LinkedHashSet<>();
		stylesheets.add(config.stylesheetUrl());
		String solutions = tag.getAttributeValue("solutions");
		if (solutions != null && !solutions.isBlank()) {
			for (String solution : solutions.split("\\s*,\\s*")) {
				stylesheets.add(config.with("solution", UploaderSolution.of(solution).name()).stylesheetUrl());
			}
		}
		IModelFactory factory = context.getModelFactory();
		IModel model = factory.createModel();
		for (String stylesheet : stylesheets) {
			Map<String, String> link = new LinkedHashMap<>();
			link.put("rel", "stylesheet");
			link.put("href", HtmlEscape.escapeHtml4Xml(stylesheet));
			model.add(factory.createStandaloneElementTag("link", link, null, false, false));
			model.add(factory.createText("\n"));
		}
		model.add(factory.createOpenElementTag("script", Map.of("type", "module"), null, false));
		String script = JavaScriptEscape.escapeJavaScript(config.scriptUrl());
		model.add(factory.createText("\nimport * as UC from '" + script + "';\n" + GLUE));
		model.add(factory.createCloseElementTag("script"));
		structureHandler.replaceWith(model, false);
	}

}
