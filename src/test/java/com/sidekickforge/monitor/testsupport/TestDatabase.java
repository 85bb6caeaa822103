package com.sidekickforge.monitor.testsupport;

import javax.sql.DataSource;

import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * A database a test family owns: H2 in memory or a fresh PostgreSQL database, dropped on close.
 */
public interface TestDatabase extends AutoCloseable {

	SourceDatabase kind();

	String url();

	DataSource dataSource();

	/** Another database of the same kind (a tenant database, say), closed with this one. */
	TestDatabase sibling(String name);

	@Override
	void close();

	/** Opens a database of the kind: a fresh in-memory H2 one or a fresh PostgreSQL one. */
	static TestDatabase create(SourceDatabase kind, String name) {
		return (kind == SourceDatabase.H2) ? new H2TestDatabase(name) : PostgresServer.get().createDatabase(name);
	}

}
