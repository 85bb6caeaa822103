/**
 * The dashboard page: the self-contained HTML snapshot and the live view's sections, rendered from the shared
 * templates, with the charts as inline SVG.
 */
package com.sidekickforge.monitor.report.html;
