/** Forge Monitor's own events for the activity timeline (quota warnings, recoveries, ...), kept in the store. */
package com.sidekickforge.monitor.activity;
