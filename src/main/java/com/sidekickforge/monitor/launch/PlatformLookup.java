package com.sidekickforge.monitor.launch;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.PlatformClients;

/** What commands look up in the platform database: the data source, and a client by id or slug. */
public final class PlatformLookup {

	private PlatformLookup() {
	}

	/** The {@link com.sidekickforge.monitor.config.PlatformDatabase} data source (a plain DataSource is the store). */
	public static DataSource dataSource(ConfigurableApplicationContext context) {
		return context.getBean("platformDataSource", DataSource.class);
	}

	/**
	 * The client a command-line reference names; a usage error naming the option and what it takes when
	 * there is none.
	 */
	public static ClientIdentity client(ConfigurableApplicationContext context, String reference, String option,
			String expected) {
		return new PlatformClients(dataSource(context)).find(reference)
			.orElseThrow(() -> new UsageException(option + ": no client '" + reference
					+ "' in the platform database (expected " + expected + ")"));
	}

}
