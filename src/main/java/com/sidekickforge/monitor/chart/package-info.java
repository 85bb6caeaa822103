/**
 * Every chart Forge Monitor shows, drawn with JFreeChart by one piece of code, so the mail's PNG, the PDF's
 * vectors and the dashboard's SVG are the same chart.
 */
package com.sidekickforge.monitor.chart;
