/**
 * Runs the batch jobs by name, for every entry point alike: starts a new run, restarts a failed one
 * where it stopped, reruns a completed one, and reports how it went.
 */
package com.sidekickforge.monitor.run;
