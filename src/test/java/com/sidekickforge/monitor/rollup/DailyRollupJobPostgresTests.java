package com.sidekickforge.monitor.rollup;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;

class DailyRollupJobPostgresTests extends DailyRollupJobTests {

	static final SourceAndStoreDatabases DATABASES = new SourceAndStoreDatabases(SourceDatabase.POSTGRESQL);

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		DATABASES.register(registry);
	}

	@Override
	SourceAndStoreDatabases databases() {
		return DATABASES;
	}

	@Override
	String unreachableUrl() {
		return DATABASES.platform.url().replaceFirst("/[a-z0-9_]+\\?", "/forge_no_such_tenant?");
	}

}
