package com.sidekickforge.monitor.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The process running a job execution, as kept in its execution context: enough for another process on the same
 * machine to tell for certain whether it is still alive.
 *
 * @param host the machine's name
 * @param namespace the process id namespace ({@code /proc/self/ns/pid}): containers sharing a host name do not share
 * it, so a process id means the same process only when it matches; empty where there is none
 * @param pid the process id
 * @param started when the process started: a process id used again by a later process is not taken for it
 */
record RunOwner(String host, String namespace, long pid, Instant started) {

	/** The key under which a job execution's context keeps its owner. */
	static final String KEY = "forge.owner";

	/** This process. */
	static RunOwner current() {
		String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
		ProcessHandle self = ProcessHandle.current();
		return new RunOwner(name.substring(name.indexOf('@') + 1), pidNamespace(), self.pid(),
				self.info().startInstant().orElse(Instant.EPOCH));
	}

	/** As kept: {@code <pid> <started> <namespace> <host>} (the host last: it is the only part that may hold spaces). */
	@Override
	public String toString() {
		return this.pid + " " + this.started + " " + (this.namespace.isEmpty() ? "-" : this.namespace) + " " + this.host;
	}

	static Optional<RunOwner> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String[] parts = text.split(" ", 4);
		try {
			return Optional.of(new RunOwner(parts[3], "-".equals(parts[2]) ? "" : parts[2], Long.parseLong(parts[0]),
					Instant.parse(parts[1])));
		}
		catch (RuntimeException ex) {
			return Optional.empty(); // written by something else: not known, so not judged by its process
		}
	}

	/**
	 * Whether the owner is alive, when this process can tell: only on the same machine, in the same process id
	 * namespace.
	 */
	Optional<Boolean> aliveSeenFrom(RunOwner here) {
		if (!this.host.equals(here.host) || !this.namespace.equals(here.namespace)) {
			return Optional.empty();
		}
		return Optional.of(ProcessHandle.of(this.pid)
			.filter(ProcessHandle::isAlive)
			.map((process) -> process.info().startInstant().map(this.started::equals).orElse(true))
			.orElse(false));
	}

	private static String pidNamespace() {
		try {
			return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString().replace(' ', '_');
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return "";
		}
	}

}
