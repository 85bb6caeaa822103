/**
 * Mail: messages composed from Thymeleaf templates ({@code report-templates/mail/}) with HTML and plain-text
 * alternatives and inline images, addresses checked against header injection, and sent by SMTP or written
 * as {@code .eml} files.
 */
package com.sidekickforge.monitor.mail;
