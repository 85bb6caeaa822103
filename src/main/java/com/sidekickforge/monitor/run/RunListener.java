package com.sidekickforge.monitor.run;

import java.util.Map;

/**
 * Told of every run's end, whoever started it (a person, the scheduler): failure notices listen here, so the
 * run package knows nothing of mails and webhooks.
 */
public interface RunListener {

	void ended(RunOutcome outcome, Map<String, String> parameters);

}
