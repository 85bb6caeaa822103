package com.sidekickforge.monitor.report.html;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An SVG from JFreeSVG with its inline styles moved into one style element of its own: JFreeSVG writes the whole
 * style on every element (a chart's hundred grid lines and segments share half a dozen styles), which was a fifth
 * of a dashboard page. Each distinct style becomes a class scoped to the SVG's id, so the SVG stays self-contained
 * (a refreshed section of the live page brings its own rules) and two SVGs of one page never share a name.
 */
final class SvgStyleClasses {

	private static final String STYLE = " style='";

	private SvgStyleClasses() {
	}

	/**
	 * @param svg one {@code <svg id='...'>} element as JFreeSVG wrote it
	 * @param id its id
	 * @param seriesColours colours of series the page toggles: an element drawn in one gets {@code data-series} with
	 * that colour, so the page finds a series' elements without reading styles
	 * @param dropped an attribute (with its leading space) left out wherever it appears, or null: done in the same
	 * pass, as the SVG is hundreds of elements long
	 */
	static String apply(String svg, String id, Iterable<String> seriesColours, String dropped) {
		// Each distinct style once: its class (c0, c1, ... in order of appearance) and its series, if any.
		Map<String, String> attributes = new LinkedHashMap<>();
		StringBuilder out = new StringBuilder(svg.length() / 2);
		// indexOf, not a regular expression: a chart's text is scanned once, at the speed of a string search.
		int nextStyle = svg.indexOf(STYLE);
		int nextDropped = (dropped == null) ? -1 : svg.indexOf(dropped);
		int from = 0;
		while (nextStyle >= 0 || nextDropped >= 0) {
			if (nextDropped >= 0 && (nextStyle < 0 || nextDropped < nextStyle)) {
				out.append(svg, from, nextDropped);
				from = nextDropped + dropped.length();
				nextDropped = svg.indexOf(dropped, from);
				continue;
			}
			int valueStart = nextStyle + STYLE.length();
			int valueEnd = svg.indexOf('\'', valueStart);
			if (valueEnd < 0) {
				break;
			}
			String attribute = attributes.computeIfAbsent(svg.substring(valueStart, valueEnd), (declarations) -> {
				String series = seriesOf(declarations, seriesColours);
				return " class='c" + attributes.size() + "'" + ((series == null) ? "" : " data-series='" + series + "'");
			});
			out.append(svg, from, nextStyle).append(attribute);
			from = valueEnd + 1;
			nextStyle = svg.indexOf(STYLE, from);
			if (nextDropped >= 0 && nextDropped < from) {
				nextDropped = svg.indexOf(dropped, from);
			}
		}
		out.append(svg, from, svg.length());
		if (attributes.isEmpty()) {
			return out.toString();
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
