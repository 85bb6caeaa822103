package com.sidekickforge.monitor.config;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSlugTests {

	@Test
	void slugIsTheLowerCaseNameWithRunsOfOtherCharactersAsOneDash() {
		assertThat(ClientSlug.of("O'Brien & Daughters Plumbing")).isEqualTo("o-brien-daughters-plumbing");
		assertThat(ClientSlug.of("Café <Noir> & Bistro")).isEqualTo("cafe-noir-bistro");
		assertThat(ClientSlug.of("\"Best\" Realty Group")).isEqualTo("best-realty-group");
		assertThat(ClientSlug.of("Møller Logistics")).isEqualTo("moller-logistics");
		assertThat(ClientSlug.of("Kraków Tech Hub 2")).isEqualTo("krakow-tech-hub-2");
	}

	@Test
	void aClientIsNamedByItsIdOrItsSlugWithOrWithoutAccents() {
		UUID id = UUID.randomUUID();
		String name = "Zürich Rechtsanwälte AG";

		assertThat(ClientSlug.names(id.toString().toUpperCase(), id, name)).isTrue();
		assertThat(ClientSlug.names("zurich-rechtsanwalte-ag", id, name)).isTrue();
		assertThat(ClientSlug.names("zürich-rechtsanwälte-ag", id, name)).isTrue();
		assertThat(ClientSlug.names("zurich", id, name)).isFalse();
	}

	@Test
	void referencesAreUuidsOrSlugs() {
		assertThat(ClientSlug.isReference("acme-dental")).isTrue();
		assertThat(ClientSlug.isReference(UUID.randomUUID().toString())).isTrue();
		assertThat(ClientSlug.isReference("Acme Dental")).isFalse();
		assertThat(ClientSlug.isReference("acme--dental")).isFalse();
	}

}
