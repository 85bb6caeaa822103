package com.sidekickforge.monitor.partition;

import java.lang.management.ManagementFactory;

import org.springframework.stereotype.Component;

/**
 * This process's name among the nodes taking partitions: {@code serve} names it after its scheduler instance, any
 * other command after its process ({@code run-<pid>@<host>}).
 */
@Component
public class LocalNode {

	private volatile String name = "run-" + ManagementFactory.getRuntimeMXBean().getName();

	public String name() {
		return this.name;
	}

	/** Called once by {@code serve}, before it takes partitions or runs jobs. */
	public void nameAs(String node) {
		this.name = node;
	}

}
