/**
 * The report's model: what one scope and one period show ({@code MonitoringData} and its records), the period and
 * scope they are for, and how every output formats a figure. Renderers and charts read only these records.
 */
package com.sidekickforge.monitor.report.model;
