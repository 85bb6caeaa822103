package com.sidekickforge.monitor.config;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The two data sources every run needs: the own store (primary: Flyway, Spring Batch and Quartz use it)
 * and the platform database, which is only read.
 */
@Configuration(proxyBeanMethods = false)
class DataSourcesConfiguration {

	@Bean
	@Primary
	DataSource storeDataSource(ForgeProperties properties) {
		return pool("forge-store", properties.storeUrl(), properties.store(), 8);
	}

	@Bean(defaultCandidate = false)
	@PlatformDatabase
	DataSource platformDataSource(ForgeProperties properties) {
		return pool("forge-platform", properties.platformUrl(), properties.platform(), 4);
	}

	private static HikariDataSource pool(String name, String url, ForgeProperties.Database database, int size) {
		HikariDataSource pool = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(url)
			.username(database.username())
			.password(database.password())
			.build();
		pool.setPoolName(name);
		pool.setMaximumPoolSize(size);
		pool.setMinimumIdle(0);
		return pool;
	}

}
