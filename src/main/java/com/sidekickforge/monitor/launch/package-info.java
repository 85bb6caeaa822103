/**
 * What every command needs to run, shared by the product's commands ({@code cli}) and the data and benchmark
 * tools ({@code tools}): the arguments split into command and settings, the Spring application started for a
 * command, a client looked up by id or slug, progress on a terminal, usage errors and exit codes.
 */
package com.sidekickforge.monitor.launch;
