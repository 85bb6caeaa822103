package com.sidekickforge.monitor.templates;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders the templates of {@code report-templates/} (a designer's directory: {@code forge.templates-dir}),
 * falling back to the copies packaged in the jar for any template the directory does not have. Both HTML
 * (escaping every value) and text templates: the dashboard's pages and every mail are rendered here.
 */
public class TemplateRenderer {

	private final TemplateEngine html;

	private final TemplateEngine text;

	public TemplateRenderer(Path directory) {
		this.html = engine(directory, TemplateMode.HTML, ".html");
		this.text = engine(directory, TemplateMode.TEXT, ".txt");
	}

	/** Renders {@code <name>.html}. */
	public String html(String name, Map<String, Object> model) {
		return this.html.process(name, context(model));
	}

	/** Renders {@code <name>.html} into the writer as it goes: a large page is never held whole in memory. */
	public void html(String name, Map<String, Object> model, Writer writer) {
		this.html.process(name, context(model), writer);
	}

	/** Renders the fragment {@code th:fragment="<fragment>"} of {@code <name>.html} alone. */
	public String htmlFragment(String name, String fragment, Map<String, Object> model) {
		return this.html.process(name, Set.of(fragment), context(model));
	}

	/** Renders {@code <name>.txt}. */
	public String text(String name, Map<String, Object> model) {
		return this.text.process(name, context(model));
	}

	private static Context context(Map<String, Object> model) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariables(model);
		return context;
	}

	private static TemplateEngine engine(Path directory, TemplateMode mode, String suffix) {
		// Spring's engine: expressions in SpEL (plain Thymeleaf would need OGNL).
		SpringTemplateEngine engine = new SpringTemplateEngine();
		int order = 1;
		if (directory != null && Files.isDirectory(directory)) {
			FileTemplateResolver files = new FileTemplateResolver();
			files.setPrefix(directory.toAbsolutePath() + "/");
			files.setSuffix(suffix);
			files.setTemplateMode(mode);
			files.setCharacterEncoding("UTF-8");
			files.setCheckExistence(true);
			// A designer's edit shows within seconds, while a report run of many scopes parses each template once.
			files.setCacheable(true);
			files.setCacheTTLMs(5_000L);
			files.setOrder(order++);
			engine.addTemplateResolver(files);
		}
		ClassLoaderTemplateResolver packaged = new ClassLoaderTemplateResolver();
		packaged.setPrefix("report-templates/");
		packaged.setSuffix(suffix);
		packaged.setTemplateMode(mode);
		packaged.setCharacterEncoding("UTF-8");
		packaged.setOrder(order);
		engine.addTemplateResolver(packaged);
		return engine;
	}

}
