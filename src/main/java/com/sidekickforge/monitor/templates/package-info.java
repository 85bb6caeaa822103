/**
 * The template engine shared by the dashboard's pages and the mails: Thymeleaf over {@code report-templates/},
 * with the jar's copies for anything missing. Infrastructure: it imports no feature of ours.
 */
package com.sidekickforge.monitor.templates;
