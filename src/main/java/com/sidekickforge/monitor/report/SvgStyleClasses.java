package com.sidekickforge.monitor.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG from JFreeSVG with its inline styles moved into one style element of its own: JFreeSVG writes the whole
 * style on every element (a chart's hundred grid lines and segments share half a dozen styles), which was a fifth
 * of a dashboard page. Each distinct style becomes a class scoped to the SVG's id, so the SVG stays self-contained
 * (a refreshed section of the live page brings its own rules) and two SVGs of one page never share a name.
 */
final class SvgStyleClasses {

	private static final Pattern STYLE = Pattern.compile(" style='([^']*)'");

	private SvgStyleClasses() {
	}

	/**
	 * @param svg one {@code <svg id='...'>} element as JFreeSVG wrote it
	 * @param id its id
	 * @param seriesColours colours of series the page toggles: an element drawn in one gets {@code data-series} with
	 * that colour, so the page finds a series' elements without reading styles
	 */
	static String apply(String svg, String id, Iterable<String> seriesColours) {
		// Each distinct style once: its class (c0, c1, ... in order of appearance) and its series, if any.
		Map<String, String> attributes = new LinkedHashMap<>();
		StringBuilder out = new StringBuilder(svg.length() / 2);
		Matcher style = STYLE.matcher(svg);
		while (style.find()) {
			String attribute = attributes.computeIfAbsent(style.group(1), (declarations) -> {
				String series = seriesOf(declarations, seriesColours);
				return " class='c" + attributes.size() + "'" + ((series == null) ? "" : " data-series='" + series + "'");
			});
			style.appendReplacement(out, Matcher.quoteReplacement(attribute));
		}
		style.appendTail(out);
		if (attributes.isEmpty()) {
			return svg;
		}
		StringBuilder rules = new StringBuilder("<style>");
		int name = 0;
		for (String declarations : attributes.keySet()) {
			rules.append('#').append(id).append(" .c").append(name++).append('{').append(declarations).append('}');
		}
		rules.append("</style>");
		int openingEnd = out.indexOf(">") + 1;
		return out.insert(openingEnd, rules).toString();
	}

	private static String seriesOf(String declarations, Iterable<String> colours) {
		String compact = declarations.replace(" ", "");
		for (String colour : colours) {
			if (compact.contains("stroke:" + colour) || compact.contains("fill:" + colour)) {
				return colour;
			}
		}
		return null;
	}

}
