package com.sidekickforge.monitor.templates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.sidekickforge.monitor.config.ForgeProperties;

/** One renderer for pages and mails, over {@code forge.templates-dir}. */
@Configuration(proxyBeanMethods = false)
class TemplatesConfiguration {

	@Bean
	TemplateRenderer templateRenderer(ForgeProperties properties) {
		return new TemplateRenderer(properties.templatesDir());
	}

}
