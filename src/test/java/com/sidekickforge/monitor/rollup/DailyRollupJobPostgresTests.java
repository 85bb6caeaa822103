package com.sidekickforge.monitor.rollup;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.source.SourceDatabase;

class DailyRollupJobPostgresTests extends DailyRollupJobTests {

	static final RollupTestDatabases DATABASES = new RollupTestDatabases(SourceDatabase.POSTGRESQL);

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		DATABASES.register(registry);
	}

	@Override
	RollupTestDatabases databases() {
		return DATABASES;
	}

	@Override
	String unreachableUrl() {
		return DATABASES.platform.url().replaceFirst("/[a-z0-9_]+\\?", "/forge_no_such_tenant?");
	}

}
