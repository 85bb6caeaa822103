/**
 * What {@code serve} tells operators about itself through the Actuator: health of every database it reads or
 * writes, and Prometheus metrics of job runs, alerts and the outbox.
 */
package com.sidekickforge.monitor.observe;
