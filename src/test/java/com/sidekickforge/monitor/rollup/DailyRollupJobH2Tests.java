package com.sidekickforge.monitor.rollup;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;

class DailyRollupJobH2Tests extends DailyRollupJobTests {

	static final SourceAndStoreDatabases DATABASES = new SourceAndStoreDatabases(SourceDatabase.H2);

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
		return "jdbc:h2:mem:no-such-tenant;IFEXISTS=TRUE";
	}

}
