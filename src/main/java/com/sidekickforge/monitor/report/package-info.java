/**
 * Reports: the report job and service that read one recipient scope and one period ({@code read}), assemble it
 * into the model ({@code assembly}, {@code model}) and write it as exports, PDF and HTML ({@code export},
 * {@code pdf}, {@code html}); the live dashboard's answers come from the same path.
 */
package com.sidekickforge.monitor.report;
