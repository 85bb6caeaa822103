package com.sidekickforge.monitor.alert;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;

class QuotaAlertsH2Tests extends QuotaAlertsTests {

	static final TestBed BED = new TestBed(new SourceAndStoreDatabases(SourceDatabase.H2));

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		BED.register(registry);
	}

	@Override
	TestBed bed() {
		return BED;
	}

}
