package com.sidekickforge.monitor.rollup;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.source.SourceDatabase;

class DailyRollupJobH2Tests extends DailyRollupJobTests {

	static final RollupTestDatabases DATABASES = new RollupTestDatabases(SourceDatabase.H2);

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
		return "jdbc:h2:mem:no-such-tenant;IFEXISTS=TRUE";
	}

}
