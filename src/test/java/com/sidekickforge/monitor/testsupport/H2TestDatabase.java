package com.sidekickforge.monitor.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.source.SourceDatabase;

/** An in-memory H2 database in PostgreSQL mode, as the embedded default runs it; gone when closed. */
final class H2TestDatabase implements TestDatabase {

	private final String url;

	private final JdbcDataSource dataSource = new JdbcDataSource();

	private final List<TestDatabase> siblings = new ArrayList<>();

	H2TestDatabase(String name) {
		// DB_CLOSE_DELAY=-1 keeps it alive between connections until close() drops it.
		this.url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ForgeProperties.H2_POSTGRES_MODE
				+ ";DB_CLOSE_DELAY=-1";
		this.dataSource.setURL(this.url);
	}

	@Override
	public SourceDatabase kind() {
		return SourceDatabase.H2;
	}

	@Override
	public String url() {
		return this.url;
	}

	@Override
	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public TestDatabase sibling(String name) {
		TestDatabase sibling = new H2TestDatabase(name);
		this.siblings.add(sibling);
		return sibling;
	}

	@Override
	public void close() {
		this.siblings.forEach(TestDatabase::close);
		JdbcClient.create(this.dataSource).sql("SHUTDOWN").update();
	}

}
