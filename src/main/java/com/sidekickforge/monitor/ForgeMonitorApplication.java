package com.sidekickforge.monitor;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring application behind every command that needs the databases: settings, data sources, the
 * own store's migrations and the features' beans.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ForgeMonitorApplication {

}
